"""Tests of ``analysis.ingest.layout.later_items``: a listing page's later item's byline
names another post's writer, not the article's (held-out 91, cimsec)."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.later_items import later_item_bylines
from analysis.ingest.layout.lines import split_lines

#: A blog's tag archive without blank lines: the archive's label, the first item's title,
#: its byline, a video address, the writer's bio, then the next item's title, subtitle,
#: byline and first paragraph.
_ARCHIVE = (
    "Tag Archives: Laos\n"
    "Laos – Vietnam Ties: The Cold Store Dimension\n"
    "By Helena Brandt\n"
    "https://www.youtube.com/watch?v=Zx81Lp0qTr4\n"
    "Helena Brandt holds an MSc in Food Economics and ran cold store trials for a regional "
    "cooperative. The views expressed in this article are her own.\n"
    "Should the Navy Help with the Grain Barge Queue?\n"
    "A Modest Plan for this Month’s “Barge Crews”\n"
    "By Tomas Ferreira\n"
    "First, this plan may come too late. The barge owners and the ports may already be too "
    "far behind the harvest to do anything useful about the queues at the locks.\n"
)


def test_the_next_items_writer_is_left_out() -> None:
    article = read_article(_ARCHIVE)
    assert article.title == "Laos – Vietnam Ties: The Cold Store Dimension"
    assert article.author == "Helena Brandt"


def test_co_writers_of_one_byline_block_stay() -> None:
    """Negative: a second "By Name" right under the first (no text between) is a
    co-writer, and a bare name closing the text is no later item's byline."""
    two = "Ferry Queues at the Border\nBy Helena Brandt\nBy Tomas Ferreira\nText here.\n"
    paras = split_lines(two)
    for p in paras[1:3]:
        p.kind, p.role = "byline", "author"
    paras[3].kind = "body"
    assert later_item_bylines(paras) == []
    closing = "Ferry Queues\nBy Helena Brandt\nThe queue grew.\nTomas Ferreira\n"
    paras = split_lines(closing)
    for i in (1, 3):
        paras[i].kind, paras[i].role = "byline", "author"
    paras[2].kind = "body"
    assert later_item_bylines(paras) == []


def test_a_byline_under_a_sentence_is_not_a_later_item() -> None:
    """Negative: the line above the second byline is running text (a sentence), not a
    later item's title."""
    paras = split_lines(_ARCHIVE)
    for p in paras:
        p.kind = p.role = ""
    paras[2].kind, paras[2].role = "byline", "author"
    paras[4].kind = "body"
    paras[7].kind, paras[7].role = "byline", "author"
    assert later_item_bylines(paras) == [7]
    paras[6].text = "The plan came late. Nobody used it."
    assert later_item_bylines(paras) == []


#: (held-out 102) A journal issue page: each item its title closed by its day in
#: brackets, its abstract, then "Author: A, B" under the abstract.
_ISSUE = (
    "River Data Sharing in the Lower Mekong: Progress and Gaps (23/06/2022)\n\n"
    "Floods cross borders in the lower Mekong, and warnings issued in one country often "
    "reach the next too late. The article reviews the procedures for sharing river data.\n"
    "Author: Nguyen Thu Trang, Lam Quoc Bao\n\n"
    "Public Libraries and Climate Information in Rural Vietnam (23/06/2022)\n\n"
    "Rural libraries have begun to act as places where farmers read seasonal forecasts. "
    "The paper surveys thirty commune libraries in three provinces.\n"
    "Author: Do Hai Yen\n"
)


def test_a_listings_later_items_closed_by_the_same_label_name_no_writer_of_the_page() -> None:
    article = read_article(_ISSUE)
    assert article.title == "River Data Sharing in the Lower Mekong: Progress and Gaps"
    assert article.author == "Nguyen Thu Trang; Lam Quoc Bao"


def test_one_closing_label_byline_or_labels_that_differ_stay() -> None:
    """Negatives: one item closed by its writer, two different labels (a writer and a
    translator), and a dateline's "Hanoi (VNA) -" opening the text keep their writers."""
    one = _ISSUE.split("Public Libraries")[0]
    assert read_article(one).author == "Nguyen Thu Trang; Lam Quoc Bao"
    two = (
        "Ferry Queues at the Border\n\nHanoi, May 5 (VNA) - The two ministries signed the "
        "plan on Tuesday, officials said in a statement.\nWriter: Mai Lan\n\nThe pier will "
        "open next year, the province said in a second statement.\nReporter: Tran Quoc Huy\n"
    )
    assert read_article(two).author == "Mai Lan; Tran Quoc Huy"


