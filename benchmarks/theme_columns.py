"""Theme coding on columns, measured against the per-sentence coder (issue 13, session 19).

An experiment, not the coder: ``analysis.annotators.theme_coding.theme_hits`` codes one
sentence at a time (``PlaceCoder.scan`` finds the matches, ``theme_weighing.sentence_hits``
weighs them). Here the same hits are made a chunk of sentences at a time:

- ``scan_many``: one Aho-Corasick pass over the chunk's masked text (the sentences joined
  by a run of spaces longer than any key holds, so no key reaches across two sentences);
  the hits split by sentence by bisection over their ends (the automaton reports them by
  end), then each sentence's terms tried at its places as ``PlaceCoder.scan`` tries them;
- ``weigh_many``: the candidates (term matches, actor evidence) collected as columns,
  exclusions and context weights applied to all of them at once with ``inside`` (one
  ``searchsorted`` per rule over the spans, a running maximum of their ends), the order
  of ``sentence_hits`` restored with one ``lexsort``.

``term_rows_columns`` gives exactly the rows of ``term_rows_reference`` (the loop of
``theme_hits``): checked here on the whole corpus and in ``tests/test_theme_columns.py``
on generated and sample sentences. Measured slower than the reference
(``benchmarks/results.md``, "Theme coding on columns"): the work left per candidate in
Python (a ``re.Match`` to read, a row to build) costs more than the per-sentence loop it
replaces, which is why it is not the coder.

    .venv/bin/python benchmarks/theme_columns.py /tmp/corpus-1000    # or --generate 1000
"""

from __future__ import annotations

import re
import statistics
import sys
import time
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.annotators.phrase_index import PhraseIndex, has_whitespace_run  # noqa: E402
from analysis.annotators.term_index import (  # noqa: E402
    _ascii_lookalike,
    mask_non_words,
    matches_at,
)
from analysis.annotators.theme_dictionary import Theme  # noqa: E402
from analysis.annotators.theme_matching import (  # noqa: E402
    PlaceCoder,
    match_places,
    place_coder,
    scan_sentence,
)
from analysis.annotators.theme_slots import CodingPlan, coding_plan, theme_index  # noqa: E402
from analysis.annotators.theme_weighing import (  # noqa: E402
    Scanned,
    _actor_evidence,
    _Contexts,
    sentence_hits,
)

_START_KEY = itemgetter(1, 0)
_SPACE_RUN = re.compile(" +")


def readable(index: PhraseIndex, text: str, lowered: str) -> bool:
    """Whether ``PhraseIndex.key_hits`` reads ``text`` (``lowered``: its lower case): the
    offsets survive lower-casing, no whitespace run, no letter that ``re.IGNORECASE``
    folds unlike ``str.lower``."""
    if len(lowered) != len(text) or has_whitespace_run(text):
        return False
    return text.isascii() or not (index.rest._odd_case or _ascii_lookalike().search(text))


@lru_cache(maxsize=16)
def _gap(index: PhraseIndex) -> str:
    """What joins two masked texts: a run of spaces longer than any key holds, so that no
    key is found across two texts."""
    return " " * (max((len(r) for k in index.keys for r in _SPACE_RUN.findall(k)), default=0) + 1)


def key_hits_many(
    index: PhraseIndex, texts: Sequence[str]
) -> tuple[list[tuple[int, int, int]], list[tuple[int, int, int] | None]]:
    """``PhraseIndex.key_hits`` of every one of ``texts`` from one automaton pass over
    the masked texts joined: the hits ``(key, start, end)`` of all texts, in the joined
    text's offsets and in the automaton's order (by end), and per text ``(first, stop,
    base)``: its hits are ``[first:stop]`` of that list, and ``start - base`` is the start
    ``key_hits`` gives (``None``: the text is not read)."""
    gap, masked, at = _gap(index), [], 0
    places: list[tuple[int, int, int] | None] = []
    for text in texts:
        lowered = text.lower()
        if readable(index, text, lowered):
            masked.append(mask_non_words(lowered))
            places.append((at, at + len(text) + 2, at))  # its leading space is at ``at``
            at += len(text) + len(gap)
        else:
            places.append(None)
    if index._automaton is None or not masked:
        return [], [None if p is None else (0, 0, 0) for p in places]
    found = index._automaton.find_matches_as_indexes(" " + gap.join(masked) + " ", overlapping=True)
    ends = [hit[2] for hit in found]  # ascending: the automaton reports hits by their end
    return found, [
        None if p is None else (bisect_right(ends, p[0]), bisect_right(ends, p[1]), p[2])
        for p in places
    ]


