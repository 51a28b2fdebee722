"""Tests of ``analysis.ingest.layout.title_page_writers``: on a report's title page the
writer's bare name under the headline, over a post and the day, is the writer (held-out
77, title77)."""

from __future__ import annotations

from pathlib import Path

from analysis.ingest.layout import read_article

LAYOUTS = Path(__file__).parent / "data" / "layouts"

_CRS = (
    "everycrsreport_crs_title_two_lines_author_post_date_agency_codes_report_number_broken_"
    "prepared_title_summary_wrapped.txt"
)

#: Our own title page: headline, name, post, day, then the text.
_PAGE = (
    "Spare Parts for Delta Irrigation Pumps: Options for Donors\n\n"
    "Anna Berg\n"
    "Analyst in Rural Water Policy\n"
    "June 3, 2019\n\n"
    "Five villages on the river have opened one workshop to repair their irrigation "
    "pumps, and the farmers say the spare parts now arrive in days, not weeks.\n"
)


def test_the_crs_writer_under_the_joined_title() -> None:
    article = read_article((LAYOUTS / _CRS).read_text(encoding="utf-8"))
    assert article.title == "Mekong River Commission Funding: Issues for Congress"
    assert article.author == "Helen R. Ashford"


def test_a_name_over_a_post_and_a_day_is_the_writer() -> None:
    article = read_article(_PAGE)
    assert article.title == "Spare Parts for Delta Irrigation Pumps: Options for Donors"
    assert article.author == "Anna Berg"


def test_without_the_day_the_name_is_no_writer() -> None:
    """Negative: the name over a post with no dateline under it is not read as the writer."""
    assert read_article(_PAGE.replace("June 3, 2019\n", "")).author == ""
