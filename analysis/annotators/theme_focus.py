"""What a paragraph is about versus what it mentions in passing (issue 18, rounds 7-9).

The top-level ``focus:`` entry of ``analysis/data/themes.yaml`` (its comment documents
it) sets paragraph-level rules, applied by ``theme_hits`` after the terms are weighed
and before a paragraph's summed weight is compared with a theme's threshold:

- **clause rules** (``clauses:``): in a paragraph of at least ``min_words`` words, a hit
  that lies inside a background clause of its sentence -- an example list ("such as",
  "including"), an aside ("especially ..."), a framing adverbial opening the sentence
  ("Amid ...", "In the context of ..."), a purpose or result clause (", contributing to
  ...", "so that ...") or a relative clause (", which ...") -- weighs ``weight`` times
  as much; the hit names the clause rule in its ``rule`` column.
- **passing mentions** (``passing_mention:``): in a paragraph of at least ``min_words``
  words, a theme whose evidence lies in one sentence only, not the paragraph's first (its
  topic sentence), and sums to less than ``factor`` times the theme's threshold is not
  coded; its hits keep their weights and name the rule. ``factors`` gives a theme its
  own factor (0: never passing); a sentence opening with one of ``topical_openers`` (a
  concluding formula, "these results show") counts as topical like the first (round 8).
- **thin evidence** (``thin_evidence:``, round 9): in a paragraph of at least
  ``min_words`` words, a theme with a factor in ``factors`` whose evidence sums to less
  than factor x its threshold is not coded, wherever the evidence stands (the themes of
  generic words: one such word in a long paragraph is usually a passing mention); its
  hits keep their weights and name the rule (a passing mention is named as such).

All are measured in ``benchmarks/themes_results.md`` (rounds 7 to 9). The entry is read
by ``analysis.annotators.theme_focus_file``; the background clauses are found by
``analysis.annotators.clause_finder``. A theme file without a ``focus:`` entry codes as
before.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import count
from operator import itemgetter
from typing import Any

import numpy as np

from analysis.annotators.clause_finder import ClauseFinder, ClauseRule

PASSING_MENTION = "passing_mention"
"""The ``rule`` of the hits of a theme not coded because it is only mentioned in passing."""
THIN_EVIDENCE = "thin_evidence"
"""The ``rule`` of the hits of a theme not coded because a long paragraph names it too
little (``thin_evidence:``)."""

_KEY = itemgetter(0, 1, 3)  # a hit row's paragraph x theme: doc_id, para_id, theme
_WEIGHT = itemgetter(8)


@dataclass(frozen=True, kw_only=True)
class Focus:
    """The ``focus:`` entry of a theme file (see the module docstring)."""

    note: str
    clause_min_words: int
    clause_weight: float
    clauses: tuple[ClauseRule, ...]
    finder: ClauseFinder
    passing_min_words: int
    passing_factor: float
    # Per theme, a factor replacing ``passing_factor`` (0: the theme is never passing).
    passing_factors: tuple[tuple[str, float], ...] = ()
    # Sentence openers (lower case) of a sentence that states the paragraph's point as the
    # topic sentence does ("these results show", "in short"): evidence there is topical.
    topical_openers: tuple[str, ...] = ()
    # Round 9 (thin evidence): in a paragraph of at least ``thin_min_words`` words, a theme
    # with a factor here is coded only when its weight reaches factor x its threshold.
    thin_min_words: int = 0
    thin_factors: tuple[tuple[str, float], ...] = ()

    def factor(self, theme: str) -> float:
        """The passing-mention factor of ``theme``."""
        return dict(self.passing_factors).get(theme, self.passing_factor)

    def thin_factor(self, theme: str) -> float:
        """The thin-evidence factor of ``theme`` (1: the threshold alone, no rule)."""
        return dict(self.thin_factors).get(theme, 1.0)

    def topical(self, sentence: str) -> bool:
        """Whether ``sentence`` opens with one of ``topical_openers``."""
        return bool(self.topical_openers) and sentence.lstrip().lower().startswith(
            self.topical_openers
        )


def clause_spans(text: str, focus: Focus) -> list[tuple[int, int, str]]:
    """The background clauses of one sentence: ``(start, end, rule id)``."""
    return focus.finder.spans(text)


class _Paragraphs:
    """The paragraphs of the coded sentences (doc_id, para_id, sent_id, text lists, in
    corpus order: a paragraph's sentences in a row, numbered from 0, as
    ``split_sentences_table`` makes them): where each paragraph's sentences are, and, when
    asked, its word count and where one of its sentences is. One vectorised look at the
    sentence ids; the words are counted only for the paragraphs the rules read."""

    def __init__(self, columns: Sequence[Sequence[Any]]):
        self.docs, self.paras, self.sent_ids, self.texts = columns
        firsts = np.flatnonzero(np.asarray(self.sent_ids) == 0).tolist()
        ends = [*firsts[1:], len(self.sent_ids)]
        self.rows = {
            (self.docs[a], self.paras[a]): (a, b) for a, b in zip(firsts, ends, strict=True)
        }
        self._words: dict[tuple, int] = {}

    def _indices(self, key: tuple) -> list[int]:
        """Where the paragraph's sentences are in the columns."""
        a, b = self.rows.get(key, (0, 0))
        last = b - 1
        if b > a and (self.docs[last], self.paras[last], self.sent_ids[last]) == (*key, last - a):
            return list(range(a, b))
        # Not laid out as split_sentences_table lays them out: look for them one by one.
        return [i for i, k in enumerate(zip(self.docs, self.paras, strict=True)) if k == key]

    def words(self, key: tuple) -> int:
        """The paragraph's word count (spaces + 1 per sentence)."""
        n = self._words.get(key)
        if n is None:
            texts = self.texts
            n = self._words[key] = sum(texts[i].count(" ") + 1 for i in self._indices(key))
        return n

    def index(self, key: tuple, sent_id: int) -> int:
        """Where one of the paragraph's sentences is in the columns."""
        a, b = self.rows.get(key, (0, 0))
        i = a + sent_id
        if i < b and self.sent_ids[i] == sent_id and self.paras[i] == key[1]:
            return i
        return next(j for j in self._indices(key) if self.sent_ids[j] == sent_id)


