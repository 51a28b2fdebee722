"""TempEval-3 score of ``find_dates`` on the TBAQ training corpus (``make tempeval``).

Reads every ``.tml`` file under the TBAQ folder (default ``../shared/te3/tbaq`` next to the
repository; ``--tbaq DIR`` or the ``TBAQ`` environment variable overrides it), takes the
document creation time (``<DCT>``) as the anchor, runs ``analysis.dates.find_dates`` over the
text of ``<TEXT>`` with every tag removed, and scores the matches against the gold ``TIMEX3``
tags with the measures of the TempEval-3 task paper (UzZaman et al., 2013), implemented here:

- strict match: same character extent; relaxed match: overlapping extents (each gold and
  each system timex is matched at most once, to its largest overlap);
- precision = matched system timexes / system timexes, recall = matched gold / gold, F1;
- type accuracy and value accuracy: the share of relaxed matches with the gold ``type`` /
  ``value``; value F1 = relaxed F1 x value accuracy;
- every figure for all types and for DATE only (gold DATE against system DATE).

Prints the table (all types, DATE only, the TimeBank and AQUAINT parts apart and the two
halves of ``HALVES``, to check that a change helps both) and the 30 most frequent misses, and writes
``benchmarks/tempeval.md``. ``--errors KIND`` (a kind of the recall table, or ``all``)
lists instead every wrong value and miss of that kind with its sentence.

    .venv/bin/python benchmarks/tempeval.py --tbaq /path/to/tbaq
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.dates import DateMatch, TimexPart, find_dates  # noqa: E402

DEFAULT_TBAQ = ROOT.parent / "shared" / "te3" / "tbaq"
OUT = ROOT / "benchmarks" / "tempeval.md"


@dataclass(frozen=True)
class Timex(TimexPart):
    """One temporal expression: a ``TimexPart`` (character extent in the document text,
    type and value) of the document ``doc``."""

    doc: str = ""


@dataclass(frozen=True)
class Document:
    """A TimeML document: plain text, creation time and gold timexes."""

    name: str
    text: str
    dct: pd.Timestamp
    gold: tuple[Timex, ...]
    part: str = ""


def read_tml(path: Path) -> Document:
    """The text of ``<TEXT>`` without tags, its gold TIMEX3 extents and the DCT."""
    root = ET.parse(path).getroot()
    dct_node = root.find("DCT/TIMEX3")
    if dct_node is None:
        raise ValueError(f"{path}: no <DCT><TIMEX3> (document creation time)")
    dct = pd.Timestamp(dct_node.get("value", "")[:10])
    text_node = root.find("TEXT")
    if text_node is None:
        raise ValueError(f"{path}: no <TEXT> element")
    parts: list[str] = []
    gold: list[Timex] = []

    def walk(node: ET.Element) -> None:
        start = sum(map(len, parts))
        parts.append(node.text or "")
        for child in node:
            walk(child)
            parts.append(child.tail or "")
        if node.tag == "TIMEX3":
            end = sum(map(len, parts))
            text = "".join(parts)[start:end]
            gold.append(
                Timex(start, end, text, node.get("type", ""), node.get("value", ""), doc=path.stem)
            )

    walk(text_node)
    part = next((p for p in PARTS if p in path.parts), "")
    return Document(path.stem, "".join(parts), dct, tuple(gold), part)


def _fallback_value(match: DateMatch) -> str:
    """A TIMEX3 value for a match of a ``find_dates`` without TimeML output."""
    if match.date_start is None:
        return ""
    start, end = match.date_start, match.date_end
    if match.precision == "day" and start == end:
        return start.strftime("%Y-%m-%d")
    if match.precision == "month" and start.month == end.month and start.year == end.year:
        return start.strftime("%Y-%m")
    if start.year == end.year:
        return str(start.year)
    return f"{start.year}/{end.year}"


def system_timexes(doc: Document) -> list[Timex]:
    """The matches of ``find_dates`` over the document, anchored at its DCT, as timexes."""
    out = []
    for match in find_dates(doc.text, anchor=doc.dct):
        parts = getattr(match, "timex", None)
        if parts is None:  # a find_dates without TimeML output (the BEFORE figures)
            value = _fallback_value(match)
            out.append(Timex(match.start, match.end, match.text, "DATE", value, doc=doc.name))
            continue
        for part in parts:
            out.append(Timex(part.start, part.end, part.text, part.type, part.value, doc=doc.name))
    return out


def _overlap(a: Timex, b: Timex) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def match_pairs(
    gold: list[Timex], system: list[Timex], *, strict: bool
) -> list[tuple[Timex, Timex]]:
    """One-to-one pairs of a gold and a system timex of the same document: same extent
    (``strict``) or overlapping, the largest overlaps first."""
    candidates = []
    by_doc: dict[str, list[Timex]] = {}
    for s in system:
        by_doc.setdefault(s.doc, []).append(s)
    for g in gold:
        for s in by_doc.get(g.doc, []):
            if strict and (g.start, g.end) != (s.start, s.end):
                continue
            overlap = _overlap(g, s)
            if overlap > 0:
                candidates.append((-overlap, g.start, s.start, g, s))
    used_g: set[Timex] = set()
    used_s: set[Timex] = set()
    pairs = []
    for _o, _gs, _ss, g, s in sorted(candidates, key=lambda c: c[:3]):
        if g in used_g or s in used_s:
            continue
        used_g.add(g)
        used_s.add(s)
        pairs.append((g, s))
    return pairs


def _prf(n_pairs: int, n_gold: int, n_system: int) -> tuple[float, float, float]:
    p = n_pairs / n_system if n_system else 0.0
    r = n_pairs / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold: list[Timex], system: list[Timex]) -> dict[str, float]:
    """TempEval-3 measures (percentages) of ``system`` against ``gold``."""
    strict = match_pairs(gold, system, strict=True)
    relaxed = match_pairs(gold, system, strict=False)
    sp, sr, sf = _prf(len(strict), len(gold), len(system))
    rp, rr, rf = _prf(len(relaxed), len(gold), len(system))
    n = len(relaxed) or 1
    type_acc = sum(g.type == s.type for g, s in relaxed) / n
    value_acc = sum(g.value == s.value for g, s in relaxed) / n
    return {
        "gold": len(gold),
        "system": len(system),
        "strict P": 100 * sp,
        "strict R": 100 * sr,
        "strict F1": 100 * sf,
        "relaxed P": 100 * rp,
        "relaxed R": 100 * rr,
        "relaxed F1": 100 * rf,
        "type acc": 100 * type_acc,
        "value acc": 100 * value_acc,
        "value F1": 100 * rf * value_acc,
    }


#: Kinds of gold expression (first that applies), for the recall table and the misses.
KINDS: tuple[tuple[str, str], ...] = (
    ("set", r"^SET$"),
    ("time of day", r"^TIME$"),
    ("duration", r"^DURATION$"),
    (
        "now / currently / recently",
        r"\b(now|current(ly)?|recent(ly)?|present|nowadays|today's|these days)\b",
    ),
    ("today / yesterday / tomorrow", r"\b(today|yesterday|tomorrow|tonight)\b"),
    ("weekday", r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"),
    ("ago / earlier / later", r"\b(ago|earlier|later|before|after)\b"),
    ("quarter / half / season", r"\b(quarter|half|spring|summer|autumn|fall|winter)\b|-Q\d|-H\d"),
    ("relative unit", r"\b(last|this|next|past|previous|coming|current|same)\b"),
    ("month-day without year", r"^\d{4}-\d\d-\d\d$"),
    ("month without year", r"^\d{4}-\d\d$"),
    ("year / decade", r"^\d{2,4}$"),
)


def kind_of(timex: Timex) -> str:
    """The kind of a gold timex (type, then words, then value shape)."""
    for kind, pattern in KINDS[:3]:
        if re.search(pattern, timex.type):
            return kind
    for kind, pattern in KINDS[3:9]:
        if re.search(pattern, timex.text, re.IGNORECASE):
            return kind
    has_year = re.search(r"\b\d{4}\b|'\d\d\b", timex.text)
    for kind, pattern in KINDS[9:11]:
        if re.search(pattern, timex.value):
            return kind.replace(" without year", "") if has_year else kind
    if re.search(KINDS[11][1], timex.value):
        return "year / decade"
    return "other"


def _table(rows: dict[str, dict[str, float]]) -> list[str]:
    cols = ["strict P", "strict R", "strict F1", "relaxed P", "relaxed R", "relaxed F1",
            "type acc", "value acc", "value F1"]  # fmt: skip
    lines = ["| | gold | system | " + " | ".join(cols) + " |", "|---" * (len(cols) + 3) + "|"]
    for name, s in rows.items():
        cells = " | ".join(f"{s[c]:.1f}" for c in cols)
        lines.append(f"| {name} | {s['gold']} | {s['system']} | {cells} |")
    return lines


#: Other systems on TBAQ with these measures (issue 12; same kind of machine):
#: (system, relaxed P, relaxed R, value acc, value F1 all types, value F1 DATE, seconds).
REFERENCE = (
    ("this project before issue 12 (commit 4c729a4)", 96.3, 28.9, 79.7, 35.4, 40.8, 0.26),
    ("this project at commit 8d93cf6 (first rewrite)", 92.6, 94.0, 84.6, 79.0, 80.0, 0.60),
    ("this project at commit 82093f4 (before the value work)", 93.0, 95.3, 85.5, 80.5, 81.3, 0.31),
    (
        "this project at commit c37b130 (before the anchoring work)",
        93.2,
        95.5,
        86.4,
        81.6,
        82.3,
        0.34,
    ),
    (
        "this project at commit 4b33321 (before the extent and type pass)",
        93.2,
        95.5,
        86.6,
        81.7,
        82.5,
        0.37,
    ),
    (
        "this project at commit 2e495f9 (before the pass of branch dates12b)",
        93.4,
        95.6,
        87.0,
        82.2,
        83.3,
        1.07,
    ),
    (
        "this project at commit 8311087 (before the pass of branch dates12c)",
        93.4,
        95.6,
        87.2,
        82.3,
        83.5,
        0.41,
    ),
    ("HeidelTime 2.2.1 (Java, rule-based)", None, None, None, 77.4, 78.3, 112.0),
    ("dateparser `search_dates`", None, None, None, 32.0, 36.5, 8.0),
)
#: Per kind of expression, (found, right value) at commit 4b33321, for the recall table.
KINDS_BEFORE: dict[str, tuple[int, int]] = {
    "weekday": (337, 296), "duration": (236, 207), "relative unit": (197, 152),
    "month-day without year": (153, 148), "year / decade": (140, 135),
    "quarter / half / season": (133, 121), "ago / earlier / later": (109, 70),
    "now / currently / recently": (103, 97), "today / yesterday / tomorrow": (104, 102),
    "month without year": (85, 77), "other": (45, 23), "time of day": (26, 17), "set": (28, 21),
    "month-day": (28, 25), "month": (16, 16),
}  # fmt: skip
#: Targets of issue 12.
TARGETS = "value F1 >= 82 (all types) and >= 85 (DATE only), relaxed P >= 90, <= 2 s"


def _comparison(rows: dict[str, dict[str, float]], seconds: float) -> list[str]:
    def cell(value: float | None) -> str:
        return "" if value is None else f"{value:.1f}"

    now, date = rows["all types"], rows["DATE only"]
    lines = [
        "| system | relaxed P | relaxed R | value acc | value F1 all | value F1 DATE | seconds |",
        "|---|---|---|---|---|---|---|",
        f"| **this project** | {now['relaxed P']:.1f} | {now['relaxed R']:.1f} | "
        f"{now['value acc']:.1f} | {now['value F1']:.1f} | {date['value F1']:.1f} | "
        f"{seconds:.2f} |",
    ]
    for name, *values, secs in REFERENCE:
        cells = " | ".join(cell(v) for v in values)
        lines.append(f"| {name} | {cells} | {secs:g} |")
    return [*lines, "", f"Targets (issue 12): {TARGETS}."]


#: The parts of TBAQ, told by the folder a document is in.
PARTS = ("TimeBank", "AQUAINT")


#: The two halves of TBAQ for development without overfitting: the documents in the order of
#: their file names, A the even places (0, 2, ...; the half rules are studied on), B the odd
#: (the half kept for checking that a change helps beyond what was looked at).
HALVES = ("half A", "half B")


def _halves(docs: list[Document]) -> list[tuple[str, set[str]]]:
    """(name, document names) of the two halves of ``docs`` (``HALVES``)."""
    names = sorted(d.name for d in docs)
    return [(HALVES[0], set(names[0::2])), (HALVES[1], set(names[1::2]))]


def score_rows(docs: list[Document], system: list[Timex]) -> dict[str, dict[str, float]]:
    """The scores for all types, DATE only, each part of TBAQ (TimeBank, AQUAINT) and each
    half (``HALVES``), so that a change can be checked on both apart (a guard against
    fitting one)."""
    gold = [g for d in docs for g in d.gold]
    rows = {
        "all types": score(gold, system),
        "DATE only": score(
            [g for g in gold if g.type == "DATE"], [s for s in system if s.type == "DATE"]
        ),
    }
    for part, names in [
        *((p, {d.name for d in docs if d.part == p}) for p in PARTS),
        *_halves(docs),
    ]:
        if names:
            part_gold = [g for g in gold if g.doc in names]
            part_system = [s for s in system if s.doc in names]
            rows[f"{part} (all types)"] = score(part_gold, part_system)
            rows[f"{part} (DATE only)"] = score(
                [g for g in part_gold if g.type == "DATE"],
                [s for s in part_system if s.type == "DATE"],
            )
    return rows


def errors(docs: list[Document], system: list[Timex], kind: str) -> list[str]:
    """One line per relaxed match of a gold timex of ``kind`` ("all" for every kind) whose
    value is wrong, and per miss: document, DCT, gold text and value, system value, and
    the sentence around it (for error analysis; ``--errors KIND``)."""
    gold = [g for d in docs for g in d.gold]
    found = dict(match_pairs(gold, system, strict=False))
    by_name = {d.name: d for d in docs}
    lines = []
    for g in gold:
        if kind != "all" and kind_of(g) != kind:
            continue
        s = found.get(g)
        if s is not None and s.value == g.value:
            continue
        doc = by_name[g.doc]
        left = max(doc.text.rfind(".", 0, g.start - 1), doc.text.rfind("\n", 0, g.start)) + 1
        right = doc.text.find(".", g.end)
        sentence = " ".join(doc.text[left : right + 1 if right >= 0 else None].split())
        got = "MISSED" if s is None else f"{s.value} [{s.text}]"
        lines.append(
            f"{doc.name} dct={doc.dct:%Y-%m-%d} | {g.text!r} gold={g.value} sys={got} | {sentence}"
        )
    return lines


def report(
    docs: list[Document], system: list[Timex], seconds: float, cpu_seconds: float | None = None
) -> str:
    """The Markdown report: scores, per-kind recall, the 30 most frequent misses
    (``cpu_seconds``: the process's CPU time for the same runs, which a loaded machine
    does not inflate the way it inflates ``seconds``)."""
    gold = [g for d in docs for g in d.gold]
    rows = score_rows(docs, system)
    relaxed = match_pairs(gold, system, strict=False)
    found = {g: s for g, s in relaxed}
    per_kind: dict[str, list[int]] = {}
    misses: Counter[tuple[str, str]] = Counter()
    wrong: Counter[tuple[str, str, str]] = Counter()
    for g in gold:
        kind = kind_of(g)
        tally = per_kind.setdefault(kind, [0, 0, 0])
        tally[0] += 1
        if g in found:
            tally[1] += 1
            tally[2] += found[g].value == g.value
            if found[g].value != g.value:
                wrong[(kind, g.text.lower(), f"{g.value} / {found[g].value}")] += 1
        else:
            misses[(kind, g.text.lower())] += 1
    matched_s = {s for _g, s in relaxed}
    false_pos = Counter(s.text.lower() for s in system if s not in matched_s)
    lines = [
        "# TempEval-3 score on TBAQ (`make tempeval`)",
        "",
        f"{len(docs)} documents, {len(gold)} gold TIMEX3; `find_dates` over every document in one "
        f"process: {seconds:.2f} s (median of {REPEATS} cold runs"
        + (f"; {cpu_seconds:.2f} s of CPU time" if cpu_seconds is not None else "")
        + "). Measures of the TempEval-3 "
        "task paper (own scorer, `benchmarks/tempeval.py`).",
        "",
        *_table(rows),
        "",
        *_comparison(rows, seconds),
        "",
        "## Recall by kind of expression",
        "",
        "| kind | gold | found (relaxed) | recall | right value | found / right value at 4b33321 |",
        "|---|---|---|---|---|---|",
    ]
    for kind, (n, hit, right) in sorted(per_kind.items(), key=lambda kv: -kv[1][0]):
        before = "{} / {}".format(*KINDS_BEFORE[kind]) if kind in KINDS_BEFORE else ""
        lines.append(f"| {kind} | {n} | {hit} | {100 * hit / n:.1f} | {right} | {before} |")
    lines += ["", "## The 30 most frequent misses", "", "| kind | text | n |", "|---|---|---|"]
    for (kind, text), n in sorted(misses.items(), key=lambda kv: (-kv[1], kv[0]))[:30]:
        lines.append(f"| {kind} | {text} | {n} |")
    lines += ["", "## The 20 most frequent wrong values (gold / system)", ""]
    lines += ["| kind | text | values | n |", "|---|---|---|---|"]
    for (kind, text, values), n in sorted(wrong.items(), key=lambda kv: (-kv[1], kv[0]))[:20]:
        lines.append(f"| {kind} | {text} | {values} | {n} |")
    lines += ["", "## The 20 most frequent false positives", "", "| text | n |", "|---|---|"]
    for text, n in sorted(false_pos.items(), key=lambda kv: (-kv[1], kv[0]))[:20]:
        lines.append(f"| {text} | {n} |")
    return "\n".join(lines) + "\n"


#: The heading of the hand-written part of ``tempeval.md`` (the changes and what each did
#: on both halves): a re-run keeps everything from it on.
HISTORY_HEADING = "## Changes, measured on both halves"


def kept_history(path: Path) -> str:
    """The hand-written part of the report at ``path`` (from ``HISTORY_HEADING`` on), or ""."""
    if not path.exists():
        return ""
    text = path.read_text(encoding="utf-8")
    at = text.find(HISTORY_HEADING)
    return "" if at < 0 else "\n" + text[at:]


REPEATS = 3


def _clear_cache() -> None:
    """Empty ``find_dates``'s cache of texts, so that each timed run reads every text."""
    from analysis.dates import scan

    clear = getattr(getattr(scan, "_find_dates_cached", None), "cache_clear", None)
    if clear is not None:
        clear()