def scan_many(coder: PlaceCoder, texts: Sequence[str]) -> list[Scanned | None]:
    """``[coder.scan(text) for text in texts]`` (the same matches and starts), the
    candidates of every text found in one pass (``key_hits_many``). Texts without a
    candidate share one result object (read-only)."""
    index = coder.index
    if not index.literal_only:
        return [coder.scan(text) for text in texts]
    n = index.n_patterns
    nothing: Scanned = ({}, {slot: None for slot in index.full_scan if slot not in coder._full})
    found, places = key_hits_many(index, texts)
    out: list[Scanned | None] = []
    for text, place in zip(texts, places, strict=True):
        if place is None:
            out.append(None)
            continue
        first, stop, base = place
        if first == stop and not coder._full:
            out.append(nothing)
            continue
        part = found[first:stop]
        if len(part) > 1:
            part.sort(key=_START_KEY)
        matches, starts = match_places(text, _grouped(coder, part, base), n)
        for slot in index.full_scan:
            if slot in coder._full:
                matches[slot] = list(coder._full[slot].finditer(text))
            else:
                starts[slot] = None
        out.append((matches, starts))
    return out


def _grouped(coder: PlaceCoder, found: list, base: int) -> list[tuple[int, tuple]]:
    """``(start, entry)`` per place of the key hits ``found`` (ordered by start, then key;
    starts ``base`` too far), as ``PlaceCoder._entries_at`` groups them."""
    out, n, i = [], len(found), 0
    while i < n:
        key, start, _ = found[i]
        keys = [key]
        i += 1
        while i < n and found[i][1] == start:
            keys.append(found[i][0])
            i += 1
        group = tuple(keys)
        out.append(
            (start - base, coder._entries.get((group, None)) or coder.entry(group, None, ()))
        )
    return out


# --- weighing the matches of a chunk on columns ------------------------------------------


class _Candidates:
    """The term matches and actor evidence of a chunk as columns, one entry per candidate
    hit: its sentence, theme, place among its theme's hits (0: a term, 1 + j: the j-th
    actor rule), start, end, term, match text, weight, rule and context rules; and the
    spans that hold hits: each (sentence, theme)'s exclusions and each (sentence, context
    rule)'s context."""

    def __init__(self) -> None:
        self.sentence: list[int] = []
        self.theme: list[int] = []
        self.kind: list[int] = []
        self.start: list[int] = []
        self.end: list[int] = []
        self.term: list[str] = []
        self.match: list[str] = []
        self.weight: list[float] = []
        self.rule: list[str] = []
        self.rules: list[tuple] = []
        self.excluded: list[tuple[int, int, int, int]] = []  # sentence, theme, start, end
        self.context: dict[str, list[tuple[int, int, int]]] = {}  # rule id: sentence, s, e

    def add(self, i: int, t: int, kind: int, hit: tuple, rules: tuple) -> None:
        """One candidate of sentence ``i``, theme ``t``: ``hit`` is ``(term, match, start,
        end, weight, rule)``."""
        term, match, start, end, weight, rule = hit
        self.sentence.append(i)
        self.theme.append(t)
        self.kind.append(kind)
        self.start.append(start)
        self.end.append(end)
        self.term.append(term)
        self.match.append(match)
        self.weight.append(weight)
        self.rule.append(rule)
        self.rules.append(rules)


def _collect_sentence(
    out: _Candidates, i: int, text: str, scanned: Scanned, plan: CodingPlan, n: int
) -> None:
    """Add the candidates of sentence ``i`` (its ``scanned`` matches) to ``out``, with the
    exclusions of each theme holding one and the spans of each context rule a candidate
    may lie in (found once per sentence and rule, as ``sentence_hits`` finds them)."""
    matches, starts = scanned
    owner, steps = plan.actor_owner, plan.steps
    contexts = _Contexts(text, starts, plan.context_slots)
    for t in sorted({slot if slot < n else owner[slot] for slot in matches}):
        _, exclude_slot, exclude_pattern, groups, actors = steps[t]
        first = len(out.start)
        for m in matches.get(t, ()):
            term, weight, rules = groups[m.lastgroup]
            out.add(i, t, 0, (term, m.group(0), m.start(), m.end(), weight, ""), rules)
        for j, (rule, k, (term, weight, rules)) in enumerate(actors, 1):
            if k in matches and (found := _actor_evidence(text, rule, matches[k])) is not None:
                out.add(i, t, j, (term, found[1], found[2], found[3], weight, term), rules)
        if len(out.start) == first:
            continue
        if exclude_pattern is not None and exclude_slot in starts:
            for m in matches_at(exclude_pattern, text, starts[exclude_slot]):
                out.excluded.append((i, t, m.start(), m.end()))
        for rule in {r.id: r for rules in out.rules[first:] for r in rules}.values():
            if rule.id not in contexts.found:
                out.context.setdefault(rule.id, []).extend(
                    (i, s, e) for s, e in contexts.spans(rule)
                )


