"""Tests of ``analysis.dates.rule_matches``: where rules can start (trigger tokens, "the"
before digits, the needed words of each rule), and the joint scan (``_spans``) against the
former scan, each rule tried at each of its starts (``_spans_per_rule``). (The comparison
of the accelerated scan with the full scan is in ``tests/test_dates.py``.)"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.dates.rule_matches import (
    _CASE_FIXES,
    _DIGIT_RUN,
    _GLUED_LETTERS,
    _NEED_BITS,
    _NEED_SETS,
    _RULE_TABLE,
    _THE_DIGITS,
    _TOKEN_WORDS,
    _joint_met,
    _present_tokens,
    _spans,
    _unmet_needs,
    _word_offsets,
)
from analysis.dates.rules import DIGITS, RULES, THE
from tests.strategies import articles
from tests.test_dates import _rule_texts


def test_present_tokens_are_whole_words_in_any_case() -> None:
    present = _present_tokens("LAST Year in Hanoi")
    assert {"last", "year"} <= present
    assert DIGITS not in present
    assert DIGITS in _present_tokens("room 7")
    assert "may" not in _present_tokens("Mayday")  # not a whole word
    assert _present_tokens("") == frozenset()


def test_word_offsets_list_every_trigger_word() -> None:
    text = "May talks, then May again; no mayday."
    assert _word_offsets(text)["may"] == [0, 16]


def _word_offsets_by_runs(text: str) -> dict[str, list[int]]:
    """``_word_offsets`` by a loop over every word run of the text (the reference)."""
    lower = text.translate(_CASE_FIXES).lower()
    out: dict[str, list[int]] = {}
    for run in re.finditer(r"\w+", lower):
        if run.group() in _TOKEN_WORDS:
            out.setdefault(run.group(), []).append(run.start())
    if re.search(r"\d", lower):
        for run in _GLUED_LETTERS.finditer(lower):
            if run.group() in _TOKEN_WORDS:
                out.setdefault(run.group(), []).append(run.start())
                out[run.group()].sort()
    return out


_TOKEN_TEXTS = st.lists(
    st.one_of(
        st.sampled_from(sorted(_TOKEN_WORDS)),
        st.sampled_from(["May", "THE", "1990s", "10AM", "İn", "mayday", "ſ", "é", "_a"]),
        st.text(alphabet="ab1 ,.-'’\n\u00a0đé", max_size=6),
    ),
    max_size=25,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TOKEN_TEXTS)
def test_word_offsets_are_those_of_a_loop_over_every_word_run(text: str) -> None:
    assert _word_offsets(text) == _word_offsets_by_runs(text)


def test_word_offsets_of_the_samples_are_those_of_a_loop_over_every_run(samples) -> None:
    for text in samples.paragraphs["text"]:
        assert _word_offsets(text) == _word_offsets_by_runs(text)


def _the_before(text: str, position: int) -> int:
    """Offset of a "the" (in any case, even ending a word) followed by whitespace up to
    ``position``, or -1 (the former scan's reading of the token ``THE``)."""
    end = position
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == position or end < 3 or not re.fullmatch("the", text[end - 3 : end], re.I):
        return -1
    return end - 3


def test_the_before_finds_a_the_ending_before_digits() -> None:
    text = "in the 1990s"
    assert _the_before(text, text.index("1990")) == text.index("the")
    assert _the_before("breathe 1990", 8) == 4  # even ending a word, as the rules read it
    assert _the_before("in 1990", 3) == -1
    assert _the_before("the1990", 3) == -1  # no space between


def _the_before_digits(text: str) -> list[int]:
    """Where a "the" before digits starts: ``_the_before`` of each run of digits."""
    found = (_the_before(text, run.start()) for run in _DIGIT_RUN.finditer(text))
    return [offset for offset in found if offset >= 0]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["the", "THE", "breathe", "the\n", "ThE\t", " ", "1990", "٣", "x", "s"]),
        max_size=12,
    ).map("".join)
)
def test_the_digits_pattern_finds_what_the_before_finds(text: str) -> None:
    assert [m.start() for m in _THE_DIGITS.finditer(text)] == _the_before_digits(text)


def test_the_digits_pattern_reads_a_the_ending_a_word() -> None:
    assert [m.start() for m in _THE_DIGITS.finditer("breathe 1990, the  5, the5")] == [4, 14]


