"""The theme dictionary coded the way an NLP engineer would with spaCy, timed against
``analysis.annotators.themes.theme_hits`` in the same run, and the matches compared (issue 13).

The peer: ``spacy.blank("en")`` (its tokenizer only) and one ``PhraseMatcher`` with
``attr="LOWER"`` holding every theme's terms (label: the theme) and exclusions (label:
``<theme>/exclude``). What a phrase list cannot say is spelled out beforehand, outside
the timing, as an engineer would: a ``*`` wildcard becomes every word of the corpus's
vocabulary that fits it, a hyphen also a space and an en dash, an apostrophe also a curly
one. Per sentence and theme the matches are reduced to the leftmost-longest ones that do
not overlap (what our regex alternation does, longer terms first; ``spacy.util.filter_spans``
would prefer the longest span anywhere, which only moves the differences), and those inside
an exclusion are dropped. ``re:`` terms
and actor evidence (a name with a cue in the same sentence) have no phrase-list form:
they are left out of the comparison and listed.

spaCy is in the ``bench`` extra: ``.venv/bin/pip install -e '.[bench]'``.

    .venv/bin/python benchmarks/peer_spacy.py /tmp/corpus-1000    # or --generate 1000
"""

from __future__ import annotations

import itertools
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.annotators.term_index import WORD  # noqa: E402

HYPHENS = ("-", " ", "\u2013")
APOSTROPHES = ("'", "\u2019")


def phrases(term: str, vocabulary: set[str]) -> list[str]:
    """The literal phrases a plain dictionary term stands for (``[]`` for a ``re:`` term):
    each ``*`` word expanded over ``vocabulary`` (lower-case words), each hyphen and
    apostrophe in each of its spellings."""
    if term.startswith("re:"):
        return []
    words = []
    for word in term.lower().split():
        if "*" in word:
            fits = re.compile(re.escape(word).replace(r"\*", r"\w*"))
            words.append(sorted(w for w in vocabulary if fits.fullmatch(w)))
        else:
            words.append([word])
    out = []
    for combo in itertools.product(*words):
        phrase = " ".join(combo)
        variants = [phrase]
        if "-" in phrase:
            variants = [phrase.replace("-", h) for h in HYPHENS]
        if "'" in phrase:
            variants = [v.replace("'", a) for v in variants for a in APOSTROPHES]
        out += variants
    return out


def build_peer(themes: tuple, vocabulary: set[str]) -> tuple[object, object]:
    """``(nlp, matcher)``: the blank English tokenizer and the PhraseMatcher of ``themes``."""
    import spacy
    from spacy.matcher import PhraseMatcher

    nlp = spacy.blank("en")
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for theme in themes:
        for label, terms in ((theme.id, theme.terms), (f"{theme.id}/exclude", theme.exclude)):
            found = sorted({p for t in terms for p in phrases(t, vocabulary)})
            if found:
                matcher.add(label, list(nlp.tokenizer.pipe(found)))
    return nlp, matcher


def leftmost_longest(spans: list) -> list:
    """The spans that do not overlap, leftmost first and, at one start, the longest."""
    out, end = [], -1
    for span in sorted(spans, key=lambda s: (s.start_char, -s.end_char)):
        if span.start_char >= end:
            out.append(span)
            end = span.end_char
    return out


def peer_matches(nlp: object, matcher: object, texts: list[str]) -> set[tuple[int, str, int, int]]:
    """``(sentence, theme, start, end)`` of every match the peer keeps."""
    strings = nlp.vocab.strings  # type: ignore[attr-defined]
    out = set()
    for i, doc in enumerate(nlp.pipe(texts, batch_size=1000)):  # type: ignore[attr-defined]
        by_label: dict[str, list] = {}
        for label, start, end in matcher(doc):  # type: ignore[operator]
            by_label.setdefault(strings[label], []).append(doc[start:end])
        for label, spans in by_label.items():
            if label.endswith("/exclude"):
                continue
            excluded = [(s.start_char, s.end_char) for s in by_label.get(f"{label}/exclude", [])]
            for span in leftmost_longest(spans):
                if not any(s <= span.start_char and span.end_char <= e for s, e in excluded):
                    out.add((i, label, span.start_char, span.end_char))
    return out


