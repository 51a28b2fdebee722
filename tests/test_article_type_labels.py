"""Tests of ``analysis.ingest.article_type_labels``: the line under a journal platform's
article-type label is the title (held-out 102)."""

from __future__ import annotations

from analysis.ingest.article_type_labels import article_type_label, under_article_type
from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import split_lines

BODY = (
    "For a country struck by half a dozen typhoons a year, forecasts are a matter of state, "
    "and the weather service has long bargained with its neighbours for data.\n"
)
TITLE = "From Rivals to Partners: Weather Services in Vietnam's Relations with Japan"


def test_the_line_under_an_article_type_label_is_the_title() -> None:
    page = f"ISEAS–Yusof Ishak Institute\nArticle\n\n{TITLE}\n\n{BODY}"
    assert read_article(page).title == TITLE
    paras = split_lines(page)
    assert under_article_type(paras, 2) and not under_article_type(paras, 0)


def test_other_lines_are_no_article_type_labels() -> None:
    for line in (
        "Articles on Laos",
        "Related articles:",
        "By Maria Santos",
        "Hanoi, May 5 (VNA) - The two ministries signed the plan.",
        "Updated: May 5, 2024",
        "Speech",  # a government page's type, printed under its headline
    ):
        assert not article_type_label(line), line
    for line in ("Article", "Research Article", "Original Research Paper", "Book Review"):
        assert article_type_label(line), line


def test_a_headline_over_a_government_pages_type_stays_the_headline() -> None:
    page = f"Vietnam National Day Reception\n• Speech, check against delivery\n\n{BODY}"
    assert read_article(page).title == "Vietnam National Day Reception"


def test_the_publisher_over_the_label_is_not_the_sites_name() -> None:
    """The line over "Article" names the journal's publisher, not the site showing it."""
    page = f"ISEAS–Yusof Ishak Institute\nArticle\n\n{TITLE}\n\n{BODY}"
    assert read_article(page).outlet != "ISEAS–Yusof Ishak Institute"
