"""Where dictionary terms can start: an index of their first words, for fast matching.

Scanning a sentence with a large alternation regex costs time at every word of the
text for every pattern. Every dictionary term that starts with a word character can
only match where a word begins with the term's first word (its *anchor*: the run of word
characters that opens the term; a prefix of the word when the term continues with the
``*`` wildcard). ``AnchorIndex`` finds the anchored words of a text in one pass of a
compiled Aho-Corasick automaton (``ahocorasick_rs``) of every anchor, and looks each word
up in a dict of anchors, so a pattern is tried only at the few positions where it can
match, and ``matches_at`` then runs the unchanged regex there. The result is exactly that
of ``pattern.finditer`` (same matches, same order): the index only skips positions where
no match can start. Terms without an anchor (raw ``re:`` terms, terms that open with
punctuation) make their pattern fall back to a full scan.

Word starts are found inside the automaton: the text is read with every character that
is not a word character (``\\w``) turned into a space, and every anchor is searched for as
a space followed by the anchor, so a match can only begin where a word does. (Measured
on 1,000 generated articles in ``benchmarks/results.md``: about twice as fast as the
trie regex ``anchor_regex`` it replaces, which stays as the tests' reference.)

Case-insensitive patterns compare lower-cased words. Python's ``re.IGNORECASE`` also
equates a few non-ASCII letters with ASCII ones (the Kelvin sign with ``k``, the long s
with ``s``) and some letters with more than their lower case (the Greek sigmas); a text
with such a letter is read word by word, and such words are tried against every pattern
that could match them: rare, and still exact.

``PhraseIndex`` (``analysis.annotators.phrase_index``) goes further for theme coding: a
literal term is searched for whole, so a pattern is tried only where one of its terms
occurs.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import ahocorasick_rs

from analysis.core.word_mask import mask_non_words

WORD = re.compile(r"\w+")
MEMO_WORDS = 200_000  # distinct anchored words remembered per index


@dataclass(frozen=True)
class Anchor:
    """The first word a term's match must begin with (``prefix``: the word may go on)."""

    word: str
    prefix: bool


def term_anchor(term: str) -> Anchor | None:
    """The anchor of a dictionary term in the theme dictionary's syntax (``None`` for a
    raw ``re:`` term or one that does not open with a word character).

    >>> term_anchor("people-to-people")
    Anchor(word='people', prefix=False)
    >>> term_anchor("diversif*")
    Anchor(word='diversif', prefix=True)
    """
    term = term.strip()
    if term.startswith("re:"):
        return None
    return literal_anchor(term, wildcard="*")


def literal_anchor(text: str, *, wildcard: str | None = None) -> Anchor | None:
    """The anchor of a literal phrase: its opening run of word characters, a prefix when
    ``wildcard`` follows it. ``None`` when the phrase opens with another character."""
    found = WORD.match(text)
    if not found:
        return None
    return Anchor(found.group(0), wildcard is not None and text[found.end() :][:1] == wildcard)


@cache
def _ascii_lookalikes() -> frozenset[str]:
    """Non-ASCII characters that ``re.IGNORECASE`` equates with an ASCII word character."""
    ascii_word = re.compile(r"[0-9A-Za-z_]", re.IGNORECASE)
    return frozenset(ch for ch in map(chr, range(0x80, 0x10000)) if ascii_word.fullmatch(ch))


@cache
def _simple_case(ch: str) -> bool:
    """Whether ``re.IGNORECASE`` equates ``ch`` with exactly the characters of the same
    lower case (true of ASCII and of most letters; not of the Greek sigmas, say)."""
    if ch.isascii():
        return True
    same = re.compile(re.escape(ch), re.IGNORECASE)
    lower = ch.lower()
    return all(bool(same.fullmatch(x)) == (x.lower() == lower) for x in map(chr, range(0x10000)))


