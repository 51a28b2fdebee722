"""The matching loop shared by both paths of the theme coder
(``analysis.annotators.theme_matching``)."""

from __future__ import annotations

import re

import pytest

from analysis.annotators.term_index import matches_at
from analysis.annotators.theme_matching import match_places
from analysis.annotators.themes import content_sentences, load_themes
from analysis.ingest.corpus import Corpus

_WORD_START = re.compile(r"(?<!\w)\w")


@pytest.fixture(scope="module")
def sample_texts(samples: Corpus) -> list[str]:
    return content_sentences(samples)["text"].tolist()


def test_match_places_finds_what_matches_at_finds_per_slot(sample_texts: list[str]):
    """Tried at every word start, each theme's pattern gives the leftmost, non-overlapping
    matches ``matches_at`` gives; a slot only located gets every start offered."""
    themes = load_themes()
    tries = tuple((slot, theme.pattern) for slot, theme in enumerate(themes))
    located = len(themes)
    n_found = 0
    for text in sample_texts:
        starts = [m.start() for m in _WORD_START.finditer(text)]
        matches, found_starts = match_places(
            text, [(s, (tries, (located,))) for s in starts], located + 1
        )
        for slot, theme in enumerate(themes):
            expected = [m.span() for m in matches_at(theme.pattern, text, starts)]
            assert [m.span() for m in matches.get(slot, [])] == expected, (theme.id, text)
            n_found += len(expected)
        assert found_starts.get(located, []) == starts
    assert n_found > 100  # the samples do exercise the loop


def test_match_places_keeps_overlapping_matches_apart_per_slot():
    """A slot skips starts inside its own last match, never inside another slot's."""
    text = "party to party to party relations"
    long, short = re.compile("party to party"), re.compile("party")
    places = [(s, (((0, long), (1, short)), ())) for s in (0, 9, 18)]
    matches, starts = match_places(text, places, 2)
    assert [m.span() for m in matches[0]] == [(0, 14)]
    assert [m.span() for m in matches[1]] == [(0, 5), (9, 14), (18, 23)]
    assert starts == {}