#: (held-out 107) A blog platform's listing: each card is the title, the teaser, the
#: writer's bare name and the item's date line with its reading time.
_CARDS = (
    "top of page\nSearch\n\n\n"
    "River ferry adds a night crossing for market traders\n"
    "The crossing will run three evenings a week from next month, giving traders from the "
    "islands a way home after the market closes.\n\n"
    "Sophea Lim\nNov 28, 2025 2 min read\n\n\n"
    "Weavers open a shared workshop in an old rice mill\n"
    "A cooperative of twelve families has moved its looms into a rice mill that closed "
    "in 2019, and plans a small shop for visitors.\n\n"
    "Dara Heng\nNov 27, 2025 4 min read\n\n\n"
    "Students map the town's old wooden houses\n"
    "A group of architecture students has started a photo archive of wooden houses built "
    "before 1970.\n\n"
    "Mony Chan\nNov 26, 2025 3 min read\n"
)


def test_a_listings_later_cards_bylines_over_their_dates_name_no_writer_of_the_page() -> None:
    article = read_article(_CARDS)
    assert article.title == "River ferry adds a night crossing for market traders"
    assert article.author == "Sophea Lim"


def test_co_writers_over_one_date_or_a_single_dated_byline_stay() -> None:
    # two writers' names together over one date line: both are the piece's writers
    two = read_article(
        "Ferry crews train for the flood season\n\nAnna Le\nTran Minh\nNov 28, 2025\n\n"
        "Hanoi, May 5 (VNA) – Crews of the river ferries began a week of drills on Monday, "
        "the first since the dry season ended.\n\nThe drills cover rescue at night.\n"
    )
    assert two.author == "Anna Le; Tran Minh"
    # one dated byline, and a closing name with no date of its own
    one = read_article(
        "Ferry crews train for the flood season\n\nBy Anna Le\nNov 28, 2025\n\n"
        "Crews of the river ferries began a week of drills on Monday, the first since the "
        "dry season ended.\n\nThe drills cover rescue at night and the care of passengers.\n"
    )
    assert one.author == "Anna Le"


#: (held-out 118) A publications listing: each item its title twice, its date, then "By:
#: Name" over the teaser, a type label and a topic line; the first item has no writer.
_PUBLICATIONS = (
    "Ferry Links in the Delta: A Short Guide\n\nFerry Links in the Delta: A Short Guide\n\n"
    "Thursday, May 9, 2024\n\n"
    "The delta's ferries carry more than a million people a month, and most crossings still "
    "run on boats built before 1990. This guide sets out who runs them and who pays.\n\n"
    "Type: Fact Sheet\n\nTransport\n\n"
    "Why the Islands Want a Night Ferry\n\nWhy the Islands Want a Night Ferry\n\n"
    "Friday, February 2, 2024\n\nBy: Tran Minh Duc\n\n"
    "Traders on the outer islands lose a day each week waiting for the morning boat, and a "
    "night crossing would change that at a cost the province has not agreed to pay.\n\n"
    "Type: Analysis\n\nTransport\n\n"
    "Le Thu Ha on the Ferry Budget\n\nLe Thu Ha on the Ferry Budget\n\n"
    "Wednesday, December 6, 2023\n\nBy: Le Thu Ha, Ph.D.\n\n"
    "In this episode Le Thu Ha explains why the province spends more on bridges than on "
    "boats.\n\nType: Podcast\n"
)


def test_a_listings_dated_bylines_after_an_unsigned_first_item_name_no_writer() -> None:
    assert read_article(_PUBLICATIONS).author == ""


def test_one_later_dated_byline_or_a_signed_first_item_keep_their_writers() -> None:
    # one later item's byline alone is no listing's form: read as before
    one = _PUBLICATIONS[: _PUBLICATIONS.index("Le Thu Ha on the Ferry Budget")]
    assert read_article(one).author == "Tran Minh Duc"
    # the first item signed under its own date: its writer is the page's
    signed = _PUBLICATIONS.replace("2024\n\nThe delta's", "2024\n\nBy: Anna Berg\n\nThe delta's")
    assert read_article(signed).author.startswith("Anna Berg")
