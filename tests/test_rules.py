"""Tests of ``analysis.dates.rules``: the rule table read from
``analysis/data/date_rules.yaml`` (fragments, word sets, handlers), with errors naming
the file and the rule for a malformed entry."""

from __future__ import annotations

import re

import pytest
import yaml

from analysis.dates import find_dates
from analysis.dates.lexicon import DateWordsError
from analysis.dates.rules import (
    DIGITS,
    FRAGMENTS,
    RULES,
    THE,
    WORD_SETS,
    Rule,
    _last_words,
    build_rule,
    expand,
    handler_table,
    read_rules,
    tokens,
)


def rules_text(*entries: dict) -> str:
    """A ``date_rules.yaml`` with these entries."""
    return yaml.safe_dump({"rules": list(entries)})


GOOD = {"name": "iso_day", "handler": "ymd", "starts": "#digits", "pattern": "${YEAR}-01-01"}


def test_shipped_rules_are_unique_and_compile() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names)) > 10
    for rule in RULES:
        assert isinstance(rule, Rule)
        assert "${" not in rule.pattern, rule.name
        re.compile(rule.pattern)
        assert rule.starts, rule.name
        assert callable(rule.handler)


def test_handler_table_finds_handlers_of_every_module() -> None:
    table = handler_table()
    modules = {handler.__module__ for handler in table.values()}
    assert modules == {
        "analysis.dates.handlers",
        "analysis.dates.relative_dates",
        "analysis.dates.congresses",
        "analysis.dates.timeml",
        "analysis.dates.days",
        "analysis.dates.measures",
    }
    assert table["ymd"].__name__ == "_h_ymd"  # the prefix is dropped
    assert table["duration"].__name__ == "h_duration"


def test_expand_fills_fragments_and_named_months() -> None:
    assert expand("${YEAR}") == FRAGMENTS["YEAR"]
    month = re.compile(expand("${MONTH:m} ${YEAR}"), re.IGNORECASE)
    found = month.fullmatch("Sept. 2021")
    assert found is not None and found["m"] == "Sept"
    assert expand("no fragments") == "no fragments"


@pytest.mark.parametrize("pattern", ["${NOPE}", "${YEAR:y}"])
def test_expand_names_the_rule_of_an_unknown_fragment(pattern: str) -> None:
    with pytest.raises(DateWordsError, match=r"date_rules\.yaml: rule 'mine' .*unknown fragment"):
        expand(pattern, "mine")


def test_tokens_expand_word_sets() -> None:
    got = tokens("from @WEEKDAY_NAMES #digits")
    assert {"from", "monday", DIGITS} <= got
    assert got - {"from", DIGITS} == WORD_SETS["WEEKDAY_NAMES"]
    assert tokens("") == frozenset()
    assert THE in tokens("#the")
    with pytest.raises(DateWordsError, match="rule 'mine' names an unknown word set '@NOPE'"):
        tokens("@NOPE", "mine")


def test_build_rule_reads_one_entry() -> None:
    rule = build_rule({**GOOD, "needs": ["@MONTHS"], "digits": False}, handler_table())
    assert rule.name == "iso_day"
    assert re.fullmatch(rule.pattern, "2021-01-01")
    assert rule.needs == (WORD_SETS["MONTHS"],)
    assert rule.digits is False


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ({**GOOD, "handler": "nope"}, "unknown handler 'nope'"),
        ({**GOOD, "pattern": "(unclosed"}, "not a regular expression"),
        ({**GOOD, "starts": "@NOPE"}, "unknown word set"),
    ],
)
def test_bad_entry_names_file_and_rule(entry: dict, problem: str) -> None:
    with pytest.raises(DateWordsError) as raised:
        read_rules(rules_text(entry))
    message = str(raised.value)
    assert "analysis/data/date_rules.yaml: rule 'iso_day'" in message
    assert problem in message


def test_rule_listed_twice_is_an_error() -> None:
    with pytest.raises(DateWordsError, match="rule 'iso_day' is listed twice"):
        read_rules(rules_text(GOOD, dict(GOOD)))


def test_read_rules_keeps_the_order_of_the_file() -> None:
    second = {**GOOD, "name": "second"}
    assert [rule.name for rule in read_rules(rules_text(second, GOOD))] == ["second", "iso_day"]


def test_last_words_are_the_word_a_phrase_ends_with() -> None:
    assert _last_words(["the near future", "the short-term", "Now", "these days."]) == {
        "future",
        "term",
        "now",
        "days",
    }


def test_every_rule_that_needs_a_word_finds_it_in_its_own_matches() -> None:
    """A rule's needed words are in every text it matches: the rules that start at "the"
    and need their last word (decades, references) still read their forms."""
    for text, expected in [
        ("in the 1990s and the mid-'90s", ["the 1990s", "the mid-'90s"]),
        ("the early seventies", ["the early seventies"]),
        ("in the near future and these days", ["the near future", "these days"]),
    ]:
        assert [m.text for m in find_dates(text)] == expected
