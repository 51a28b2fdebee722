"""A portal's skip links and rails in title case ("Main Features" under "Skiplink
Navigation" over the headline, "External Content" over "Popular Stories" under the text,
held-out 103) are never a writer's name (``not_name_words`` of
``data/header_scoring.yaml``); a writer's name in the same places is still read."""

from __future__ import annotations

from analysis.ingest.bylines import looks_like_name
from analysis.ingest.layout import read_article
from analysis.ingest.page_rules import load_rules

RULES = load_rules()

TEXT = (
    "In 1987 the city's trade archive was one of the first western archives to send a "
    "researcher abroad, at a time when few foreign scholars could work there.\n\n"
    "The archivist, who retires this month, said the work of the two archives has changed "
    "a great deal over the past thirty years.\n\n"
    "The archive holds the papers of trading houses that bought silk and tea between the "
    "wars.\n"
)


def test_rail_labels_are_no_names() -> None:
    for label in ("Main Features", "External Content", "Skiplink Navigation", "Top Feature"):
        assert not looks_like_name(label, RULES)
    assert looks_like_name("Martina Keller", RULES)


def test_skip_links_and_rails_name_no_writer() -> None:
    page = (
        "Skiplink Navigation\n\nMain Features\n\n"
        f"Archivist recalls three decades of exchanges\n\n{TEXT}\n"
        "External Content\n\nPopular Stories\n\nMost Discussed\n"
    )
    article = read_article(page)
    assert article.title == "Archivist recalls three decades of exchanges"
    assert article.author == ""


def test_a_writer_over_the_text_is_read() -> None:
    page = f"Archivist recalls three decades of exchanges\n\nBy Martina Keller\n\n{TEXT}"
    assert read_article(page).author == "Martina Keller"
