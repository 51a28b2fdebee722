"""Tests of ``analysis.ingest.layout.title_cleanup``: the outlet suffix and the forum
flair taken off a chosen headline."""

from __future__ import annotations

import pytest
from hypothesis import given

from analysis.ingest.layout.title_cleanup import without_flair, without_outlet_suffix
from analysis.ingest.page_rules import load_rules
from tests.strategies import lines

RULES = load_rules()


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Deals signed in Hanoi – Reuters", "Deals signed in Hanoi"),
        ("Talks held | Khmer Times", "Talks held | Khmer Times"),  # too short a headline
        ("Vietnam - Laos friendship grows", "Vietnam - Laos friendship grows"),
    ],
)
def test_without_outlet_suffix(title: str, expected: str) -> None:
    assert without_outlet_suffix(title, RULES) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Talks resume in Hanoi today News/Tin tức", "Talks resume in Hanoi today"),
        ("Leaders Meet In Hanoi Politics/Chính trị", "Leaders Meet In Hanoi"),
        ("Talks resume News/Tin tức", "Talks resume News/Tin tức"),  # under four words
        ("Ferry link reopens for Hai Phong/Cat Ba", "Ferry link reopens for Hai Phong/Cat Ba"),
    ],
)
def test_without_flair(title: str, expected: str) -> None:
    """A capitalised word before the flair ("Hanoi today News/...") once hid it."""
    assert without_flair(title, RULES) == expected


@given(lines)
def test_title_helpers_only_shorten(title: str) -> None:
    for helper in (without_flair, without_outlet_suffix):
        cut = helper(title, RULES)
        assert title.startswith(cut)
        if cut != title:  # something was cut: a separator or a space stood there
            assert title[len(cut)].isspace() or title[len(cut)] in "|–—-"
