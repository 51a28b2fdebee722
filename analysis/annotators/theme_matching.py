"""Finding where a dictionary's patterns match in one sentence.

Two paths give the same matches: ``PlaceCoder`` reads the places where whole literal
terms (or anchor words) occur, found by ``analysis.annotators.phrase_index.PhraseIndex``, and tries
only the terms that can match there; ``scan_sentence`` is the anchor path
(``AnchorIndex``) for the sentences the first cannot read. Both return, per slot of
``analysis.annotators.theme_slots.theme_index``, the matches of the terms and actor names and the
starts of the patterns only located (exclusions, contexts). ``find_theme_matches`` is
the plain matcher of one theme in one text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from analysis.annotators.phrase_index import PhraseIndex
from analysis.annotators.term_index import MEMO_WORDS, matches_at
from analysis.annotators.theme_dictionary import Theme
from analysis.annotators.theme_slots import CodingPlan, slot_terms
from analysis.annotators.theme_terms import anchored_matches, compile_terms


def find_theme_matches(
    text: str, theme: Theme, lowered: str | None = None
) -> list[tuple[str, str, int, int]]:
    """Matches of one theme in one text: ``(term, match, start, end)``, left to right.

    ``lowered`` (``text.lower()``, computed once by the caller) lets themes whose terms
    cannot occur be skipped without running their pattern.
    """
    if lowered is not None and not theme.may_match(lowered):
        return []
    return _theme_matches(text, theme, None)


def _theme_matches(
    text: str,
    theme: Theme,
    starts: Sequence[int] | None,
    exclude_starts: Sequence[int] | None = None,
    words: dict[int, str] | None = None,
) -> list[tuple[str, str, int, int]]:
    """``find_theme_matches`` trying the pattern only at ``starts`` and the exclusions only
    at ``exclude_starts`` (``None``: anywhere); ``words`` as ``anchored_matches``."""
    matches = (
        anchored_matches(theme.anchored, text, starts, words)
        if theme.anchored is not None
        else matches_at(theme.pattern, text, starts)
    )
    return _not_excluded(text, theme, matches, exclude_starts)


def _not_excluded(
    text: str,
    theme: Theme,
    matches: Sequence[re.Match[str]],
    exclude_starts: Sequence[int] | None,
) -> list[tuple[str, str, int, int]]:
    """``(term, match, start, end)`` of the ``matches`` of ``theme`` that lie inside none
    of its exclusions (tried only at ``exclude_starts``; ``None``: anywhere)."""
    if not matches:
        return []
    excluded = (
        [m.span() for m in matches_at(theme.exclude_pattern, text, exclude_starts)]
        if theme.exclude_pattern
        else []
    )
    return [
        (theme.term_of(m), m.group(0), m.start(), m.end())
        for m in matches
        if not any(s <= m.start() and m.end() <= e for s, e in excluded)
    ]


def match_places(
    text: str, places: Sequence[tuple[int, tuple]], n_slots: int
) -> tuple[dict[int, list[re.Match[str]]], dict[int, list[int] | None]]:
    """The matches per slot of the patterns tried at ``places`` (``(start, (tries,
    others))`` in text order; ``tries`` holds ``(slot, pattern)``), leftmost and
    non-overlapping per slot exactly as ``matches_at``, and per slot only located
    (``others``: exclusions, contexts) the starts where it can begin."""
    matches: dict[int, list[re.Match[str]]] = {}
    starts: dict[int, list[int] | None] = {}
    ends = [0] * n_slots
    for start, (tries, others) in places:
        for slot, pattern in tries:
            if start < ends[slot]:
                continue
            m = pattern.match(text, start)
            if m is not None:
                if slot in matches:
                    matches[slot].append(m)
                else:
                    matches[slot] = [m]
                end = m.end()
                ends[slot] = end if end > start else start + 1
        for slot in others:
            if slot in starts:
                starts[slot].append(start)  # type: ignore[union-attr]
            else:
                starts[slot] = [start]
    return matches, starts


class PlaceCoder:
    """What to try at each place of a sentence that ``PhraseIndex`` finds for the slots of
    ``theme_index(themes)``: per place, the theme and actor-name slots with a pattern of
    only the terms that can match there (whole literal terms found, or ``*`` terms whose
    anchor begins the word), and the slots only located (exclusions, contexts)."""

    def __init__(self, themes: tuple[Theme, ...]):
        self.index = PhraseIndex(slot_terms(themes))
        n = len(themes)
        actors = sum(len(theme.actors) for theme in themes)
        self.tried = frozenset((*range(n), *range(2 * n, 2 * n + actors)))
        self._entries: dict[tuple, tuple] = {}
        self._single: list[tuple | None] = [None] * len(self.index.keys)
        self._patterns: dict[tuple[int, tuple[int, ...]], re.Pattern[str]] = {}
        self._full = {
            slot: compile_terms(self.index.terms[slot], named=True)
            for slot in self.index.full_scan
            if slot in self.tried
        }

    def entry(self, keys: tuple[int, ...], word: str | None, slots: tuple[int, ...]) -> tuple:
        """``(tries, others)`` at a place with literal ``keys`` and ``word`` anchoring the
        other terms of ``slots``: ``tries`` holds ``(slot, pattern)``, ``others`` the slots
        only located (remembered)."""
        memo_key = (keys, word)
        found = self._entries.get(memo_key)
        if found is not None:
            return found
        per: dict[int, set[int]] = {}
        key_terms = self.index.key_terms
        for key in keys:
            for slot, j in key_terms[key]:
                per.setdefault(slot, set()).add(j)
        if word is not None:
            for slot in slots:
                per.setdefault(slot, set()).update(self.index.word_terms(slot, word))
        tries, others = [], []
        for slot in sorted(per):
            if slot not in self.tried:
                others.append(slot)
            elif per[slot]:
                tries.append((slot, self._pattern(slot, tuple(sorted(per[slot])))))
        found = (tuple(tries), tuple(others))
        if len(self._entries) > MEMO_WORDS:
            self._entries.clear()
        self._entries[memo_key] = found
        return found

    def _entries_at(self, text: str) -> list[tuple[int, tuple]] | None:
        """``(start, entry(...))`` per place of ``text`` in text order (``None``: the text
        is not read, see ``PhraseIndex``). With only literal terms, the key hits are
        grouped by start here, a place with one key taking its entry from a list."""
        index = self.index
        if not index.literal_only:
            places = index.places(text)
            if places is None:
                return None
            memo, entry = self._entries, self.entry
            return [
                (start, memo.get((keys, word)) or entry(keys, word, slots))
                for start, keys, word, slots in places
            ]
        found = index.key_hits(text)
        if not found:
            return found
        single = self._single
        if len(found) == 1:
            key, start, _ = found[0]
            return [(start, single[key] or self._single_entry(key))]
        out = []
        n, i = len(found), 0
        while i < n:
            key, start, _ = found[i]
            i += 1
            if i < n and found[i][1] == start:
                keys = [key]
                while i < n and found[i][1] == start:
                    keys.append(found[i][0])
                    i += 1
                group = tuple(keys)
                out.append((start, self._entries.get((group, None)) or self.entry(group, None, ())))
            else:
                out.append((start, single[key] or self._single_entry(key)))
        return out

    def _single_entry(self, key: int) -> tuple:
        """``entry`` at a place where only ``key`` was found (remembered in a list)."""
        found = self._single[key] = self.entry((key,), None, ())
        return found

    def _pattern(self, slot: int, only: tuple[int, ...]) -> re.Pattern[str]:
        """The named pattern of the terms ``only`` of ``slot`` (remembered)."""
        pattern = self._patterns.get((slot, only))
        if pattern is None:
            pattern = compile_terms(self.index.terms[slot], named=True, only=only)
            self._patterns[(slot, only)] = pattern
        return pattern

    def scan(
        self, text: str
    ) -> tuple[dict[int, list[re.Match[str]]], dict[int, list[int] | None]] | None:
        """``scan_sentence`` of ``text`` from its places (``None`` when ``PhraseIndex``
        does not read the text: the caller uses ``theme_index``)."""
        entries = self._entries_at(text)
        if entries is None:
            return None
        matches, starts = match_places(text, entries, self.index.n_patterns)
        for slot in self.index.full_scan:
            if slot in self._full:
                matches[slot] = list(self._full[slot].finditer(text))
            else:
                starts[slot] = None
        return matches, starts


@lru_cache(maxsize=16)
def place_coder(themes: tuple[Theme, ...]) -> PlaceCoder:
    """The ``PlaceCoder`` of ``themes`` (built once per dictionary)."""
    return PlaceCoder(themes)


def _word_entry(
    plan: CodingPlan, word: str, slots: tuple[int, ...], memo: dict[str, tuple]
) -> tuple:
    """What to try at a word anchored for ``slots``: ``(slots, ([(slot, pattern)], [other
    slots]))``; the pattern is the slot's sub-pattern for ``word`` (its whole pattern for a
    word outside ASCII or unanchored terms), slots whose terms or names cannot start with
    ``word`` are left out, and slots that are only located (exclusions, contexts) are
    listed apart. Remembered in ``memo`` (a ``CodingPlan.words``)."""
    tries: list[tuple[int, re.Pattern[str]]] = []
    others: list[int] = []
    plain = word.isascii()
    patterns = plan.patterns
    for slot in slots:
        found = patterns[slot] if slot < len(patterns) else None
        if found is None:
            others.append(slot)
            continue
        terms, whole = found
        if terms is None or not plain or not terms.anchored:
            tries.append((slot, whole))
        elif (pattern := terms.pattern_for(word)) is not None:
            tries.append((slot, pattern))
    entry = (slots, (tuple(tries), tuple(others)))
    if len(memo) > MEMO_WORDS:
        memo.clear()
    memo[word] = entry
    return entry


def scan_sentence(
    text: str,
    plan: CodingPlan,
    anchored: list[tuple[int, str, tuple[int, ...]]],
    full_scan: Sequence[int],
) -> tuple[dict[int, list[re.Match[str]]], dict[int, list[int] | None]]:
    """One pass over the anchored words of a sentence (``AnchorIndex.anchored_words``
    for ``theme_index(themes)``): the matches of each theme's terms and of each actor
    rule's names (leftmost, non-overlapping, exactly as ``matches_at``), and the start
    positions of the other patterns (exclusions, contexts; ``None`` for a pattern that
    scans the whole sentence)."""
    memo = plan.words
    places = []
    for start, word, slots in anchored:
        entry = memo.get(word)
        if entry is None or (entry[0] is not slots and entry[0] != slots):
            entry = _word_entry(plan, word, slots, memo)
        places.append((start, entry[1]))
    matches, starts = match_places(text, places, len(plan.patterns))
    for slot in full_scan:
        found = plan.patterns[slot] if slot < len(plan.patterns) else None
        if found is None:
            starts[slot] = None
        else:
            matches[slot] = list(found[1].finditer(text))
    return matches, starts
