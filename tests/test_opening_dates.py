"""Tests of ``analysis.ingest.layout.opening_dates``: a date in brackets closing the
opening paragraph, and a year-first date line whose month's slot holds no month (held-out
78's old Nhan Dan special report and Hanoi Times' mobile page, their layouts with
placeholder sentences on another subject)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.layout.opening_dates import (
    IMPOSSIBLE_MONTH_FLAG,
    bracketed_closing_date,
    impossible_month_year,
)

_SPECIAL_REPORT = (
    "Boat races of the lagoon\n\n"
    "Boat races of the lagoon\n\n"
    "NDO- The lagoon's villages hold their boat races again this spring, and the oldest "
    "crews remember when the races were rowed in borrowed fishing boats. {close}\n\n\n"
    "A boatyard reopens its slipway\n\n"
    "  Mar 3, 2016\n"
    "NDO - A boatyard that built racing boats for four generations has reopened its slipway.\n\n"
    "A rowing school for girls\n\n"
    "  Mar 2, 2016\n"
    "NDO - A rowing school in the lagoon's largest village has taken its first girls' crew.\n\n"
    "Drums for the start line\n\n"
    "  Mar 1, 2016\n"
    "NDO - An old drum maker has stretched new skins on the drums that start each race.\n"
)

_MOBILE = (
    "Ferry landing gets a new waiting hall\n"
    "{stamp}\n"
    "The hall, built beside the old landing, has seats for two hundred passengers.\n"
    "The new waiting hall at the landing. Photos: Placeholder |\n"
    "The district on Monday opened a waiting hall at the ferry landing, replacing a tin roof.\n"
    "The hall has a ticket office, a first-aid room and a shelf of books for travellers.\n"
)


def test_a_bracketed_date_closing_the_standfirst_dates_the_page() -> None:
    article = read_article(_SPECIAL_REPORT.format(close="(Mar 4, 2016)"))
    assert article.header_date is not None and article.header_date.text == "Mar 4, 2016"
    assert article.header_date.precision == "day"
    assert "brackets closing the opening paragraph" in article.date_reason
    # without it the teaser's day is another item's, and the page stays undated
    undated = read_article(_SPECIAL_REPORT.format(close=""))
    assert undated.header_date is None


def test_brackets_that_hold_no_full_date_date_nothing() -> None:
    for close in ("(in 2016)", "(photo)", "(March)", "(4/3/2016)"):
        paras = split_lines(f"The crews rowed in borrowed boats. {close}\n")
        assert bracketed_closing_date(paras, 0) is None, close


def test_a_month_slot_holding_minutes_gives_the_year_only() -> None:
    article = read_article(_MOBILE.format(stamp="08:41, 2021/41/17"))
    assert article.header_date is not None and article.header_date.precision == "year"
    assert article.header_date.date_start.year == 2021
    assert IMPOSSIBLE_MONTH_FLAG in article.flags
    assert article.paragraphs[1].kind == "dateline"
    # a real month is the date reader's: the day is read, no flag
    dated = read_article(_MOBILE.format(stamp="08:41, 2021/04/17"))
    assert dated.header_date is not None and IMPOSSIBLE_MONTH_FLAG not in dated.flags


@settings(max_examples=80, deadline=None)
@given(
    st.integers(0, 23),
    st.integers(0, 59),
    st.integers(1990, 2030),
    st.integers(1, 59),
    st.integers(1, 31),
)
def test_only_an_impossible_month_is_read(
    hour: int, minute: int, year: int, mid: int, day: int
) -> None:
    paras = split_lines(
        f"Title of a page\n{hour:02}:{minute:02}, {year}/{mid:02}/{day:02}\nText.\n"
    )
    found = impossible_month_year(paras, 2)
    if mid <= 12:
        assert found is None
    else:
        assert found is not None and found[0].date_start.year == year
        assert found[0].precision == "year"
