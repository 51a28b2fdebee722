"""Tests of ``analysis.dates.scan``: where rules can start (trigger tokens, "the" before
digits), which matches are kept (longest first, left to right), anniversaries taking a
nearby year, anchors normalised, and ``find_dates`` / ``parse_date``; the joint scan
(``_spans``) against the former scan, each rule tried at each of its starts
(``_spans_per_rule``). (The comparison of the accelerated scan with the full scan is in
``tests/test_dates.py``.)"""

from __future__ import annotations

import itertools
import re

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.dates.lexicon import TIMEX_MODIFIERS
from analysis.dates.model import Reading
from analysis.dates.rules import RULES, THE
from analysis.dates.scan import (
    _CASE_FIXES,
    _DIGIT_RUN,
    _GLUED_LETTERS,
    _NEED_BITS,
    _NEED_SETS,
    _RULE_TABLE,
    _THE_DIGITS,
    _TOKEN_WORDS,
    ANNIVERSARY_WINDOW,
    DIGITS,
    _candidates,
    _joint_met,
    _normalise,
    _present_tokens,
    _reading_order,
    _select,
    _select_read,
    _spans,
    _unmet_needs,
    _word_offsets,
    find_dates,
    parse_date,
)
from tests.strategies import articles
from tests.test_dates import _rule_texts

T = pd.Timestamp
R = Reading(None, None, "day")


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


def test_select_keeps_the_longest_and_drops_overlaps() -> None:
    found = [(0, 5, 1, R), (3, 10, 2, R), (3, 6, 0, R), (12, 14, 5, R)]
    assert [(s, e) for s, e, _ in _select(found)] == [(3, 10), (12, 14)]
    # the same extent twice: the higher-priority (lower number) rule's reading wins
    first, second = Reading(None, None, "year"), Reading(None, None, "month")
    assert _select([(0, 4, 3, first), (0, 4, 1, second)]) == [(0, 4, second)]
    assert _select([]) == []


def test_longest_match_wins_in_text() -> None:
    assert [m.text for m in find_dates("from October 30 to November 1, 2022")] == [
        "from October 30 to November 1, 2022"
    ]


def test_anniversary_reads_a_year_only_within_the_window() -> None:
    near = "In 2020 the 75th anniversary was marked."
    assert find_dates(near)[1].note == "founded 1945"
    far = "In 2020 " + "x " * ANNIVERSARY_WINDOW + "the 75th anniversary was marked."
    anniversary = find_dates(far)[-1]
    assert anniversary.kind == "anniversary"
    assert anniversary.date_start is None


def test_anchor_is_normalised_to_a_naive_midnight() -> None:
    aware = T("2024-03-13 23:30", tz="Asia/Ho_Chi_Minh")
    assert _normalise(aware) == T("2024-03-13")
    assert _normalise(pd.NaT) is None
    assert _normalise(None) is None
    match = find_dates("yesterday", anchor=aware)[0]
    assert match.date_start == T("2024-03-12")
    assert match.anchor_date == T("2024-03-13")
    assert find_dates("yesterday", anchor=pd.NaT)[0].date_start is None


def test_long_text_reads_like_its_parts() -> None:
    sentence = "Talks opened on 13/12/2021 and ended last year. "
    copies = 2000 // len(sentence) + 1
    text = sentence * copies + "x" * 20_001  # longer than the cache takes
    found = find_dates(text, anchor=T("2024-03-13"))
    assert len(found) == 2 * copies
    assert {m.timex_value for m in found} == {"2021-12-13", "2023"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tuesday, February 6, 2024 08:41", T("2024-02-06")),
        ("last year, then 13/12/2021", T("2021-12-13")),  # the first absolute one
        ("https://example.org/2023/05/12/story.html", T("2023-05-12")),
    ],
)
def test_parse_date_returns_the_first_absolute_date(text: str, expected: T) -> None:
    assert parse_date(text).date_start == expected


@pytest.mark.parametrize("text", ["", "last year", "for three years", "No. 1007", "🇻🇳"])
def test_parse_date_has_nothing_for_relative_or_no_date(text: str) -> None:
    assert parse_date(text) is None


#: The first words of the modifiers a TIMEX3 extent may take in before its match.
_MODIFIER_WORDS = {w.split()[0].casefold() for ws in TIMEX_MODIFIERS.values() for w in ws}


@settings(max_examples=60, deadline=None)
@given(articles())
def test_matches_are_ordered_non_overlapping_slices(text: str) -> None:
    found = find_dates(text, anchor=T("2024-03-13"))
    for match in found:
        assert text[match.start : match.end] == match.text
        if match.date_start is not None:
            assert match.date_start <= match.date_end
        for part in match.timex:
            assert text[part.start : part.end] == part.text
            assert part.start < part.end <= match.end
            # a TIMEX3 may start before the match only at a modifier the TimeML extent
            # keeps ("late Tuesday, February 6", ``timex._with_modifier``)
            modifier = text[part.start : match.start].split()
            assert part.start >= match.start or modifier[0].casefold() in _MODIFIER_WORDS
    for before, after in itertools.pairwise(found):
        assert before.end <= after.start


SAMPLE_ANCHOR = T("2024-03-13")


@settings(max_examples=200, deadline=None)
@given(articles())
def test_selection_reads_the_same_as_reading_every_match(text: str) -> None:
    """Reading only the matches that can be kept gives what reading all of them gives."""
    for anchor in (None, SAMPLE_ANCHOR):
        assert _select_read(text, anchor) == _select(_candidates(text, anchor))


def test_selection_reads_the_samples_like_reading_every_match(samples) -> None:
    texts = [*samples.sentences["text"], *samples.paragraphs["text"]]
    for text in texts:
        for anchor in (None, SAMPLE_ANCHOR):
            assert _select_read(text, anchor) == _select(_candidates(text, anchor)), text


def test_a_match_inside_a_longer_one_is_not_read() -> None:
    text = "Talks resumed on March 5, 2024 in Hanoi."
    inner = [f for f in _spans(text) if (f[0], f[1]) == (17, 22)]  # "March" alone
    assert inner  # the month rule matches inside the full date ...
    assert [(s, e) for s, e, _ in _select_read(text, SAMPLE_ANCHOR)] == [(17, 30)]
    assert len(_candidates(text, SAMPLE_ANCHOR)) > 1  # ... and reading it finds it too


def test_word_offsets_read_glued_letters_and_folded_case() -> None:
    text = "At 10AM on İn May, 5pm; the 1990s"
    offsets = _word_offsets(text)
    assert offsets["am"] == [5]
    assert offsets["pm"] == [20]
    assert offsets["may"] == [14]
    assert offsets["in"] == [11]  # the dotted capital I reads as "i", as re.IGNORECASE does
    assert offsets["s"] == [32]


def test_reading_order_is_every_match_longest_first() -> None:
    text = "Talks resumed on March 5, 2024 in Hanoi, as in March last year."
    order = _reading_order(text)
    assert sorted(order) == sorted(_spans(text))
    lengths = [end - start for start, end, _p in order]
    assert lengths == sorted(lengths, reverse=True)
    assert _reading_order(text) is order  # remembered: read again against another anchor
    assert _select_read(text, None) != _select_read(text, SAMPLE_ANCHOR)  # "March" read twice


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
