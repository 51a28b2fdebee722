"""A section listing's closing boxes are furniture (held-out 119): "More Topics from
"Buzz"" and "Featured Video" under the last teaser were read as a writer's name."""

from analysis.ingest.layout import read_article
from tests.page_reading import line_kinds

LISTING = """Ferry crews from two provinces train together on night rescues

14 March 2018, 10:42 am

Crews of river ferries from two border provinces spent a week training together on night rescues and radio drills, officials said on Tuesday .... Read More »

Border market adds a Sunday fair for farmers

13 March 2018, 4:15 pm

A border market will open a Sunday fair for farmers from both sides of the river from next month, local officials said .... Read More »

More Topics from "Buzz"

Featured Video
"""


def test_a_listings_closing_boxes_are_furniture_not_a_writer() -> None:
    article = read_article(LISTING)
    kinds = line_kinds(article)
    assert kinds['More Topics from "Buzz"'] == "boilerplate"
    assert kinds["Featured Video"] == "boilerplate"
    assert article.author == ""


def test_a_headline_or_sentence_with_the_words_stays() -> None:
    text = LISTING.replace(
        "Featured Video\n", "Featured video makers from Hanoi win a regional prize at the fair.\n"
    )
    article = read_article(text)
    kinds = line_kinds(article)
    assert kinds["Featured video makers from Hanoi win a regional prize at the fair."] != (
        "boilerplate"
    )
