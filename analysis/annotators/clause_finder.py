"""Finding the background clauses of sentences for the theme focus rules
(``analysis.annotators.theme_focus``): a ``ClauseRule`` is one kind of clause (an example
list, an aside, a framing adverbial, a purpose or relative clause) by its openers and
pattern; a ``ClauseFinder`` finds every rule's openers in one Aho-Corasick pass and
confirms each by its rule's pattern there.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

import ahocorasick_rs


@dataclass(frozen=True, kw_only=True)
class ClauseRule:
    """A background clause of a sentence: it opens with one of ``opens`` and runs to the
    end of the clause (or to the next comma)."""

    id: str
    note: str
    opens: tuple[str, ...]
    pattern: re.Pattern[str]  # run on the lower-cased sentence, at an opener
    at_start: bool = False  # the opener must begin the sentence

    def gates(self) -> tuple[str, ...]:
        """The literal text before which (or at which) an opener begins: a comma opener
        as written (", which"), a word opener after a space (" such as")."""
        return tuple(_gate(o) for o in self.opens)


def _gate(opener: str) -> str:
    """The literal an opener is found by: ", which" (comma, one space, the words) or
    " such as" (a space, the words)."""
    words = " ".join(opener.strip().lower().lstrip(", ").split())
    return f", {words}" if opener.strip().startswith(",") else f" {words}"


class ClauseFinder:
    """Every clause rule's openers in one Aho-Corasick pass over a sentence (openers at
    the start of the sentence by one ``startswith``); each opener found is confirmed by
    its rule's pattern at that place only."""

    def __init__(self, rules: Sequence[ClauseRule]):
        self.rules = tuple(rules)
        inside = [r for r in self.rules if not r.at_start]
        gates = sorted({g for rule in inside for g in rule.gates()})
        self._owners = [tuple(r for r in inside if g in r.gates()) for g in gates]
        self._skip = [0 if g.startswith(",") else 1 for g in gates]  # the space is not in it
        self._automaton = ahocorasick_rs.AhoCorasick(gates) if gates else None
        # A word opener may also begin the sentence (no space before it).
        self._first = _sentence_openers(self.rules)
        self._any_first = tuple(w for words, _ in self._first for w in words)

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """The background clauses of one sentence: ``(start, end, rule id)``."""
        lowered = text.lower()
        if len(lowered) != len(text):
            return []  # a letter whose lower case is longer ("İ"): offsets would not agree
        out = self._first_spans(lowered, 0, len(lowered))
        if self._automaton is not None:
            self._inside_spans(lowered, [0, len(lowered) + 1], [out])
        return out

    def spans_many(self, texts: Sequence[str]) -> list[list[tuple[int, int, str]]]:
        """``spans`` of each of ``texts`` (the same lists, in the same order). The texts
        in ASCII are read in one lower-casing and one Aho-Corasick pass over them joined by
        newlines (no opener holds a newline, and each confirmation stops at the end of its
        text, ``endpos``); the others one by one (outside ASCII, a long joined text costs
        the automaton more than it saves)."""
        out = [[] if text.isascii() else self.spans(text) for text in texts]
        plain = [i for i, text in enumerate(texts) if text.isascii()]
        if not plain:
            return out
        lowered = "\n".join([texts[i] for i in plain]).lower()
        starts = [0, *accumulate(len(texts[i]) + 1 for i in plain)]
        if self._any_first:
            for j, i in enumerate(plain):
                out[i].extend(self._first_spans(lowered, starts[j], starts[j + 1] - 1))
        if self._automaton is not None:
            self._inside_spans(lowered, starts, [out[i] for i in plain])
        return out

    def _first_spans(self, lowered: str, at: int, end: int) -> list[tuple[int, int, str]]:
        """The clauses whose word opener begins the text ``lowered[at:end]`` (offsets from
        ``at``)."""
        out: list[tuple[int, int, str]] = []
        if not self._any_first or not lowered.startswith(self._any_first, at, end):
            return out
        for openers, rule in self._first:
            if lowered.startswith(openers, at, end):
                m = rule.pattern.match(lowered, at, end)
                if m is not None:
                    out.append((m.start() - at, m.end() - at, rule.id))
        return out

    def _inside_spans(
        self, lowered: str, starts: list[int], out: list[list[tuple[int, int, str]]]
    ) -> None:
        """Add to ``out[j]`` the clauses whose opener the automaton finds inside text ``j``
        of ``lowered`` (the texts joined by newlines; text ``j`` begins at ``starts[j]``
        and ends one before ``starts[j + 1]``; offsets from its beginning)."""
        for gate, start, _ in self._automaton.find_matches_as_indexes(lowered, overlapping=True):
            j = bisect_right(starts, start) - 1
            first, end = starts[j], starts[j + 1] - 1
            at = start + self._skip[gate]
            for rule in self._owners[gate]:
                m = rule.pattern.match(lowered, at, end)
                if m is not None:
                    out[j].append((m.start() - first, m.end() - first, rule.id))


def _sentence_openers(
    rules: Sequence[ClauseRule],
) -> tuple[tuple[tuple[str, ...], ClauseRule], ...]:
    """Per rule with word openers: those openers without their leading space (as they
    stand at the start of a sentence), and the rule."""
    return tuple(
        (words, r)
        for r in rules
        if (words := tuple(g[1:] for g in r.gates() if not g.startswith(",")))
    )
