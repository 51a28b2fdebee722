"""Tests of ``analysis.ingest.layout.headline_tails`` (a headline's lower-case tail on the
next line is joined to it) and ``analysis.ingest.layout.title_page_writers`` (a report's
title page: the writer's name over a post and the day), held-out 77 (title77)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.headline_tails import headline_tail

LAYOUTS = Path(__file__).parent / "data" / "layouts"

_CRS = (
    "everycrsreport_crs_title_two_lines_author_post_date_agency_codes_report_number_broken_"
    "prepared_title_summary_wrapped.txt"
)
_MILITANT = (
    "themilitant_logo_alt_vol_no_date_spaces_title_two_lines_photo_credit_slash_caps_dateline_"
    "em_dash_lede_above.txt"
)
_JANES = "janes_title_by_name_comma_city_date_dd_month_yyyy_caption_paren_company_body.txt"


def _read(name: str):
    return read_article((LAYOUTS / name).read_text(encoding="utf-8"))


def test_a_reports_title_over_two_lines_is_joined_and_its_writer_kept() -> None:
    article = _read(_CRS)
    assert article.title == "Mekong River Commission Funding: Issues for Congress"
    assert article.author == "Helen R. Ashford"


def test_a_weeklys_headline_over_two_lines_is_joined() -> None:
    assert _read(_MILITANT).title == "Hanoi bus drivers: Rally for rest breaks on long routes!"


def test_a_lower_case_byline_under_the_headline_is_no_tail() -> None:
    """Negative (held-out 70): "... for Harbour Patrols" / "by Marcus Tan, Singapore"."""
    article = _read(_JANES)
    assert article.title.endswith("for harbour patrols")
    assert article.author == "Marcus Tan"


def test_our_own_page_with_a_broken_headline() -> None:
    page = (
        "Farm News Weekly\n\n"
        "Five villages share one pump workshop\n"
        "on the river delta\n\n"
        "By Anna Berg\n\n"
        "Five villages on the river have opened one workshop to repair their irrigation "
        "pumps, and the farmers say the spare parts now arrive in days, not weeks.\n"
    )
    assert read_article(page).title == "Five villages share one pump workshop on the river delta"
    capital = page.replace("\non the river delta", "\nOn the river delta")
    assert read_article(capital).title != read_article(page).title  # a capital: no tail


@pytest.mark.parametrize(
    ("upper", "lower", "expected"),
    [
        ("Mekong River Commission Funding: Issues", "for Congress", True),
        ("Hanoi bus drivers: Rally", "for rest breaks on long routes!", True),
        (
            "Hanoi bus drivers: Rally",
            "For rest breaks on long routes!",
            False,
        ),  # a capital opens a line
        ("Pumps arrive in the delta.", "with spare parts", False),  # a sentence closed above
        ("Viettel trials a vessel for Harbour Patrols", "by Marcus Tan, Singapore", False),
        ("Pumps arrive", "for the farmers", False),  # too short above
        ("Five villages share one workshop", "for the pumps of the farmers of the delta", False),
        ("Five villages share one workshop", "for the pumps.", False),  # a sentence's end
        ("Five villages share one workshop", "farmers say", False),  # no joining word
    ],
)
def test_headline_tail(upper: str, lower: str, expected: bool) -> None:
    assert headline_tail(upper, lower) is expected


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=9)


@given(st.lists(_WORD, min_size=3, max_size=8), st.lists(_WORD, min_size=1, max_size=5))
def test_a_tail_opening_with_a_capital_is_never_joined(upper: list[str], rest: list[str]) -> None:
    top = " ".join(w.capitalize() for w in upper)
    assert headline_tail(top, "for " + " ".join(rest))
    assert not headline_tail(top, "For " + " ".join(rest))
    assert not headline_tail(top + ".", "for " + " ".join(rest))


_COVER = """2019
   Ferry Links across
the Mekong Delta: A River
              Study


             Anna Bell
"""


def test_a_centred_headlines_last_piece_is_joined_to_it() -> None:
    """fix32a: a title page's headline centred over three lines ends in a one-word piece."""
    assert read_article(_COVER).title == "Ferry Links across the Mekong Delta: A River Study"


@pytest.mark.parametrize(
    ("page", "piece"),
    [
        # the piece under a headline on one line only: a label, not the headline's end
        ("Ferry Links across the Delta\n         Analysis\n\nThe ferries run.\n", "Analysis"),
        # not indented: a section label or a credit under a broken headline
        ("   Ferry Links across\nthe Mekong Delta\nReuters\n\nThe ferries run.\n", "Reuters"),
        # a writer's name centred under the broken headline
        ("   Ferry Links across\nthe Mekong Delta\n         Anna Bell\n\nThe ferries.\n", "Anna"),
        # the headline closes a sentence above the piece
        ("   Ferry Links across\nthe Mekong Delta.\n         Study\n\nThe ferries.\n", "Study"),
        # a dateline under the broken headline
        (
            "   Ferry Links across\nthe Mekong Delta\n     Hanoi, May 5 (VNA)\n\nThe ferries.\n",
            "VNA",
        ),
    ],
)
def test_a_line_under_a_headline_that_is_no_centred_piece_stays_apart(
    page: str, piece: str
) -> None:
    assert piece not in read_article(page).title


_JOURNAL_COVER = """Journal of River Studies

Ferry operators and the search for
safer crossings in the delta

Anna Bell & Tran Van Minh

This article asks how the ferry operators of five delta provinces have tried to make their
crossings safer since 2015, drawing on interviews with crews and provincial officials.
"""


def test_a_headline_broken_after_a_joining_word_keeps_its_lower_case_tail() -> None:
    """fix32a: a journal cover's title in sentence case broken after 'for'."""
    title = read_article(_JOURNAL_COVER).title
    assert title == "Ferry operators and the search for safer crossings in the delta"


@pytest.mark.parametrize(
    ("upper", "lower"),
    [
        # no joining word at the upper line's end
        ("Ferry fares fall in the delta\n", "says the transport office\n\n"),
        # a wrapped standfirst: the tail runs on into the next line
        ("New timetable lets commuters cross as the city bets on\n", "boats to ease traffic\n"),
        # the tail closes a sentence: text, not a headline
        ("Hanoi (VNA) - Officials met on Tuesday to\n", "discuss the ferry plan.\n\n"),
        # the tail opens with a capital (another line: a name, a heading)
        ("Ferry operators and the search for\n", "Anna Bell\n\n"),
        # a tail too long for a headline
        (
            "Ferry operators and the search for\n",
            "safer crossings in the delta and the" + " x" * 6 + "\n\n",
        ),
    ],
)
def test_lines_under_a_line_are_no_lower_case_tail(upper: str, lower: str) -> None:
    from analysis.ingest.layout.headline_tails import lower_case_tail
    from analysis.ingest.layout.lines import split_lines

    paras = split_lines(upper + lower)
    assert not lower_case_tail(paras[0], paras[1])
