"""Tests of ``analysis.dates.lexicon``: the date finder's word lists read from
``analysis/data/date_words.yaml`` (checked, with errors naming the file and the entry),
and the ``alternation`` / ``key`` helpers the rules build their patterns with."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from analysis.core.data_files import data_dir
from analysis.dates.lexicon import (
    MONTHS,
    SEASONS,
    WEEKDAYS,
    WEEKDAYS_EN,
    WEEKDAYS_VI,
    DateWordsError,
    alternation,
    key,
    read_date_words,
)

SHIPPED = yaml.safe_load((data_dir() / "date_words.yaml").read_text(encoding="utf-8"))


def broken(change) -> str:
    """The shipped word lists with one change, as YAML text."""
    words: dict[str, Any] = copy.deepcopy(SHIPPED)
    change(words)
    return yaml.safe_dump(words, allow_unicode=True)


def test_shipped_file_reads_and_fills_the_tables() -> None:
    words = read_date_words()
    assert words["months_extra"] == SHIPPED["months_extra"]
    assert MONTHS["september"] == MONTHS["sep"] == 9
    for extra, number in SHIPPED["months_extra"].items():
        assert MONTHS[extra] == number
    assert WEEKDAYS["wednesday"] == WEEKDAYS["wed"] == 2
    # Vietnamese forms are their own table, and every weekday table maps to 0..6
    assert WEEKDAYS_VI["chủ nhật"] == 6
    assert "chủ nhật" not in WEEKDAYS_EN
    assert set(WEEKDAYS.values()) == set(range(7))
    assert all(1 <= first <= last <= 12 for first, last in SEASONS.values())


@pytest.mark.parametrize(
    ("change", "entry"),
    [
        (lambda w: w.pop("seasons"), "entry 'seasons' is missing"),
        (lambda w: w["ordinals"].update({"First": 1}), "entry 'ordinals: 'First''"),
        (lambda w: w["past_cues"].append("  "), "entry 'past_cues: '  ''"),
        (lambda w: w["year_parts"].update({"early": [5, 2, ""]}), "entry 'year_parts: early'"),
        (lambda w: w["units"].update({"year": ["Y", "no"]}), "entry 'units: year'"),
    ],
)
def test_bad_entry_names_file_and_entry(change, entry: str) -> None:
    with pytest.raises(DateWordsError) as raised:
        read_date_words(broken(change))
    message = str(raised.value)
    assert "analysis/data/date_words.yaml" in message
    assert entry in message


def test_not_yaml_or_not_a_mapping_is_an_error_naming_the_file() -> None:
    with pytest.raises(DateWordsError, match=r"date_words\.yaml.*not valid YAML"):
        read_date_words("months_extra: [sept")
    with pytest.raises(DateWordsError, match=r"date_words\.yaml"):
        read_date_words("- just\n- a list\n")


def test_alternation_puts_longer_words_first_and_escapes() -> None:
    pattern = alternation(["may", "may day", "a.m."])
    assert pattern.split("|")[0] == r"may\s+day"
    found = re.fullmatch(pattern, "may   day")
    assert found is not None
    assert re.fullmatch(pattern, "axmx") is None  # the dots are escaped
    assert re.fullmatch(pattern, "a.m.") is not None
    assert alternation(["b", "b", "a"]) == "a|b"  # duplicates once, ties alphabetical


def test_key_lowercases_and_collapses_whitespace() -> None:
    assert key("The  First\nQuarter of") == "the first quarter of"
    assert key("Thứ Hai") == "thứ hai"
    assert key("") == ""


@given(st.lists(st.text(min_size=1, max_size=8), min_size=1, max_size=6))
def test_alternation_matches_each_of_its_words(words: list[str]) -> None:
    pattern = re.compile(rf"(?:{alternation(words)})\Z")
    for word in words:
        assert pattern.match(word), word


@given(st.text(max_size=40))
def test_key_is_idempotent_and_has_no_runs_of_space(text: str) -> None:
    once = key(text)
    assert key(once) == once
    assert not re.search(r"\s\s", once)
