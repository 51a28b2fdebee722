"""Compiled multi-pattern matchers as the candidate finder of ``analysis.annotators.term_index``
(issue 13).

For each dictionary (theme terms, gazetteer names and aliases, event triggers, and the
three together as one shared pass) every engine does the job of
``AnchorIndex.anchored_words``: for each sentence, every word start where some anchor
(a term's first word, or a prefix of the word for ``*`` terms) fits, with the word and the
patterns anchored there. The output of every engine is compared with the regex trie's
(the code before issue 13) on every sentence; match time is process CPU time over all content
sentences; memory is the growth of resident memory from importing the library and building
the automaton, measured in a fresh interpreter (for the largest dictionary only).

The other engines are in the ``bench`` extra: ``.venv/bin/pip install -e '.[bench]'``.

    .venv/bin/python benchmarks/matchers.py /tmp/corpus-1000        # a generated corpus
    .venv/bin/python benchmarks/matchers.py --generate 1000          # generates one first
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.annotators.term_index import (  # noqa: E402
    WORD,
    Anchor,
    AnchorIndex,
    WordStartFinder,
    anchor_regex,
    mask_non_words,
)

# "masked": non-word characters turned into spaces and each anchor searched after a space
# (word starts found inside the automaton); otherwise anchors are found anywhere and
# those not at a word start are dropped in Python. hyperscan checks ``\\b`` itself.
ENGINES = (
    "re (trie regex, before)",
    "pyahocorasick",
    "ahocorasick-rs",
    "pyahocorasick, masked",
    "ahocorasick-rs, masked (chosen)",
    "hyperscan",
)
DICTIONARIES = ("themes", "gazetteer", "event triggers", "all three (one pass)")
_LEADING_WORDS = re.compile(r"[A-Za-z]+")


def trigger_anchors(trigger: str) -> list[Anchor]:
    """Prefix anchors of an event trigger regex: the leading letters of each alternative
    of a leading ``(?:a|b)`` group, else of the trigger (a superset of where it can start,
    which is all a candidate finder needs)."""
    if trigger.startswith("(?:"):
        depth, close = 0, 0
        for close, ch in enumerate(trigger):  # noqa: B007 (read after the loop)
            depth += ch == "("
            depth -= ch == ")"
            if depth == 0:
                break
        parts = trigger[3:close].split("|")
    else:
        parts = [trigger]
    found = [_LEADING_WORDS.match(p) for p in parts]
    return [Anchor(m.group(0).lower(), True) for m in found if m]


def dictionaries() -> dict[str, tuple[list[list[Anchor | None]], bool]]:
    """Per dictionary, the anchors of each pattern and whether case is ignored."""
    from analysis.annotators.gazetteer import load_gazetteer
    from analysis.annotators.term_index import literal_anchor, term_anchor
    from analysis.annotators.themes import resolve_themes
    from analysis.core.yaml_files import load_yaml

    themes = tuple(resolve_themes(None))
    theme_anchors = [[term_anchor(t) for t in theme.terms] for theme in themes]
    theme_anchors += [[term_anchor(t) for t in theme.exclude] for theme in themes]
    theme_anchors += [
        [term_anchor(t) for t in rule.names] for theme in themes for rule in theme.actors
    ]
    gaz = load_gazetteer()
    surfaces = sorted({*gaz.index, *gaz.shorts, *gaz.blocked, *gaz.roles})
    gaz_anchors = [[literal_anchor(s) for s in surfaces]]
    path = ROOT / "analysis" / "data" / "event_types.yaml"
    events = load_yaml(path.read_text(encoding="utf-8"), str(path))
    trig = [
        [a for t in spec["triggers"] for a in trigger_anchors(t)]
        for spec in events["types"].values()
    ]
    lowered = [
        [None if a is None else Anchor(a.word.lower(), a.prefix) for a in terms]
        for terms in gaz_anchors
    ]
    return {
        "themes": (theme_anchors, True),
        "gazetteer": (gaz_anchors, False),
        "event triggers": (trig, True),
        "all three (one pass)": (theme_anchors + lowered + trig, True),
    }


def content_texts(folder: Path) -> tuple[list[str], list[str]]:
    """The content sentences of the corpus in ``folder``: as they are, and folded (the
    gazetteer's form)."""
    from analysis.annotators.themes import content_sentences
    from analysis.core.normalize import fold_with_offsets
    from analysis.ingest.corpus import load_corpus

    corpus = load_corpus(folder, cache=False)
    texts = content_sentences(corpus)["text"].tolist()
    return texts, [fold_with_offsets(t)[0] for t in texts]


def _anchored(index: AnchorIndex, found: Iterable[tuple[int, str]]) -> list:
    """``anchored_words`` from the ``(start, word)`` of the words some anchor begins."""
    out, memo = [], index._memo
    for start, word in found:
        if (hits := memo.get(word)) is None:  # as ``AnchorIndex._scan`` does
            hits = index._hits(word)
        if hits:
            out.append((start, word, hits))
    return out


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _post(index: AnchorIndex, text: str, spans: Sequence[tuple[int, int]]) -> list:
    """``anchored_words`` from the (start, end) of anchors found anywhere in ``text``
    (leftmost-longest, non-overlapping): keep those at a word start, read the whole word."""
    out, n = [], len(text)
    for start, end in spans:
        if start and _is_word(text[start - 1]):
            continue
        word = text[start:end] if end == n or not _is_word(text[end]) else None
        if word is None:
            word = WORD.match(text, start).group(0)  # type: ignore[union-attr]
        hits = index._hits(word)
        if hits:
            out.append((start, word, hits))
    return out


def anchor_words(index: AnchorIndex) -> list[str]:
    """Every anchor word of ``index`` (in compared case)."""
    return sorted({*index._exact, *(w for _, table in index._prefix for w in table)})


def build(engine: str, index: AnchorIndex) -> Callable[[str], list]:
    """A function giving ``index.anchored_words(text)`` for a text already in compared case."""
    words = anchor_words(index)
    prefixes = [w for _, table in index._prefix for w in table]
    if engine.startswith("re "):
        regex = anchor_regex(index._exact, prefixes)
        return lambda text: _anchored(
            index, ((m.start(), m.group(0)) for m in regex.finditer(text))
        )
    if engine == "ahocorasick-rs, masked (chosen)":
        return index._scan
    if engine == "pyahocorasick, masked":
        import ahocorasick

        anchors = index._finder.anchors  # the chosen engine's keys, and its exact-word hits
        masked_automaton = ahocorasick.Automaton()
        for k, w in enumerate(anchors):
            masked_automaton.add_word(" " + w, k)
        masked_automaton.make_automaton()

        def masked_words(text: str) -> list:
            masked = " " + mask_non_words(text) + " "
            out = []
            for last, k in masked_automaton.iter_long(masked):
                end = last + 1
                start = end - len(anchors[k]) - 1
                if masked[end] == " ":
                    hits, word = index._whole[k], anchors[k]
                else:
                    word = masked[start + 1 : masked.index(" ", end)]
                    hits = index._hits(word)
                if hits:
                    out.append((start, word, hits))
            return out

        return masked_words
    if engine == "pyahocorasick":
        import ahocorasick

        automaton = ahocorasick.Automaton()
        for w in words:
            automaton.add_word(w, len(w))
        automaton.make_automaton()
        return lambda text: _post(
            index, text, [(e + 1 - k, e + 1) for e, k in automaton.iter_long(text)]
        )
    if engine == "ahocorasick-rs":
        import ahocorasick_rs

        ac = ahocorasick_rs.AhoCorasick(words, matchkind=ahocorasick_rs.MATCHKIND_LEFTMOST_LONGEST)
        return lambda text: _post(
            index, text, [(s, e) for _, s, e in ac.find_matches_as_indexes(text)]
        )
    if engine == "hyperscan":
        import hyperscan

        finder = WordStartFinder(index._exact, prefixes)
        db = hyperscan.Database()
        exact = set(index._exact) - {w for _, table in index._prefix for w in table}
        expressions = [
            rb"\b" + re.escape(w).encode() + (rb"\b" if w in exact else b"") for w in words
        ]
        db.compile(
            expressions=expressions,
            ids=list(range(len(words))),
            flags=[hyperscan.HS_FLAG_SOM_LEFTMOST] * len(words),
        )

        def scan(text: str) -> list:
            if not text.isascii():  # byte offsets would need mapping to characters
                return _anchored(index, finder.words(text))
            found: dict[int, int] = {}

            def on_match(_id: int, start: int, end: int, _flags: int, _ctx: object) -> None:
                if found.get(start, 0) < end:
                    found[start] = end

            db.scan(text.encode(), match_event_handler=on_match)
            return _post(index, text, sorted(found.items()))

        return scan
    raise ValueError(engine)


def memory_mb(engine: str, dictionary: str) -> float:
    """Resident memory growth (MB) from importing ``engine`` and building its automaton for
    ``dictionary``, in a fresh interpreter, after the dictionaries are loaded."""
    code = (
        f"import sys; sys.path.insert(0, {str(ROOT)!r})\n"
        "from benchmarks.matchers import dictionaries, build, _rss\n"
        "from analysis.annotators.term_index import AnchorIndex\n"
        f"anchors, ic = dictionaries()[{dictionary!r}]\n"
        "index = AnchorIndex(anchors, ignore_case=ic)\n"
        "before = _rss()\n"
        f"f = build({engine!r}, index)\n"
        "print(_rss() - before)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return float(done.stdout.strip().splitlines()[-1])


def _rss() -> float:
    """Resident memory of this process in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def measure(folder: Path, repeat: int = 3) -> list[dict[str, object]]:
    """One row per dictionary and engine: anchors, build s, match s (median CPU), memory
    MB, sentences whose output differs from the regex trie's."""
    texts, folded = content_texts(folder)
    rows = []
    for name, (anchors, ignore_case) in dictionaries().items():
        index = AnchorIndex(anchors, ignore_case=ignore_case)
        source = folded if name == "gazetteer" else texts
        # the compared case (the fast path of ``anchored_words``; same for every engine)
        inputs = [t.lower() for t in source] if ignore_case else source
        reference = build(ENGINES[0], index)
        expected = [reference(t) for t in inputs]
        for engine in ENGINES:
            t = time.perf_counter()
            find = build(engine, index)
            built = time.perf_counter() - t
            times = []
            for _ in range(repeat):
                t = time.process_time()
                got = [find(text) for text in inputs]
                times.append(time.process_time() - t)
            rows.append(
                {
                    "dictionary": name,
                    "engine": engine,
                    "anchors": len(anchor_words(index)),
                    "sentences": len(inputs),
                    "build_s": built,
                    "match_s": sorted(times)[len(times) // 2],
                    # in a fresh interpreter each: only for the largest dictionary
                    "memory_mb": memory_mb(engine, name) if name == DICTIONARIES[-1] else None,
                    "differ": sum(a != b for a, b in zip(got, expected, strict=True)),
                }
            )
            print(json.dumps(rows[-1]), file=sys.stderr)
    return rows


def render(rows: list[dict[str, object]]) -> str:
    """The rows as a Markdown table."""
    lines = [
        "| dictionary | anchors | engine | build s | match s | vs regex | memory MB | differ |",
        "|---|---|---|---|---|---|---|---|",
    ]
    base = {r["dictionary"]: r["match_s"] for r in rows if r["engine"] == ENGINES[0]}
    for r in rows:
        lines.append(
            f"| {r['dictionary']} | {r['anchors']} | {r['engine']} | {r['build_s']:.3f} "
            f"| {r['match_s']:.2f} | {base[r['dictionary']] / r['match_s']:.2f}× "
            f"| {'' if r['memory_mb'] is None else format(r['memory_mb'], '.1f')} "
            f"| {r['differ']} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    """Measure and print the table (Markdown)."""
    from benchmarks.generate import corpus_folder, corpus_parser

    args = corpus_parser(__doc__.splitlines()[0]).parse_args(argv)
    folder = corpus_folder(args.folder, args.generate, "matchers-")
    print(render(measure(folder, args.repeat)))


if __name__ == "__main__":
    main()
