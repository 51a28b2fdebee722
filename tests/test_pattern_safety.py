"""Patterns read from the data files never start a match inside a word.

A pattern that opens with a repeated character class (``[A-Z][\\w.-]*``) and no left
boundary is tried at every letter of a long run of letters and scans to the run's end each
time: quadratic in the run's length (a 100,000-character "word" in a pasted page took
minutes). The patterns of ``self_references`` must open at a word's start."""

from __future__ import annotations

import pytest

from analysis.ingest.metadata import load_scoring

GLUED = [
    "12zzRadio Free Asia's calls to the ministry went unanswered",
    "2024xxViet Nam News introduces a story by a guest writer",
    "Radio Free Asia's calls to the ministry went unanswered",
    "7" + "WordWordWordWord" * 50 + " Reuters's calls to",
]


@pytest.mark.parametrize("text", GLUED)
def test_self_reference_patterns_start_at_a_word_start(text: str):
    """Every match starts at the text's start or after a character that ends a word."""
    for pattern in load_scoring().self_references:
        for found in pattern.finditer(text):
            before = text[found.start() - 1] if found.start() else " "
            assert not (before.isalnum() or before in "&.-_"), (pattern.pattern, found.group(0))


def test_a_run_of_letters_glued_to_a_number_is_not_tried_inside():
    """A 20,000-letter run glued to a digit and followed by a cue phrase: no pattern may
    start inside it (the patterns are case-insensitive, so before the fix every letter of
    the run was a possible start, each scanned to the run's end)."""
    text = "9" + "Word" * 5_000 + "'s calls to"
    for pattern in load_scoring().self_references:
        assert [m.start() for m in pattern.finditer(text)] == []