class WordStartFinder:
    """The words of a text that begin with one of ``exact`` (as the whole word) or one of
    ``prefix`` (as its start): one leftmost-longest Aho-Corasick pass over the text with
    every non-word character masked to a space, searching for each anchor after a space."""

    def __init__(self, exact: Iterable[str], prefix: Iterable[str]):
        self.anchors = tuple(sorted({w for w in (*exact, *prefix) if w}))
        self._automaton = (
            ahocorasick_rs.AhoCorasick(
                [" " + w for w in self.anchors],
                matchkind=ahocorasick_rs.MATCHKIND_LEFTMOST_LONGEST,
            )
            if self.anchors
            else None
        )

    def matches(self, text: str) -> tuple[str, list[tuple[int, int, int]]]:
        """``(masked, found)``: ``masked`` is ``" " + mask_non_words(text) + " "``;
        ``found`` holds ``(anchor, start, end)`` for each word of ``text`` that an anchor
        begins (``self.anchors[anchor]``, the longest such), in text order: the word
        starts at ``text[start]`` and is that anchor when ``masked[end]`` is a space, else
        it goes on to the next space of ``masked``."""
        masked = " " + mask_non_words(text) + " "
        if self._automaton is None:
            return masked, []
        return masked, self._automaton.find_matches_as_indexes(masked)

    def words(self, text: str) -> list[tuple[int, str]]:
        """``(start, word)`` of every word of ``text`` that an anchor may begin (the whole
        word, which goes on past a prefix anchor or an exact anchor that is not the word:
        the caller's lookup decides), in text order."""
        masked, found = self.matches(text)
        out = []
        for _, start, end in found:
            if masked[end] != " ":
                end = masked.index(" ", end)
            out.append((start, masked[start + 1 : end]))
        return out


@cache
def _ascii_lookalike() -> re.Pattern[str]:
    """A pattern finding any of ``_ascii_lookalikes``."""
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(_ascii_lookalikes())) + "]")


def _anchor_tables(
    anchors: Sequence[Sequence[Anchor | None]], skip: Collection[int], *, ignore_case: bool
) -> tuple[dict[str, set[int]], dict[int, dict[str, set[int]]], set[int]]:
    """The patterns (but ``skip``) by anchor word in the compared case: whole-word anchors,
    prefix anchors by length, and the patterns with a letter whose case rules differ from
    ``str.lower``."""
    exact: dict[str, set[int]] = {}
    prefix: dict[int, dict[str, set[int]]] = {}
    odd_case: set[int] = set()
    for i, terms in enumerate(anchors):
        if i in skip:
            continue
        for anchor in terms:
            assert anchor is not None
            word = anchor.word.lower() if ignore_case else anchor.word
            if not all(map(_simple_case, word)):
                odd_case.add(i)
            table = prefix.setdefault(len(word), {}) if anchor.prefix else exact
            table.setdefault(word, set()).add(i)
    return exact, prefix, odd_case