def inside(
    groups: np.ndarray, starts: np.ndarray, ends: np.ndarray, spans: np.ndarray
) -> np.ndarray:
    """Per candidate (its group, start and end): whether a span ``(group, start, end)`` of
    ``spans`` (an ``(m, 3)`` array) of its own group holds it. One ``searchsorted``: the
    spans sorted by group and start, each candidate looks at the spans of its group that
    begin at or before it and takes the furthest end among them (a running maximum)."""
    if not len(spans) or not len(groups):
        return np.zeros(len(groups), dtype=bool)
    big = int(max(spans[:, 2].max(), ends.max())) + 2
    order = np.lexsort((spans[:, 1], spans[:, 0]))
    begin = spans[order, 0] * big + spans[order, 1]
    furthest = np.maximum.accumulate(spans[order, 0] * big + spans[order, 2])
    at = np.searchsorted(begin, groups * big + starts, side="right") - 1
    found = at >= 0
    return found & (furthest[np.maximum(at, 0)] >= groups * big + ends)


def weigh_many(
    texts: Sequence[str], scans: Sequence[Scanned], plan: CodingPlan, themes: Sequence[Theme]
) -> tuple[np.ndarray, list[tuple]]:
    """The hits of the sentences ``texts`` (their ``scans``) as ``sentence_hits`` gives
    them, one after the other: the sentence of each hit (an index into ``texts``) and the
    hit ``(theme, term, match, start, end, weight, rule)``. The candidates are collected
    per sentence (``_collect_sentence``); exclusions, context weights and the order are
    applied to all of them at once (``inside``, ``numpy.lexsort``)."""
    n, out = len(themes), _Candidates()
    for i, (text, scanned) in enumerate(zip(texts, scans, strict=True)):
        if scanned[0]:
            _collect_sentence(out, i, text, scanned, plan, n)
    if not out.start:
        return np.zeros(0, dtype=np.int64), []
    sentence, theme = np.array(out.sentence), np.array(out.theme)
    start, end = np.array(out.start), np.array(out.end)
    keep = ~inside(sentence * n + theme, start, end, _spans(out.excluded, n))
    weight, fired = _context_weights(out, themes, (sentence, theme, start, end))
    order = np.lexsort((np.array(out.kind), start, theme, sentence))
    order = order[keep[order]].tolist()
    ids = [t.id for t in themes]
    columns = (
        [ids[t] for t in out.theme],
        out.term,
        out.match,
        out.start,
        out.end,
        weight.tolist(),
        fired,
    )
    hits = list(zip(*([column[k] for k in order] for column in columns), strict=True))
    return sentence[order], hits


def _spans(rows: list[tuple[int, int, int, int]], n: int) -> np.ndarray:
    """Exclusion spans ``(sentence, theme, start, end)`` as ``(sentence * n + theme,
    start, end)`` rows."""
    spans = np.array(rows, dtype=np.int64).reshape(-1, 4)
    return np.column_stack((spans[:, 0] * n + spans[:, 1], spans[:, 2], spans[:, 3]))


def _context_weights(
    out: _Candidates, themes: Sequence[Theme], where: tuple[np.ndarray, ...]
) -> tuple[np.ndarray, list[str]]:
    """Each candidate's weight times that of every context rule of its term whose span
    holds it (in its theme's rule order), and its ``rule``: the last such rule's id, else
    as collected."""
    sentence, theme, start, end = where
    weight = np.array(out.weight, dtype=np.float64)
    codes: dict[int, int] = {}
    code = np.fromiter((codes.setdefault(id(r), len(codes)) for r in out.rules), np.int64)
    kinds = {id(r): r for r in out.rules}
    last = np.full(len(weight), -1)
    names: list[str] = []
    for t, th in enumerate(themes):
        mine = theme == t
        for rule in th.contexts:
            member = np.array([rule in kinds[k] for k in codes], dtype=bool)[code] & mine
            spans = out.context.get(rule.id)
            if not member.any() or not spans:
                continue
            rows = np.flatnonzero(member)
            held = rows[inside(sentence[rows], start[rows], end[rows], np.array(spans))]
            weight[held] *= rule.weight
            last[held] = len(names)
            names.append(rule.id)
    fired = [out.rule[k] if c < 0 else names[c] for k, c in enumerate(last.tolist())]
    return weight, fired


# --- the two coders, side by side -------------------------------------------------------

CHUNK = 20_000