def test_word_offsets_read_glued_letters_and_folded_case() -> None:
    text = "At 10AM on İn May, 5pm; the 1990s"
    offsets = _word_offsets(text)
    assert offsets["am"] == [5]
    assert offsets["pm"] == [20]
    assert offsets["may"] == [14]
    assert offsets["in"] == [11]  # the dotted capital I reads as "i", as re.IGNORECASE does
    assert offsets["s"] == [32]


def _plan_of_every_rule(present: frozenset[str]) -> tuple:
    """``_plan`` by looking at every rule (the reference)."""
    plan = []
    for rule in _RULE_TABLE:
        starts = rule.starts & present
        if DIGITS in starts and THE in rule.starts:
            starts |= {THE}
        if starts and all(not need.isdisjoint(present) for need in rule.needs):
            plan.append((rule, starts))
    return tuple(plan)


@settings(max_examples=200, deadline=None)
@given(st.frozensets(st.sampled_from(sorted(_TOKEN_WORDS | {DIGITS})), max_size=40))
def test_unmet_needs_flag_exactly_the_rules_missing_a_needed_token(present) -> None:
    unmet = _unmet_needs(present)
    for rule, bits in zip(_RULE_TABLE, _NEED_BITS, strict=True):
        missing = any(need.isdisjoint(present) for need in rule.needs)
        assert bool(bits & unmet) == missing


def test_need_sets_are_each_rules_needs_once() -> None:
    assert len(set(_NEED_SETS)) == len(_NEED_SETS)
    assert {need for rule in _RULE_TABLE for need in rule.needs} == set(_NEED_SETS)
    assert _unmet_needs(frozenset()) == sum(1 << i for i in range(len(_NEED_SETS)))


def _token_starts(text: str, token: str, offsets: dict[str, list[int]]) -> list[int]:
    """Where ``token`` starts in ``text`` (the former scan's ``_token_offsets``)."""
    if token == DIGITS:
        return [run.start() for run in re.finditer(r"\d+", text)]
    if token == THE:
        return _the_before_digits(text)
    return offsets[token]


def _spans_per_rule(text: str) -> list[tuple[int, int, int]]:
    """(start, end, priority) of every rule match in ``text``, sorted: the former scan
    (the reference), each rule whose needs are met tried alone (``pattern.match``) at each
    of its starts, left to right, resuming after each of its matches."""
    offsets = _word_offsets(text)
    present = frozenset(offsets) | ({DIGITS} if re.search(r"\d", text) else set())
    found = []
    for rule, tokens in _plan_of_every_rule(present):
        starts = sorted(set().union(*(_token_starts(text, t, offsets) for t in tokens)))
        end = 0
        for start in starts:
            match = rule.pattern.match(text, start) if start >= end else None
            if match is not None and match.end() > start:
                end = match.end()
                found.append((start, end, rule.priority))
    return sorted(found)


def test_spans_of_the_samples_are_those_of_each_rule_tried_alone(samples) -> None:
    texts = [*samples.sentences["text"], *samples.paragraphs["text"]]
    assert sum(map(len, map(_spans, texts))) > 100  # the samples do hold dates
    for text in texts:
        assert sorted(_spans(text)) == _spans_per_rule(text), text


@settings(max_examples=600, deadline=None)
@given(st.one_of(_rule_texts, _TOKEN_TEXTS, articles()))
def test_spans_are_those_of_each_rule_tried_alone(text: str) -> None:
    """Generated date strings, token soups and articles: the joint scan finds the matches
    of the former scan, rule by rule."""
    assert sorted(_spans(text)) == _spans_per_rule(text)


def test_a_rule_is_joined_only_where_its_needed_words_are() -> None:
    decade = _rule_place("decade")  # starts at "the", needs the "s" of "1990s"
    without = _joint_met("the", _unmet_needs(frozenset({"the", DIGITS})))
    with_s = _joint_met("the", _unmet_needs(frozenset({"the", "s", DIGITS})))
    assert decade not in dict(without.groups)
    assert decade in dict(with_s.groups)
    assert _joint_met("the", _unmet_needs(frozenset({"the", DIGITS}))) is without  # kept
    assert _joint_met("no such token", 0) is None


def _rule_place(name: str) -> int:
    return next(r.priority for r, rule in zip(_RULE_TABLE, RULES, strict=True) if rule.name == name)
