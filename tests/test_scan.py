"""Tests of ``analysis.dates.scan``: which matches are kept (longest first, left to
right), anniversaries taking a nearby year, anchors normalised, and ``find_dates`` /
``parse_date``. (Where rules can start, the joint scan: ``tests/test_rule_matches.py``.)"""

from __future__ import annotations

import itertools

import pandas as pd
import pytest
from hypothesis import given, settings

from analysis.dates.lexicon import TIMEX_MODIFIERS
from analysis.dates.model import Reading
from analysis.dates.rule_matches import _spans
from analysis.dates.scan import (
    ANNIVERSARY_WINDOW,
    _candidates,
    _normalise,
    _reading_order,
    _select,
    _select_read,
    find_dates,
    parse_date,
)
from tests.strategies import articles

T = pd.Timestamp
R = Reading(None, None, "day")


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


def test_reading_order_is_every_match_longest_first() -> None:
    text = "Talks resumed on March 5, 2024 in Hanoi, as in March last year."
    order = _reading_order(text)
    assert sorted(order) == sorted(_spans(text))
    lengths = [end - start for start, end, _p in order]
    assert lengths == sorted(lengths, reverse=True)
    assert _reading_order(text) is order  # remembered: read again against another anchor
    assert _select_read(text, None) != _select_read(text, SAMPLE_ANCHOR)  # "March" read twice