def main(argv: list[str] | None = None) -> int:
    """Score ``find_dates`` on TBAQ, print the report and write ``benchmarks/tempeval.md``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tbaq", type=Path, default=Path(os.environ.get("TBAQ", DEFAULT_TBAQ)))
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--errors",
        metavar="KIND",
        help="list the wrong values and misses of one kind of expression (or 'all') with "
        "their sentences instead of writing the report",
    )
    args = parser.parse_args(argv)
    files = sorted(args.tbaq.rglob("*.tml"))
    if not files:
        print(f"no .tml files under {args.tbaq}: pass --tbaq DIR (or TBAQ=DIR)", file=sys.stderr)
        return 2
    docs = [read_tml(path) for path in files]
    if args.errors:
        system = [t for d in docs for t in system_timexes(d)]
        print("\n".join(errors(docs, system, args.errors)))
        return 0
    times, cpu_times = [], []
    for _ in range(REPEATS):  # median of cold runs (find_dates keeps a cache of texts)
        _clear_cache()
        began, began_cpu = time.perf_counter(), time.process_time()
        system = [t for d in docs for t in system_timexes(d)]
        times.append(time.perf_counter() - began)
        cpu_times.append(time.process_time() - began_cpu)
    seconds = statistics.median(times)
    text = report(docs, system, seconds, statistics.median(cpu_times))
    print(text)
    args.out.write_text(text + kept_history(args.out), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