def measure(folder: Path, repeat: int) -> str:
    """Time both coders ``repeat`` times each (alternating) and compare their matches;
    the report as Markdown."""
    from analysis.annotators.theme_matching import place_coder
    from analysis.annotators.themes import content_sentences, resolve_themes, theme_hits
    from analysis.ingest.corpus import load_corpus

    corpus = load_corpus(folder, cache=False)
    themes = tuple(resolve_themes(None))
    sentences = content_sentences(corpus)
    texts = sentences["text"].tolist()
    vocabulary = {w.lower() for t in texts for w in WORD.findall(t)}
    t = time.perf_counter()
    nlp, matcher = build_peer(themes, vocabulary)
    peer_build = time.perf_counter() - t
    ours_s, peer_s, scan_s = [], [], []
    coder = place_coder(themes)
    for _ in range(repeat):
        t = time.process_time()
        hits = theme_hits(corpus, themes)
        ours_s.append(time.process_time() - t)
        t = time.process_time()
        for text in texts:  # each result dropped: a list of them all makes the GC walk it
            coder.scan(text)
        scan_s.append(time.process_time() - t)
        t = time.process_time()
        peer = peer_matches(nlp, matcher, texts)
        peer_s.append(time.process_time() - t)
    keys = {
        k: i
        for i, k in enumerate(
            zip(sentences["doc_id"], sentences["para_id"], sentences["sent_id"], strict=True)
        )
    }
    terms = hits.loc[~hits["term"].str.startswith("actor:")]
    raw_terms = {t for theme in themes for t in theme.terms if t.startswith("re:")}
    by_re = terms["term"].isin(raw_terms)
    ours = {
        (keys[(d, p, s)], th, a, b)
        for d, p, s, th, a, b in zip(
            terms["doc_id"][~by_re],
            terms["para_id"][~by_re],
            terms["sent_id"][~by_re],
            terms["theme"][~by_re],
            terms["start"][~by_re],
            terms["end"][~by_re],
            strict=True,
        )
    }
    only_ours, only_peer = ours - peer, peer - ours
    ours_med, peer_med = sorted(ours_s)[repeat // 2], sorted(peer_s)[repeat // 2]
    scan_med = sorted(scan_s)[repeat // 2]
    lines = [
        f"- sentences: {len(texts):,}; themes: {len(themes)}; peer build (phrase lists, "
        f"vocabulary expansion) {peer_build:.1f} s, not timed below",
        f"- CPU s, median of {repeat} (runs: ours {', '.join(f'{x:.2f}' for x in ours_s)}; "
        f"peer {', '.join(f'{x:.2f}' for x in peer_s)}; "
        f"ours, finding only {', '.join(f'{x:.2f}' for x in scan_s)})",
        "",
        "| coder | CPU s | peer / ours |",
        "|---|---|---|",
        f"| `theme_hits` (ours: terms, exclusions, actors, context weights, threshold) "
        f"| {ours_med:.2f} | {peer_med / ours_med:.2f}× |",
        f"| of which finding the matches (`PlaceCoder.scan` per sentence: terms, actor names, "
        f"where exclusions and contexts can start; no weighing) "
        f"| {scan_med:.2f} | {peer_med / scan_med:.2f}× |",
        f"| spaCy blank('en') + PhraseMatcher(LOWER) + leftmost-longest + exclusions "
        f"| {peer_med:.2f} | 1.00× |",
        "",
        f"- term matches compared: ours {len(ours):,}, peer {len(peer):,}, both "
        f"{len(ours & peer):,}, only ours {len(only_ours):,}, only peer {len(only_peer):,}",
        f"- left out: {int(by_re.sum()):,} hits of `re:` terms, "
        f"{int((hits['term'].str.startswith('actor:')).sum()):,} actor-evidence rows",
    ]
    for name, diff in (("only ours", only_ours), ("only peer", only_peer)):
        shown = Counter(texts[i][a:b].lower() for i, _, a, b in diff).most_common(8)
        if shown:
            lines.append(f"- {name}, most common: " + ", ".join(f"'{m}' ×{n}" for m, n in shown))
            for match, _ in shown[:4]:
                i, theme, a, b = min(d for d in diff if texts[d[0]][d[2] : d[3]].lower() == match)
                context = texts[i][max(0, a - 30) : b + 30].replace("|", "/")
                lines.append(f"  - e.g. {theme}: `…{context}…`")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    """Print the comparison (Markdown)."""
    from benchmarks.generate import corpus_folder, corpus_parser

    args = corpus_parser(__doc__.splitlines()[0]).parse_args(argv)
    folder = corpus_folder(args.folder, args.generate, "peer-")
    print(measure(folder, args.repeat))


if __name__ == "__main__":
    main()
