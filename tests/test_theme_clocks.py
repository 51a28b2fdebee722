"""Tests of ``analysis.ingest.layout.theme_clocks``: a theme's clock over the headline is
no publication date (held-out 56 and 78's copy site, its layout with placeholder
sentences on another subject)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.theme_clocks import is_theme_clock

_PAGE = (
    "{clock}\n\n"
    "River school opens a night class for boat families\n\n"
    "Children of families who live on boats can now study in the evening.\n\n"
    "Evening lessons\n\n"
    "The class meets three evenings a week in a room lent by the ferry company.\n"
)


def test_the_theme_clock_over_the_headline_is_no_date() -> None:
    article = read_article(_PAGE.format(clock="Thu. Mar 6th, 2025"))
    assert article.header_date is None and article.footer_date is None
    assert "site's clock" in article.date_reason


def test_a_date_line_in_another_form_is_still_read() -> None:
    for line in ("Thursday, March 6, 2025", "Mar 6, 2025"):
        article = read_article(_PAGE.format(clock=line))
        assert article.header_date is not None, line
        assert article.header_date.date_start.day == 6


_DAYS = st.sampled_from(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])
_MONTHS = st.sampled_from(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct"])


@given(_DAYS, _MONTHS, st.integers(1, 31), st.integers(1990, 2040), st.booleans())
def test_the_clock_form(day: str, month: str, number: int, year: int, stop: bool) -> None:
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10 if number not in (11, 12, 13) else 0, "th")
    line = f"{day}{'.' if stop else ''} {month} {number}{suffix}, {year}"
    assert is_theme_clock(line) == stop
    assert not is_theme_clock(f"{day}. {month} {number}, {year}")  # no ordinal: a plain date
