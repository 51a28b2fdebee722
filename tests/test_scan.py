"""Tests of ``analysis.dates.scan``: where rules can start (trigger tokens, "the" before
digits), which matches are kept (longest first, left to right), anniversaries taking a
nearby year, anchors normalised, and ``find_dates`` / ``parse_date``. (The comparison of
the accelerated scan with the full scan is in ``tests/test_dates.py``.)"""

from __future__ import annotations

import itertools
import re

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.dates.model import Reading
from analysis.dates.rules import THE
from analysis.dates.scan import (
    _CASE_FIXES,
    _GLUED_LETTERS,
    _NEED_BITS,
    _NEED_SETS,
    _RULE_TABLE,
    _TOKEN_WORDS,
    ANNIVERSARY_WINDOW,
    DIGITS,
    _candidates,
    _matches,
    _normalise,
    _plan,
    _present_tokens,
    _reading_order,
    _select,
    _select_read,
    _the_before,
    _unmet_needs,
    _word_offsets,
    find_dates,
    parse_date,
)
from tests.strategies import articles

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


def test_the_before_finds_a_the_ending_before_digits() -> None:
    text = "in the 1990s"
    assert _the_before(text, text.index("1990")) == text.index("the")
    assert _the_before("breathe 1990", 8) == 4  # even ending a word, as the rules read it
    assert _the_before("in 1990", 3) == -1
    assert _the_before("the1990", 3) == -1  # no space between


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


@settings(max_examples=60, deadline=None)
@given(articles())
def test_matches_are_ordered_non_overlapping_slices(text: str) -> None:
    found = find_dates(text, anchor=T("2024-03-13"))
    for match in found:
        assert text[match.start : match.end] == match.text
        if match.date_start is not None:
            assert match.date_start <= match.date_end
        for part in match.timex:
            assert match.start <= part.start < part.end <= match.end
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
    inner = [f for f in _matches(text) if (f[0], f[1]) == (17, 22)]  # "March" alone
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
    assert sorted(order) == sorted((s, e, p) for s, e, p, _m, _h in _matches(text))
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


@settings(max_examples=300, deadline=None)
@given(st.frozensets(st.sampled_from(sorted(_TOKEN_WORDS | {DIGITS})), max_size=40))
def test_plan_looks_only_at_the_rules_starting_at_a_present_token(present) -> None:
    assert _plan.__wrapped__(present) == _plan_of_every_rule(present)


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


def test_plan_of_the_samples_is_the_plan_of_every_rule(samples) -> None:
    for text in samples.paragraphs["text"]:
        present = frozenset(_word_offsets(text)) | ({DIGITS} if re.search(r"\d", text) else set())
        assert _plan.__wrapped__(present) == _plan_of_every_rule(frozenset(present))
