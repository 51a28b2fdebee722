"""Tests of ``analysis.ingest.layout.rule_titles``: the line right over the page's first
rule is the title it underlines (held-out 77's printed hearing, title77)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.rule_titles import rule_features, rule_line

LAYOUTS = Path(__file__).parent / "data" / "layouts"

_HEARING = (
    "congressgov_gpo_house_hearing_brackets_caps_title_centered_hearing_before_subcommittee_"
    "session_date_serial_printing_office_roster.txt"
)


class _P:
    def __init__(self, text: str) -> None:
        self.text = text


def test_the_hearings_title_over_its_rule() -> None:
    article = read_article((LAYOUTS / _HEARING).read_text(encoding="utf-8"))
    assert article.title == "MEKONG WATER SECURITY AND U.S. ASSISTANCE"


def test_only_the_first_rule_underlines_the_title() -> None:
    paras = [_P(t) for t in ("Pumps for the Delta", "=" * 40, "86-512 PDF  HANOI : 2014", "=" * 40)]
    assert rule_features(paras, 0) == ["over_rule"]
    assert rule_features(paras, 2) == []  # over a later rule
    assert rule_features(paras, 1) == []  # the rule itself


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("=" * 20, True),
        ("-" * 35, True),
        ("  " + "_" * 25, True),
        ("=" * 19, False),
        ("== Pumps ==", False),
        ("=-" * 15, False),
    ],
)
def test_rule_line(text: str, expected: bool) -> None:
    assert rule_line(text) is expected


@given(st.sampled_from("=-_*~"), st.integers(min_value=20, max_value=120), st.text(max_size=20))
def test_a_rule_with_words_is_no_rule(mark: str, n: int, words: str) -> None:
    assert rule_line(mark * n)
    if words.strip():
        assert not rule_line(mark * n + " " + words.strip() + " x")
