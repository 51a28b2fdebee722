"""Tests of ``analysis.ingest.issue_numbers``: a page with no date of its own dated by the
year of the journal issue its header names (held-out 78's journal page, its layout with
placeholder sentences on another subject)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.metadata import load_scoring
from analysis.ingest.series_numbers import series_year

SCORING = load_scoring()

_PAGE = (
    "Small harbours and the future of coastal fishing\n\n"
    "Abstract: Small harbours still land most of the catch of the coastal provinces. This "
    "article reviews how their cold stores and markets have changed and what remains to be "
    "done for the crews who use them.\n\n"
    "{source}\n\n"
    "Hoàng Văn Nam\n\n"
    "PhD, Institute of Marine Economics\n\n"
    "1. Introduction\n\n"
    "Most boats of the coastal communes return to the same small harbour every morning, "
    "where traders wait with ice and trucks.\n"
)


def test_the_issue_number_dates_an_undated_page() -> None:
    source = "Source: Journal of Maritime Studies, No 4-2019"
    article = read_article(_PAGE.format(source=source))
    assert article.footer_date is not None and article.footer_date.precision == "year"
    assert article.footer_date.date_start.year == 2019
    assert "series_year" in article.metadata_flags
    assert "line 5" in article.date_reason
    # the same page without the issue line stays undated
    undated = read_article(_PAGE.format(source="Source: Journal of Maritime Studies"))
    assert undated.footer_date is None and undated.header_date is None


def test_an_issue_number_in_the_text_dates_nothing() -> None:
    """Only the header's lines are read: a text citing an issue is no date of the page."""
    page = _PAGE.format(source="").replace(
        "where traders wait with ice and trucks.",
        "where traders wait.\n\nSource: Journal of Maritime Studies, No 4-2019",
    )
    article = read_article(page)
    assert article.footer_date is None and article.header_date is None


@settings(max_examples=60, deadline=None)
@given(
    st.text(
        st.characters(whitelist_categories=("Lu", "Ll"), whitelist_characters=" &"),
        min_size=3,
        max_size=40,
    ).filter(lambda s: s.strip() and ":" not in s),
    st.integers(1, 99),
    st.integers(1900, 2099),
)
def test_the_issue_pattern_reads_the_year_of_any_issue(name: str, number: int, year: int) -> None:
    found = series_year(f"Source: Journal of {name.strip()}, No {number}-{year}", SCORING)
    assert found is not None and found[0] == year
    # a year that does not close the line (a page count, a range) is no issue's year
    assert (
        series_year(f"Source: Journal of {name.strip()}, No {number}-{year} pages", SCORING) is None
    )