def paragraph_scores(rows: Sequence[tuple]) -> dict[tuple, float]:
    """Summed weight per (doc_id, para_id, theme) of hit rows. (Floats only: a container
    per paragraph x theme made Python's garbage collector walk the whole heap.)"""
    return _sums(list(map(_KEY, rows)), rows)


def _sums(keys: list[tuple], rows: Sequence[tuple]) -> dict[tuple, float]:
    """``paragraph_scores`` of ``rows`` whose keys are ``keys`` (added in row order)."""
    score: dict[tuple, float] = {}
    get = score.get
    for key, weight in zip(keys, map(_WEIGHT, rows), strict=True):
        score[key] = get(key, 0.0) + weight
    return score


def apply_focus(
    rows: list[tuple],
    columns: Sequence[Sequence[Any]],
    threshold: dict[str, float],
    focus: Focus,
    evidence: dict[tuple, float] | None = None,
) -> tuple[list[tuple], list[bool]]:
    """Hit rows ``(doc_id, para_id, sent_id, theme, term, match, start, end, weight, rule)``
    with the clause rules applied (``rows`` is changed in place), and per row whether its
    paragraph is coded with its theme (summed weight reaches ``threshold``, and not a
    passing mention nor thin evidence); ``columns``: the coded sentences (doc_id, para_id,
    sent_id, text lists).

    The rules read a paragraph x theme only while its summed weight reaches the threshold
    and stays under ``max(1, its theme's factors) / clause weight`` times it: above that,
    weighing every hit down still codes it, so its hits keep their weights. ``evidence``: the sums
    that choose them (default: the rows' own; ``theme_hits`` gives the dictionary's, so
    that the word model's evidence never changes the dictionary hits' weights).

    The work is done with arrays over the rows, not per hit: each paragraph x theme gets
    a number, its sums and thresholds are arrays, and only the hits of the paragraph x
    themes the rules read are visited in Python (``_read_paragraphs``; a paragraph too
    short for either rule at once skipped). ``tests/test_theme_focus_fast.py`` checks the
    result against a plain implementation on random paragraphs."""
    if not rows:
        return rows, []
    n = len(rows)
    number, ids, score, firsts, theme = _numbered(rows, threshold)
    limits = np.array(list(threshold.values()), dtype=np.float64)
    factors = np.array([focus.factor(t) for t in threshold], dtype=np.float64)
    thin = np.array([focus.thin_factor(t) for t in threshold], dtype=np.float64)
    most = np.maximum(1.0, np.maximum(factors, thin)) / focus.clause_weight  # per theme
    low = (limits - 1e-9)[theme]
    reach = (score >= low) & (score > 0)
    if not reach.any():
        return rows, [False] * len(rows)
    base = score
    if evidence is not None:
        base = np.zeros(n)
        base[firsts] = np.fromiter((evidence.get(k, 0.0) for k in number), np.float64)
    marginal = (base >= low) & (base < (most * limits - 1e-9)[theme]) & (base > 0)
    if not marginal.any():
        return rows, reach[ids].tolist()
    paragraphs = _Paragraphs(columns)
    marked = np.flatnonzero(marginal[ids]).tolist()
    read = _read_paragraphs(rows, ids, marked, paragraphs, focus)
    if read.texts:
        _weigh_clauses(rows, read, focus, score)
    upper = (factors * limits - 1e-9)[theme]
    passing = _passing(rows, read, score, (low, upper), paragraphs, focus)
    reach &= ~(marginal & (score < low))
    if passing:
        reach[passing] = False
        _name_rule(rows, read.ids, read.candidates, set(passing), PASSING_MENTION)
    thinly = np.flatnonzero(marginal & (score >= low) & (score < (thin * limits - 1e-9)[theme]))
    thinly = _thin(rows, thinly, paragraphs, focus)
    reach[thinly] = False
    _name_rule(rows, read.ids, marked, set(thinly) - set(passing), THIN_EVIDENCE)
    return rows, reach[ids].tolist()


