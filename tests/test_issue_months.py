"""Tests for ``analysis.ingest.issue_months`` (held-out 88)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.header_refine import refine_date
from analysis.ingest.issue_months import issue_month
from analysis.ingest.layout import read_article

#: An academy portal's notice of its journal's issue (placeholder titles).
NOTICE = (
    "Library Science Review (Vietnamese Version) Issue No. 214 (Sep.2023)\n"
    "Library Science Review (Vietnamese Version) Issue No. 214 (Sep.2023) published articles: "
    "Reading rooms in communes; Mobile library vans; Digital catalogues;....\n"
)


def test_an_issue_notice_is_dated_by_its_issues_month():
    """A page with no date whose title names an issue and its month is dated to the month."""
    article = read_article(NOTICE)
    refine_date(article)
    assert article.footer_date is not None
    assert str(article.footer_date.date_start)[:10] == "2023-09-01"
    assert article.footer_date.precision == "month"


def test_titles_with_a_month_but_no_issue_or_an_issue_but_no_month_give_no_date():
    """The month must close a title that names an issue."""
    assert issue_month("Ferry talks resume in Can Tho (May 2025)") is None
    assert issue_month("Library Science Review Issue No. 214") is None
    assert issue_month("Library Science Review, Vol. 12, No. 3 (Smarch 2020)") is None


def test_issue_forms_with_a_month_after_a_comma_or_in_full():
    """ "Vol. 12, No. 3 (March 2020)" and "Issue 4, May 2019" are read too."""
    found = issue_month("Review of Rural Studies, Vol. 12, No. 3 (March 2020)")
    assert found is not None and str(found.date_start)[:7] == "2020-03"
    found = issue_month("Ferry Bulletin Issue 4, May 2019")
    assert found is not None and str(found.date_start)[:7] == "2019-05"


@given(
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1950, max_value=2049),
)
def test_any_issue_number_month_and_year(number: int, month: int, year: int):
    """Any "Issue No. N (Mon.YYYY)" closing gives that month."""
    names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    found = issue_month(f"Journal Issue No. {number} ({names[month - 1]}.{year})")
    assert found is not None
    assert (found.date_start.year, found.date_start.month) == (year, month)
