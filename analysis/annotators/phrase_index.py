"""Where theme terms can match in a sentence, for theme coding: ``PhraseIndex``.

``PhraseIndex`` goes further than ``analysis.annotators.term_index.AnchorIndex``: a literal
term (no ``re:``, no ``*`` but one at the end) is searched for whole (``literal_key``: its
masked lower-case form between word starts), so a pattern is tried only where one of its
terms occurs, not at every word its first word begins; the other terms keep the anchor
path. On 1,000 generated articles that is about 185,000 places instead of 503,000
anchored words, with the same hits.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from operator import itemgetter

import ahocorasick_rs

from analysis.annotators.term_index import (
    Anchor,
    AnchorIndex,
    _ascii_lookalike,
    _simple_case,
    term_anchor,
)
from analysis.core.word_mask import mask_non_words

_WHITESPACE_RUN = re.compile(r"\s\s")


def has_whitespace_run(text: str) -> bool:
    """Whether ``text`` holds two whitespace characters (``\\s``) in a row. In a printable
    text the only whitespace is the space (every other ``\\s`` character is a control or
    separator character, which ``str.isprintable`` rejects), so one substring test answers;
    the regex, which tries every position, only reads the other texts."""
    if text.isprintable():
        return "  " in text
    return _WHITESPACE_RUN.search(text) is not None


_START_KEY = itemgetter(1, 0)


def literal_key(term: str) -> str | None:
    """What every match of a literal dictionary term (no ``re:``, no ``*`` but one at the
    end) leaves in a text lower-cased, masked (``mask_non_words``) and padded with a space
    at each end, when the text has no run of two whitespace characters: a space (the
    word start), the masked lower-case term, and a space (the word end) unless the term
    ends with ``*``. ``None`` for any other term, or one whose letters ``re.IGNORECASE``
    equates with more than their lower case (such terms keep the anchor path).

    >>> literal_key("People-to-People")
    ' people to people '
    >>> literal_key("communist part*")
    ' communist part'
    >>> literal_key("co*operation") is None
    True
    """
    term = term.strip()
    if term.startswith("re:") or term_anchor(term) is None:
        return None
    wildcard = term.endswith("*")
    body = " ".join((term[:-1] if wildcard else term).split())
    if "*" in body or not all(map(_simple_case, body)) or len(body.lower()) != len(body):
        return None
    return " " + mask_non_words(body.lower()) + ("" if wildcard else " ")


class PhraseIndex:
    """For each of several patterns (given as their dictionary terms), the places of a
    text where one of its terms can match: a literal term (``literal_key``) only where its
    whole key occurs (one overlapping Aho-Corasick pass of every key over the masked
    lower-case text), any other term where its anchor begins a word (an ``AnchorIndex``
    of those terms only, ``rest``). Patterns with a term without an anchor scan the whole
    text (``full_scan``), as in ``AnchorIndex``.

    Complete: a term can match only where ``places`` lists it (so trying each pattern's
    terms there finds exactly the leftmost, non-overlapping matches of the pattern);
    a text with a whitespace run, with case folding that changes its length, or with
    letters that ``re.IGNORECASE`` folds unlike ``str.lower`` is not read (``None``)."""

    def __init__(self, terms: Sequence[Sequence[str]]):
        self.terms = tuple(tuple(t) for t in terms)
        self.n_patterns = len(self.terms)
        anchors = [[term_anchor(t) for t in ts] for ts in self.terms]
        keys: dict[str, list[tuple[int, int]]] = {}
        rest: list[list[Anchor | None]] = []
        rest_terms: list[tuple[tuple[int, str, bool], ...]] = []
        for i, ts in enumerate(self.terms):
            full = None in anchors[i]
            kept = []
            for j, term in enumerate(ts):
                key = None if full else literal_key(term)
                if key is None:
                    kept.append(j)
                else:
                    keys.setdefault(key, []).append((i, j))
            rest.append([anchors[i][j] for j in kept])
            rest_terms.append(
                tuple((j, a.word.lower(), a.prefix) for j in kept if (a := anchors[i][j]))
            )
        self.keys = tuple(keys)
        self.key_terms = tuple(tuple(v) for v in keys.values())  # (pattern, term) per key
        self.rest = AnchorIndex(rest, ignore_case=True)
        self.full_scan = self.rest.full_scan
        self._rest_terms = tuple(rest_terms)
        self._automaton = ahocorasick_rs.AhoCorasick(self.keys) if self.keys else None
        self.literal_only = not self.rest._finder.anchors  # no term on the anchor path

    def word_terms(self, pattern: int, word: str) -> tuple[int, ...]:
        """The terms of ``pattern`` on the anchor path that can start with ``word`` (lower
        case): those whose anchor is the word, or begins it for a ``*`` anchor."""
        return tuple(
            j
            for j, anchor, prefix in self._rest_terms[pattern]
            if (word.startswith(anchor) if prefix else word == anchor)
        )

    def key_hits(self, text: str) -> list[tuple[int, int, int]] | None:
        """``(key, start, end)`` of every literal key found in ``text`` (``start``: where
        the term begins in ``text``), ordered by start, then key; ``None`` when the text
        must be read otherwise (see the class doc)."""
        lowered = text.lower()
        if len(lowered) != len(text) or has_whitespace_run(text):
            return None
        if not text.isascii() and (self.rest._odd_case or _ascii_lookalike().search(text)):
            return None
        if self._automaton is None:
            return []
        masked = " " + mask_non_words(lowered) + " "
        found = self._automaton.find_matches_as_indexes(masked, overlapping=True)
        if len(found) > 1:
            found.sort(key=_START_KEY)
        return found

    def places(
        self, text: str
    ) -> list[tuple[int, tuple[int, ...], str | None, tuple[int, ...]]] | None:
        """Every place of ``text`` where a term can match, in text order: ``(start, keys,
        word, patterns)``: the literal keys found there (indices into ``keys``, ascending),
        and the word there (lower case) with the patterns whose other terms it anchors
        (``None`` and ``()`` when none). ``None`` when the text must be read otherwise
        (see the class doc)."""
        found = self.key_hits(text)
        if found is None:
            return None
        at: dict[int, list[int]] = {}
        for key, start, _ in found:
            at.setdefault(start, []).append(key)
        words = {}
        if not self.literal_only:
            words = {start: (w, hits) for start, w, hits in self.rest._scan(text.lower())}
        out = []
        for start in sorted(at.keys() | words.keys()):
            word, hits = words.get(start, (None, ()))
            out.append((start, tuple(at.get(start, ())), word, hits))
        return out
