"""Theme coding and mention finding before and after a change to the candidate finder
(``analysis.annotators.term_index``): CPU seconds, and the tables checked equal (issue 13).

``--ab`` runs before and after in one process, alternating (the machine is shared, so
timings taken at different times differ by more than the change), checking that every
table is equal. Before: theme coding tries every word a term's first word anchors
(``theme_index`` only) and words are found by the regex trie
(``analysis.annotators.term_index.anchor_regex``, swapped in for ``AnchorIndex._scan``); after:
theme coding tries only places where a whole literal term occurs (``PlaceCoder``) and
words are found by the Aho-Corasick pass:

    .venv/bin/python benchmarks/candidates.py --ab seeds /tmp/corpus-1000

Or run once on the old code with ``--save DIR`` (writes each corpus's ``theme_hits`` and
``mentions`` tables and the timings), then on the new code with ``--compare DIR`` (checks
every table with ``assert_frame_equal`` and prints both timings):

    .venv/bin/python benchmarks/candidates.py --save /tmp/before seeds /tmp/corpus-1000
    .venv/bin/python benchmarks/candidates.py --compare /tmp/before seeds /tmp/corpus-1000
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def tables(folder: Path | object, repeat: int) -> tuple[dict[str, pd.DataFrame], dict[str, float]]:
    """``theme_hits`` and ``extract_mentions`` of the corpus in ``folder`` (or of a loaded
    corpus), and the median process CPU seconds of each over ``repeat`` runs (dictionaries
    loaded beforehand)."""
    from analysis.annotators.entities import extract_mentions
    from analysis.annotators.gazetteer import load_gazetteer
    from analysis.annotators.themes import resolve_themes, theme_hits
    from analysis.ingest.corpus import load_corpus

    corpus = load_corpus(folder, cache=False) if isinstance(folder, Path) else folder
    themes = tuple(resolve_themes(None))
    gazetteer = load_gazetteer()
    out: dict[str, pd.DataFrame] = {}
    seconds: dict[str, float] = {}
    for name, run in (
        ("theme_hits", lambda: theme_hits(corpus, themes)),
        ("mentions", lambda: extract_mentions(corpus, gazetteer)),
    ):
        times = []
        for _ in range(repeat):
            t = time.process_time()
            out[name] = run()
            times.append(time.process_time() - t)
        seconds[name] = sorted(times)[len(times) // 2]
    return out, seconds


def _regex_scan(self: object, text: str) -> list[tuple[int, str, tuple[int, ...]]]:
    """``AnchorIndex._scan`` as the code did it before issue 13: the trie regex."""
    from analysis.annotators.term_index import anchor_regex

    regex = self.__dict__.get("_regex")
    if regex is None:
        prefix = [w for _, table in self._prefix for w in table]  # type: ignore[attr-defined]
        regex = self.__dict__["_regex"] = anchor_regex(self._exact, prefix)  # type: ignore[attr-defined]
    out, memo = [], self._memo  # type: ignore[attr-defined]
    for m in regex.finditer(text):
        word = m.group(0)
        hits = memo.get(word)
        if hits is None:
            hits = self._hits(word)  # type: ignore[attr-defined]
        if hits:
            out.append((m.start(), word, hits))
    return out


class _AnchorPathOnly:
    """A ``PlaceCoder`` stand-in that reads no sentence, so ``theme_hits`` codes every
    sentence by the anchor path (``theme_index``), as before whole-term keys."""

    def scan(self, text: str) -> None:
        return None


def alternate(folder: Path, repeat: int) -> str:
    """Before and after, ``repeat`` times each, alternating; the tables checked equal; a
    line per table with the median CPU seconds of each. Before: the anchor path only
    (``theme_index``: Aho-Corasick of first words, every anchored word tried) with the
    regex trie's word finder (``anchor_regex``) for the mentions; after: whole literal
    terms (``PlaceCoder``) and the Aho-Corasick word finder."""
    # theme_hits looks place_coder up there
    import analysis.annotators.theme_coding as themes_module
    from analysis.annotators.term_index import AnchorIndex
    from analysis.ingest.corpus import load_corpus

    corpus = load_corpus(folder, cache=False)
    fast, coder = AnchorIndex._scan, themes_module.place_coder
    seconds: dict[str, dict[str, list[float]]] = {"before": {}, "after": {}}
    frames: dict[str, dict[str, pd.DataFrame]] = {}
    try:
        for _ in range(repeat):
            for label, scan, places in (
                ("before", _regex_scan, lambda themes: _AnchorPathOnly()),
                ("after", fast, coder),
            ):
                AnchorIndex._scan = scan  # type: ignore[method-assign]
                themes_module.place_coder = places  # type: ignore[assignment]
                found, secs = tables(corpus, 1)
                frames[label] = found
                for name, value in secs.items():
                    seconds[label].setdefault(name, []).append(value)
    finally:
        AnchorIndex._scan = fast  # type: ignore[method-assign]
        themes_module.place_coder = coder
    lines = []
    for name in frames["after"]:
        pd.testing.assert_frame_equal(frames["after"][name], frames["before"][name])
        before, after = (sorted(seconds[k][name])[repeat // 2] for k in ("before", "after"))
        lines.append(
            f"{folder.resolve().name} {name}: {len(frames['after'][name])} rows equal; "
            f"CPU s (median of {repeat}) {before:.2f} -> {after:.2f}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    """Save or compare the tables of each corpus folder given."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", type=Path, nargs="+")
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--save", type=Path)
    mode.add_argument("--compare", type=Path)
    mode.add_argument("--ab", action="store_true")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    if args.ab:
        for folder in args.folders:
            print(alternate(folder, args.repeat))
        return
    store = args.save or args.compare
    store.mkdir(parents=True, exist_ok=True)
    for folder in args.folders:
        found, seconds = tables(folder, args.repeat)
        key = folder.resolve().name
        if args.save:
            for name, frame in found.items():
                frame.to_pickle(store / f"{key}.{name}.pkl")
            (store / f"{key}.seconds.json").write_text(json.dumps(seconds))
            print(key, {k: len(v) for k, v in found.items()}, seconds)
            continue
        before = json.loads((store / f"{key}.seconds.json").read_text())
        for name, frame in found.items():
            pd.testing.assert_frame_equal(frame, pd.read_pickle(store / f"{key}.{name}.pkl"))
            print(
                f"{key} {name}: {len(frame)} rows equal; CPU s "
                f"{before[name]:.2f} -> {seconds[name]:.2f}"
            )


if __name__ == "__main__":
    main()
