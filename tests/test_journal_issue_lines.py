"""A journal article page's issue line and page range are no headline (held-out 149)."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article

HEADLINE = "Why small ports chase transshipment cargo in the Mekong delta"
ABSTRACT = (
    "Between 2015 and 2020 four river ports of the delta competed for the same container "
    "traffic, and this paper traces how each port authority courted shipping lines with "
    "lower fees, longer berths and promises of faster customs checks."
)


def _page(issue: str, pages: str = "Pages 20-44") -> str:
    return f"{issue}\n\n{HEADLINE}\n\n\nLan Anh PHAM | Quoc Bao TRAN\n\n{pages}\n\n\n{ABSTRACT}\n"


@pytest.mark.parametrize(
    "issue",
    [
        "(2021), No 9, Issue 2",
        "No 9, Issue 2 (2021)",
        "Vol. 9, No. 2 (2021)",
        "2021, Vol 4, Issue 1",
    ],
)
def test_the_issue_line_over_a_journal_article_is_no_headline(issue: str) -> None:
    assert read_article(_page(issue)).title == HEADLINE


@pytest.mark.parametrize("pages", ["Pages 20-44", "pp. 61-70", "Page 3-9"])
def test_a_page_range_alone_is_no_headline(pages: str) -> None:
    assert read_article(_page("(2021), No 9, Issue 2", pages)).title == HEADLINE


def test_a_bracketed_year_glued_before_a_headline_is_still_its_date() -> None:
    text = f"(12 March 2021) {HEADLINE}\n\n{ABSTRACT}\n"
    article = read_article(text)
    assert article.title == HEADLINE
    assert str(article.header_date.date_start.date()) == "2021-03-12"
