"""The claim indicators and their patterns (``analysis/annotators/claim_patterns.py``): the
data file read into indicators, the placeholders expanded, matches found only where a number
starts, and the number and the qualifier a match gives; on invented sentences."""

from __future__ import annotations

import re

import pytest

from analysis.annotators.claim_patterns import (
    _DIGIT_RUN,
    _claim_patterns,
    _expand,
    _matches_at,
    _number,
    _qualifier,
    load_indicators,
)


def test_indicators_are_read_in_file_order_with_compiled_patterns() -> None:
    indicators = load_indicators()
    ids = [i.id for i in indicators]
    assert ids[0] == "party_relations" and len(ids) == len(set(ids))
    first = indicators[0]
    assert first.unit == "parties" and first.patterns
    assert ("countries", "party_relations_countries", "countries") in first.also
    assert all(p.flags & re.IGNORECASE for p in first.patterns)
    assert len(_claim_patterns()) == sum(len(i.patterns) for i in indicators)


def test_a_leading_qualifier_is_dropped_and_the_number_captured() -> None:
    pattern = re.compile(_expand(r"{Q}{N}{S}\s+boats"), re.IGNORECASE)
    found = pattern.search("The ports counted 1,250 boats and 3.5 million boats.")
    assert found is not None and found["value"] == "1,250" and found["scale"] is None
    assert not _expand("{Q}{N} boats").startswith("(?:(?:")


def test_matches_are_tried_only_where_a_run_of_digits_starts() -> None:
    pattern = re.compile(_expand(r"{N}\s+boats"), re.IGNORECASE)
    text = "Some 40 boats left and 120 boats stayed."
    starts = [run.start() for run in _DIGIT_RUN.finditer(text)]
    assert [m["value"] for m in _matches_at(pattern, text, starts)] == ["40", "120"]


@pytest.mark.parametrize(
    ("value", "scale", "number"),
    [("1,500", None, 1500.0), ("2.5", "million", 2_500_000.0), ("3", "Billion", 3e9)],
)
def test_numbers_are_read_with_their_scale(value: str, scale: str | None, number: float) -> None:
    assert _number(value, scale) == number


def test_the_qualifier_written_before_the_number() -> None:
    text = "The office handled more than  80 requests."
    assert _qualifier(text, text.index("80")) == "more than"
    assert _qualifier("It handled 80 requests.", 11) == ""