class AnchorIndex:
    """For each of several patterns (given as the anchors of their terms), the positions
    of a text where one of its terms can start."""

    def __init__(self, anchors: Sequence[Sequence[Anchor | None]], *, ignore_case: bool):
        self.n_patterns = len(anchors)
        self.ignore_case = ignore_case
        self.full_scan = tuple(i for i, terms in enumerate(anchors) if None in terms)
        exact, prefix, odd_case = _anchor_tables(anchors, self.full_scan, ignore_case=ignore_case)
        self._exact = {k: tuple(sorted(v)) for k, v in exact.items()}
        self._prefix = tuple(
            (n, {k: tuple(sorted(v)) for k, v in t.items()}) for n, t in sorted(prefix.items())
        )
        indexed = [i for i in range(self.n_patterns) if i not in self.full_scan]
        # Words that may match an anchor other than by equal lower-case form (see module doc).
        self._all = tuple(indexed) if ignore_case else ()
        self._odd_case = tuple(sorted(odd_case))
        self._memo: dict[str, tuple[int, ...]] = {}
        self._finder = WordStartFinder(self._exact, [w for _, t in self._prefix for w in t])
        # the patterns anchored at a word that is exactly the automaton's anchor ``k``
        self._whole = tuple(self._hits(w) for w in self._finder.anchors)

    def candidates(self, text: str) -> list[list[int] | None]:
        """Per pattern, the ascending start positions to try in ``text``, or ``None`` when
        the pattern must scan the whole text."""
        return self._candidates(text, None)

    def candidates_and_words(self, text: str) -> tuple[list[list[int] | None], dict[int, str]]:
        """``candidates(text)`` and, for each start position found, the word there in
        the compared case (lower case when ignoring case)."""
        words: dict[int, str] = {}
        return self._candidates(text, words), words

    def _candidates(self, text: str, words: dict[int, str] | None) -> list[list[int] | None]:
        """``candidates(text)``, adding the word at each start position to ``words`` when
        given."""
        found: list[list[int] | None] = [
            None if i in self.full_scan else [] for i in range(self.n_patterns)
        ]
        if not self.ignore_case:
            self._collect(text, found, words)
            return found
        lowered = text.lower()
        if len(lowered) == len(text) and (
            text.isascii() or not (self._odd_case or _ascii_lookalike().search(text))
        ):  # lower-casing kept every offset and equates exactly what IGNORECASE does
            self._collect(lowered, found, words)
        else:
            self._collect_words(text, found, words)
        return found

    def anchored_words(self, text: str) -> list[tuple[int, str, tuple[int, ...]]]:
        """``candidates(text)`` regrouped by position: for each word where some pattern
        can start, in text order, ``(start, word in compared case, patterns)``. Patterns in
        ``full_scan`` are never listed (they scan the whole text)."""
        if not self.ignore_case:
            return self._scan(text)
        lowered = text.lower()
        if len(lowered) == len(text) and (
            text.isascii() or not (self._odd_case or _ascii_lookalike().search(text))
        ):
            return self._scan(lowered)
        out = []
        for m in WORD.finditer(text):
            hits = self._word_hits(m.group(0))
            if hits:
                out.append((m.start(), m.group(0).lower(), tuple(sorted(hits))))
        return out

    def _scan(self, text: str) -> list[tuple[int, str, tuple[int, ...]]]:
        """``anchored_words`` of a text already in compared case (one automaton pass)."""
        masked, found = self._finder.matches(text)
        out, memo, whole, anchors = [], self._memo, self._whole, self._finder.anchors
        for key, start, end in found:
            if masked[end] == " ":  # the word is the anchor
                hits, word = whole[key], anchors[key]
            else:
                word = masked[start + 1 : masked.index(" ", end)]
                if (hits := memo.get(word)) is None:  # inlined fast path of ``_hits``
                    hits = self._hits(word)
            if hits:
                out.append((start, word, hits))
        return out

    def _word_hits(self, word: str) -> set[int]:
        """Patterns that may start at ``word`` compared case-insensitively: those its lower
        case anchors, plus, for a non-ASCII word, those whose case rules differ from
        ``str.lower`` and, when it holds an ASCII look-alike letter, every pattern."""
        hits = set(self._hits(word.lower()))
        if not word.isascii():
            hits.update(self._odd_case)
            if not _ascii_lookalikes().isdisjoint(word):
                hits.update(self._all)
        return hits

    def _hits(self, word: str) -> tuple[int, ...]:
        """Patterns with an anchor that ``word`` (in compared case) begins (memoised:
        a corpus has far fewer distinct words than words)."""
        hits = self._memo.get(word)
        if hits is None:
            found = set(self._exact.get(word, ()))
            for n, table in self._prefix:
                if len(word) < n:
                    break
                found.update(table.get(word[:n], ()))
            hits = self._memo[word] = tuple(sorted(found))
            if len(self._memo) > MEMO_WORDS:
                self._memo.clear()
        return hits

    def _collect(
        self, text: str, found: list[list[int] | None], words: dict[int, str] | None = None
    ) -> None:
        """Add the patterns anchored at each anchored word of ``text`` (and the word at
        each such position to ``words`` when given)."""
        for start, word, hits in self._scan(text):
            if words is not None:
                words[start] = word
            for i in hits:
                found[i].append(start)  # type: ignore[union-attr]

    def _collect_words(
        self, text: str, found: list[list[int] | None], words: dict[int, str] | None = None
    ) -> None:
        """Word by word, for case-insensitive patterns on a text with non-ASCII letters."""
        for m in WORD.finditer(text):
            word = m.group(0)
            hits = self._word_hits(word)
            if words is not None and hits:
                words[m.start()] = word.lower()
            for i in hits:
                found[i].append(m.start())  # type: ignore[union-attr]


def anchor_regex(exact: Iterable[str], prefix: Iterable[str]) -> re.Pattern[str]:
    """A case-sensitive pattern matching the whole word at every word start where one of
    ``exact`` is the word or one of ``prefix`` begins it. The alternatives form a trie (one
    character per level), so a failing position costs a few character tests. The pure-regex
    reference of ``WordStartFinder`` (which finds the same words, about twice as fast; the
    property tests compare them)."""
    trie: dict[str, Any] = {}
    for words, end in ((exact, "exact"), (prefix, "prefix")):
        for word in words:
            node = trie
            for ch in word:
                node = node.setdefault(ch, {})
            node[""] = "prefix" if node.get("") == "prefix" else end

    def render(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + render(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            branches.append("" if node[""] == "prefix" else r"(?!\w)")
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return re.compile(r"(?<!\w)" + render(trie) + r"\w*") if trie else re.compile(r"(?!)")


def matches_at(
    pattern: re.Pattern[str], text: str, starts: Sequence[int] | None
) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))`` when matches can only begin at ``starts``
    (ascending; ``None`` = anywhere): the same leftmost, non-overlapping matches."""
    if starts is None:
        return list(pattern.finditer(text))
    out: list[re.Match[str]] = []
    end = 0
    for start in starts:
        if start < end:
            continue
        found = pattern.match(text, start)
        if found is not None:
            out.append(found)
            end = max(found.end(), start + 1)
    return out