def term_rows_columns(themes: tuple[Theme, ...], columns: Sequence[list]) -> list[tuple]:
    """The weighed hits of the sentences ``columns`` (doc_id, para_id, sent_id, text
    lists) as rows ``(doc_id, para_id, sent_id, theme, term, match, start, end, weight,
    rule)``, ``CHUNK`` sentences at a time (``scan_many``, ``weigh_many``)."""
    rows: list[tuple] = []
    index, plan, coder = theme_index(themes), coding_plan(themes), place_coder(themes)
    docs, paras, sents, texts = columns
    for first in range(0, len(texts), CHUNK):
        part = texts[first : first + CHUNK]
        scans = [
            scan_sentence(text, plan, index.anchored_words(text), index.full_scan)
            if scanned is None
            else scanned
            for text, scanned in zip(part, scan_many(coder, part), strict=True)
        ]
        where, hits = weigh_many(part, scans, plan, themes)
        for i, hit in zip((where + first).tolist(), hits, strict=True):
            rows.append((docs[i], paras[i], sents[i], *hit))
    return rows


def term_rows_reference(themes: tuple[Theme, ...], columns: Sequence[list]) -> list[tuple]:
    """The same rows one sentence at a time: the loop of ``theme_hits``."""
    rows = []
    index, plan, coder = theme_index(themes), coding_plan(themes), place_coder(themes)
    for doc_id, para_id, sent_id, text in zip(*columns, strict=True):
        scanned = coder.scan(text)
        anchored = index.anchored_words(text) if scanned is None else []
        for hit in sentence_hits(text, themes, anchored, plan, index.full_scan, scanned):
            rows.append((doc_id, para_id, sent_id, *hit))
    return rows


def _each(step: Callable[[Any], object], items: Iterable[Any]) -> None:
    """``step`` of each of ``items``, each result dropped at once (a list of every
    sentence's matches would make Python's garbage collector walk it again and again:
    about half the time of the pass, measured)."""
    for item in items:
        step(item)


def measure(folder: Path, repeat: int) -> str:
    """Both coders and their candidate passes, alternating, ``repeat`` times each (CPU s);
    the rows compared; the report as Markdown."""
    from analysis.annotators.theme_coding import (
        _ROW_ORDER,
        _content_columns,
        _hits_frame,
        collector_paused,
    )
    from analysis.annotators.theme_focus import apply_focus
    from analysis.annotators.themes import resolve_themes, theme_hits
    from analysis.ingest.corpus import load_corpus

    corpus = load_corpus(folder, cache=False)
    themes = tuple(resolve_themes(None))
    columns = _content_columns(corpus)
    texts, coder = columns[3], place_coder(themes)
    rows = term_rows_reference(themes, columns)
    same = term_rows_columns(themes, columns) == rows
    rows.sort(key=_ROW_ORDER)
    coded = [True] * len(rows)
    threshold = {t.id: t.threshold for t in themes}
    steps = {
        "whole: `theme_hits`": lambda: theme_hits(corpus, themes),
        "stage: theme focus (`apply_focus` on the sorted rows)": lambda: apply_focus(
            list(rows), columns, threshold, themes[0].focus
        ),
        "floor: lower-case, mask, one automaton pass (`key_hits_many`)": lambda: _each(
            lambda a: key_hits_many(coder.index, texts[a : a + CHUNK]),
            range(0, len(texts), CHUNK),
        ),
        "floor: the hits table from its rows (`_hits_frame`)": lambda: _hits_frame(rows, coded),
        "candidates: `PlaceCoder.scan` per sentence": lambda: _each(coder.scan, texts),
        "candidates: `scan_many` (one pass per chunk)": lambda: _each(
            lambda a: scan_many(coder, texts[a : a + CHUNK]), range(0, len(texts), CHUNK)
        ),
        "rows: per sentence (`theme_hits`' loop)": lambda: term_rows_reference(themes, columns),
        "rows: on columns (`scan_many` + `weigh_many`)": lambda: term_rows_columns(themes, columns),
    }
    times: dict[str, list[float]] = {name: [] for name in steps}
    for _ in range(repeat):
        for name, step in steps.items():
            t = time.process_time()
            with collector_paused():  # as theme_hits codes
                step()
            times[name].append(time.process_time() - t)
    lines = [
        f"- sentences: {len(texts):,}; rows: {len(rows):,}; identical: {same}",
        "",
        f"| step | CPU s, median of {repeat} | runs |",
        "|---|---|---|",
    ]
    for name, runs in times.items():
        lines.append(
            f"| {name} | {statistics.median(runs):.2f} | {', '.join(f'{x:.2f}' for x in runs)} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    """Print the comparison (Markdown)."""
    from benchmarks.generate import corpus_folder, corpus_parser

    args = corpus_parser(__doc__.splitlines()[0]).parse_args(argv)
    print(measure(corpus_folder(args.folder, args.generate, "columns-"), args.repeat))


if __name__ == "__main__":
    main()
