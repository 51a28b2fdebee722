"""Resource-abuse benchmark: one hostile file of a given size and shape, loaded and
annotated, with its time and peak memory (issue 11: a 10 MB file of any shape must load
and annotate in at most 500 MB and 30 s).

Each (shape, size) runs in a fresh child process that writes one generated article into
a temporary seeds folder, then times ``load_corpus`` (no cache) and ``annotate``, and
reports its peak resident memory (``ru_maxrss``, imports included) and how much of it the
two steps added. The parent kills a child that passes ``--kill-mb`` or ``--timeout``, so
a regression cannot take the machine down with it. Prints one line per run:

    .venv/bin/python benchmarks/abuse.py                       # every shape, 0.5 and 9.9 MB
    .venv/bin/python benchmarks/abuse.py --shapes one_sentence --sizes 0.5

Shapes (all text is our own placeholder prose):

one_sentence      one line, one "sentence" (no full stop), a dated visit every ~150
                  characters: what a scraped page with its punctuation lost looks like
many_lines        short lines without full stops, one paragraph each (a list page)
many_dates        ordinary sentences, each with several dates, triggers and countries
one_word          one line of letters without a space (a base64 blob pasted as text)
numbers           one line of numbers and years ("2021 2022 1,000 ..."), claim-like
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LIMIT_MB, LIMIT_S = 500, 30
MONTHS = ("January", "March", "May", "July", "September", "November")
COUNTRIES = ("China", "Laos", "Cambodia", "Japan", "India", "Cuba", "Singapore", "France")


def _visit(i: int) -> str:
    year = 1990 + i % 35
    month = MONTHS[i % len(MONTHS)]
    country = COUNTRIES[i % len(COUNTRIES)]
    return f"the delegation of Vietnam visited {country} on {1 + i % 28} {month} {year}"


def _clause_sentence(i: int) -> str:
    return (
        f"On {1 + i % 28} {MONTHS[i % 6]} {2000 + i % 25} the two sides held talks in "
        f"{COUNTRIES[i % 8]}, and in {MONTHS[(i + 1) % 6]} {2001 + i % 24} they signed an "
        f"agreement with {COUNTRIES[(i + 3) % 8]} on trade, which {140 + i % 50} parties welcomed."
    )


def _repeat(make, n_bytes: int, sep: str) -> str:
    parts, size, i = [], 0, 0
    while size < n_bytes:
        part = make(i)
        parts.append(part)
        size += len(part.encode("utf-8")) + len(sep)
        i += 1
    return sep.join(parts)


def make_text(shape: str, n_bytes: int) -> str:
    """A placeholder article of about ``n_bytes`` bytes (UTF-8) in the given shape, with
    a title line and a dateline before the hostile body."""
    head = "Placeholder page on Vietnam's external relations\n\nHanoi, March 3, 2024\n\n"
    body_bytes = max(0, n_bytes - len(head))
    if shape == "one_sentence":
        body = "Over the years " + _repeat(_visit, body_bytes, ", and ")
    elif shape == "many_lines":
        body = _repeat(lambda i: f"Item {i}: {_visit(i)}", body_bytes, "\n")
    elif shape == "many_dates":
        body = _repeat(_clause_sentence, body_bytes, " ")
    elif shape == "one_word":
        body = ("QmFzZTY0IGJsb2IgcGxhY2Vob2xkZXI" * (body_bytes // 31 + 1))[:body_bytes]
    elif shape == "numbers":
        body = _repeat(lambda i: f"{1990 + i % 35} {i % 997},{i % 1000:03d}", body_bytes, " ")
    else:
        raise ValueError(f"unknown shape {shape!r}; choose from {list(SHAPES)}")
    return head + body + "\n"


SHAPES = ("one_sentence", "many_lines", "many_dates", "one_word", "numbers")


def measure(shape: str, mb: float) -> dict[str, object]:
    """In this process: write the file, load and annotate it; figures as a dict."""
    from analysis import annotate, load_corpus

    with tempfile.TemporaryDirectory(prefix="vn-abuse-") as tmp:
        seeds = Path(tmp) / "seeds"
        seeds.mkdir()
        (seeds / f"abuse_{shape}.txt").write_text(make_text(shape, int(mb * 1e6)), encoding="utf-8")
        base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        t = time.perf_counter()
        corpus = load_corpus(seeds, cache=False)
        load_s = time.perf_counter() - t
        t = time.perf_counter()
        tables = annotate(corpus, jobs=1)
        annotate_s = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "load_s": load_s,
        "annotate_s": annotate_s,
        "peak_mb": peak,
        "added_mb": peak - base,
        "rejected": len(corpus.rejected),
        "sentences": len(corpus.sentences),
        "longest_evidence": max(
            [int(t["evidence"].str.len().max()) for t in (tables.events, tables.claims) if len(t)]
            or [0]
        ),
        "rows": {name: len(table) for name, table in tables.tables()},
    }


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def run_child(shape: str, mb: float, *, kill_mb: float, timeout: float) -> dict[str, object]:
    """``measure`` in a fresh process, killed above ``kill_mb`` MB or after ``timeout`` s."""
    cmd = [sys.executable, __file__, "--child", shape, str(mb)]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "VN_CORPUS_CACHE": "0"}
    child = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=env)
    started, worst = time.monotonic(), 0.0
    while child.poll() is None:
        worst = max(worst, _rss_mb(child.pid))
        elapsed = time.monotonic() - started
        if worst > kill_mb or elapsed > timeout:
            child.kill()
            child.wait()
            why = f"killed at {worst:,.0f} MB" if worst > kill_mb else f"killed after {timeout} s"
            return {"error": why, "elapsed_s": elapsed, "peak_mb": worst}
        time.sleep(0.1)
    out = child.stdout.read() if child.stdout else ""
    if child.returncode:
        return {"error": f"exit code {child.returncode}", "peak_mb": worst}
    return json.loads(out.strip().splitlines()[-1])


def _line(shape: str, mb: float, r: dict[str, object]) -> str:
    if "error" in r:
        return f"{shape:<13} {mb:>5.1f} MB  FAILED: {r['error']}"
    total = float(r["load_s"]) + float(r["annotate_s"])
    ok = "ok" if float(r["peak_mb"]) <= LIMIT_MB and total <= LIMIT_S else "OVER"
    return (
        f"{shape:<13} {mb:>5.1f} MB  load {r['load_s']:6.2f} s  annotate {r['annotate_s']:6.2f} s"
        f"  peak {r['peak_mb']:6.0f} MB (+{r['added_mb']:4.0f})  sentences {r['sentences']:>7,}"
        f"  events {r['rows']['events']:>6,}  claims {r['rows']['claims']:>6,}"
        f"  longest evidence {r['longest_evidence']:>4}  {ok}"
    )


def main(argv: list[str] | None = None) -> None:
    """Command line (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shapes", default=",".join(SHAPES))
    parser.add_argument("--sizes", default="0.5,9.9", help="file sizes in MB (1 MB = 1e6 bytes)")
    parser.add_argument("--kill-mb", type=float, default=4000)
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--child", nargs=2, metavar=("SHAPE", "MB"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(measure(args.child[0], float(args.child[1]))))
        return
    print(f"limits: {LIMIT_MB} MB peak (imports included), {LIMIT_S} s load + annotate")
    for mb in (float(s) for s in args.sizes.split(",")):
        for shape in args.shapes.split(","):
            result = run_child(shape, mb, kill_mb=args.kill_mb, timeout=args.timeout)
            print(_line(shape, mb, result), flush=True)


if __name__ == "__main__":
    main()