def _thin(
    rows: list[tuple], numbers: np.ndarray, paragraphs: _Paragraphs, focus: Focus
) -> list[int]:
    """Of ``numbers`` (paragraph x themes whose evidence reaches the threshold but not
    their theme's thin-evidence factor times it), those in paragraphs long enough for the
    thin-evidence rule (a number is its paragraph x theme's first row)."""
    return [k for k in numbers.tolist() if paragraphs.words(rows[k][:2]) >= focus.thin_min_words]


def _numbered(
    rows: list[tuple], threshold: dict[str, float]
) -> tuple[dict[tuple, int], np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The paragraph x themes of hit rows numbered for ``apply_focus``: the numbers
    (paragraph x theme -> number), per row its number, the summed weight of each number,
    the numbers in order, and each number's theme (its place in ``threshold``)."""
    # A paragraph x theme is numbered by its first row (dict.setdefault with a counter,
    # no Python code per row); the arrays have a place per row, 0 where no number is.
    n = len(rows)
    number: dict[tuple, int] = {}
    ids = np.fromiter(map(number.setdefault, map(_KEY, rows), count()), np.intp, n)
    # np.bincount adds the weights in row order: the sums are paragraph_scores' floats.
    score = np.bincount(ids, np.fromiter(map(_WEIGHT, rows), np.float64, n), n)
    firsts = np.fromiter(number.values(), np.intp, len(number))
    at = {theme: i for i, theme in enumerate(threshold)}
    theme = np.zeros(n, np.intp)
    theme[firsts] = np.fromiter((at[k[2]] for k in number), np.intp, len(number))
    return number, ids, score, firsts, theme


def _name_rule(
    rows: list[tuple], ids: list[int], among: list[int], named: set[int], rule: str
) -> None:
    """Name ``rule`` (passing mention, thin evidence) in the rows ``among`` (``ids``:
    each row's number) of the paragraph x themes numbered ``named``."""
    if not named:
        return
    for i in among:
        if ids[i] in named:
            rows[i] = (*rows[i][:9], _named(rows[i][9], rule))


@dataclass
class _Read:
    """What one pass over the hits of the paragraph x themes the rules read found."""

    ids: list[int]  # per row: the number of its paragraph x theme
    where: dict[int, int]  # per number: the one sentence holding its evidence, or -1
    candidates: list[int]  # rows of those in paragraphs long enough to be passing
    weighed: list[int]  # rows (positive weight) in paragraphs long enough for clauses
    slots: list[int]  # per row of ``weighed``: its sentence's place in ``texts``
    texts: list[str]  # the sentences holding them


def _read_paragraphs(
    rows: list[tuple],
    ids: np.ndarray,
    marked: list[int],
    paragraphs: _Paragraphs,
    focus: Focus,
) -> _Read:
    """One pass over the ``marked`` rows (the hits of the paragraph x themes the rules
    read, in row order; a paragraph shorter than both rules' ``min_words`` is skipped at
    once): per paragraph x theme of a paragraph long enough for the passing-mention rule,
    the one sentence holding its evidence (hits of positive weight; -1 when there are
    several) and its rows; the hits of positive weight of a paragraph long enough for the
    clause rules, and their sentences."""
    read = _Read(ids=ids.tolist(), where={}, candidates=[], weighed=[], slots=[], texts=[])
    number, where, candidates = read.ids, read.where, read.candidates
    weighed, slots, texts = read.weighed, read.slots, read.texts
    weigh = bool(focus.clauses) and focus.clause_weight < 1
    doc, para, sentence, passing, clauses = None, None, None, False, False
    for i in marked:
        row = rows[i]
        if row[1] != para or row[0] != doc:  # rows come paragraph by paragraph
            doc, para, sentence = row[0], row[1], None
            words = paragraphs.words((doc, para))
            passing = words >= focus.passing_min_words
            clauses = weigh and words >= focus.clause_min_words
        if passing:
            candidates.append(i)
        if row[8] <= 0:
            continue
        if passing:
            k = number[i]
            seen = where.get(k, row[2])
            where[k] = row[2] if seen == row[2] else -1
        if clauses:
            if row[2] != sentence:  # and sentence by sentence
                sentence = row[2]
                texts.append(paragraphs.texts[paragraphs.index((doc, para), sentence)])
            weighed.append(i)
            slots.append(len(texts) - 1)
    return read


def _weigh_clauses(rows: list[tuple], read: _Read, focus: Focus, score: np.ndarray) -> None:
    """Multiply by the clause weight the weight of each of the rows ``read.weighed`` that
    lies in a background clause of its sentence (in place, in ``rows`` and in ``score``,
    in row order)."""
    found = focus.finder.spans_many(read.texts)
    weight = focus.clause_weight
    for i, slot in zip(read.weighed, read.slots, strict=True):
        spans = found[slot]
        if not spans:
            continue
        row = rows[i]
        for start, end, rule in spans:
            if start <= row[6] and row[7] <= end:
                new = row[8] * weight
                score[read.ids[i]] -= row[8] - new
                rows[i] = (*row[:8], new, _named(row[9], f"clause:{rule}"))
                break


def _passing(
    rows: list[tuple],
    read: _Read,
    score: np.ndarray,
    bounds: tuple[np.ndarray, np.ndarray],
    paragraphs: _Paragraphs,
    focus: Focus,
) -> list[int]:
    """The numbers of the paragraph x themes that are passing mentions: evidence in one
    sentence, not the first, summing from ``bounds[0]`` up to under ``bounds[1]``, and the
    sentence not opened by a topical opener (a number is its paragraph x theme's first
    row, so ``rows[k]`` names its paragraph)."""
    low, upper = bounds
    passing = [k for k, one in read.where.items() if one > 0 and low[k] <= score[k] < upper[k]]
    if passing and focus.topical_openers:
        passing = [k for k in passing if not _topical(rows[k], read.where[k], paragraphs, focus)]
    return passing


def _topical(row: tuple, sentence: int, paragraphs: _Paragraphs, focus: Focus) -> bool:
    """Whether the one sentence holding a theme's evidence (``sentence`` of the paragraph
    of hit ``row``) opens with a topical opener."""
    return focus.topical(paragraphs.texts[paragraphs.index((row[0], row[1]), sentence)])


def _named(rule: str, name: str) -> str:
    """A hit's ``rule`` with ``name`` added (``; ``-joined after any rule already there)."""
    return f"{rule}; {name}" if rule else name
