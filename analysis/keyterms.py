"""Key terms: keyness, keyword-in-context, collocations and the dictionary coverage check.

Words and multiword expressions ("comprehensive strategic partnership") are counted
within content sentences (lede, heading, body; see ``analysis.themes.content_sentences``)
so that no n-gram crosses a sentence boundary. Stop words (scikit-learn's English list
plus ``analysis/data/stopwords.txt``) may sit inside a multiword expression but never at
its edge, and numbers are not terms. All functions are pure and deterministic.

Tables (row unit and columns):

keyterms (one row per target group x term)
    target, term, n_words, n_target, n_reference, g2, p_value
    ``g2`` is the signed log-likelihood statistic of quanteda's ``textstat_keyness``
    (measure "lr", Williams correction by default): positive when the term is
    over-used in the target.
kwic (one row per match)
    doc_id, para_id, sent_id, left, match, right, start, end
    ``start``/``end`` index into ``sentences.text``; left/right come from the paragraph.
collocations (one row per multiword expression)
    collocation, n_words, n, pmi, g2
coverage (one row per frequent term that no theme matches)
    term, n_words, n, n_docs
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from scipy.stats import chi2
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, CountVectorizer

from analysis.entities import extract_mentions
from analysis.errors import ParameterError
from analysis.text import tokenize
from analysis.themes import (
    Theme,
    compile_terms,
    content_sentences,
    group_keys,
    resolve_themes,
    theme_hits,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from analysis.corpus import Corpus

log = logging.getLogger(__name__)

KEYNESS_BY = ("doc_id", "outlet", "year")
CORRECTIONS = ("williams", "none")


def default_stopwords_path() -> Path:
    """Path of the extra stop-word list shipped with the package."""
    return Path(str(resources.files("analysis") / "data" / "stopwords.txt"))


@lru_cache(maxsize=8)
def load_stopwords(path: str | Path | None = None) -> frozenset[str]:
    """scikit-learn's English stop words plus one word per line of ``path``
    (the packaged ``stopwords.txt`` by default; ``#`` starts a comment)."""
    source = Path(path) if path is not None else default_stopwords_path()
    extra = {
        line.split("#", 1)[0].strip().lower()
        for line in source.read_text(encoding="utf-8").splitlines()
    }
    return frozenset(ENGLISH_STOP_WORDS | (extra - {""}))


def terms_of(text: str, *, max_n: int = 3, stopwords: frozenset[str] | None = None) -> list[str]:
    """Words and n-grams (2..max_n) of one sentence, lower case.

    A single word counts unless it is a stop word or a number; an n-gram counts when
    neither its first nor its last word is a stop word and it holds no number.
    Possessive "'s" is dropped ("vietnam's" -> "vietnam").

    >>> terms_of("The comprehensive strategic partnership", max_n=3)[:4]
    ['comprehensive', 'strategic', 'partnership', 'comprehensive strategic']
    """
    stop = load_stopwords() if stopwords is None else stopwords
    words = [w[:-2] if w.endswith("'s") else w for w in tokenize(text)]
    out = [w for w in words if w not in stop and not w[0].isdigit()]
    for n in range(2, max_n + 1):
        for i in range(len(words) - n + 1):
            gram = words[i : i + n]
            if gram[0] in stop or gram[-1] in stop or any(w[0].isdigit() for w in gram):
                continue
            out.append(" ".join(gram))
    return out


def _term_matrix(texts: Sequence[str], max_n: int) -> tuple[object, np.ndarray]:
    """Sparse count matrix (texts x terms) and the sorted vocabulary."""
    stop = load_stopwords()
    vectorizer = CountVectorizer(
        analyzer=lambda t: terms_of(t, max_n=max_n, stopwords=stop), lowercase=False
    )
    matrix = vectorizer.fit_transform(texts)
    return matrix, vectorizer.get_feature_names_out()


def _sentence_groups(corpus: Corpus, by: str) -> pd.DataFrame:
    """Content sentences with a ``group`` column for ``by`` (doc_id, outlet or year)."""
    if by not in KEYNESS_BY:
        raise ParameterError("by", by, f"must be one of {list(KEYNESS_BY)}")
    return content_sentences(corpus).merge(group_keys(corpus.documents, by), on="doc_id")


def log_likelihood(
    a: np.ndarray,
    b: np.ndarray,
    total_a: float,
    total_b: float,
    *,
    correction: str = "none",
) -> np.ndarray:
    """Signed G² for counts ``a`` (target) and ``b`` (reference), as in quanteda.

    The 2x2 table is (a, b; total_a - a, total_b - b); the sign is negative when the
    target uses the term less than expected. ``correction="williams"`` divides by
    Williams's q = 1 + (N/(a+b) + N/(c+d) - 1)(N/total_a + N/total_b - 1) / 6N, which is
    what quanteda's ``textstat_keyness(measure="lr")`` does by default.
    """
    if correction not in CORRECTIONS:
        raise ParameterError("correction", correction, f"must be one of {list(CORRECTIONS)}")
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    c, d = total_a - a, total_b - b
    n = total_a + total_b
    observed = (a, b, c, d)
    expected = (
        (a + b) * total_a / n,
        (a + b) * total_b / n,
        (c + d) * total_a / n,
        (c + d) * total_b / n,
    )
    g2 = np.zeros_like(a)
    for o, e in zip(observed, expected, strict=True):
        with np.errstate(divide="ignore", invalid="ignore"):
            g2 += np.where(o > 0, o * np.log(o / e), 0.0)
    g2 *= 2
    if correction == "williams" and total_a > 0 and total_b > 0:
        with np.errstate(divide="ignore", invalid="ignore"):
            q = 1 + (n / (a + b) + n / (c + d) - 1) * (n / total_a + n / total_b - 1) / (6 * n)
        g2 = np.where(np.isfinite(q) & (q > 0), g2 / q, g2)
    return np.where(a >= expected[0], g2, -g2)


def keyness(
    corpus: Corpus,
    by: str = "doc_id",
    target: str | Iterable[str] | None = None,
    *,
    max_n: int = 3,
    min_count: int = 2,
    top_n: int | None = None,
    correction: str = "williams",
) -> pd.DataFrame:
    """Terms that distinguish a document, outlet or year from the rest of the corpus.

    Each target group is compared with all other groups together (G², quanteda's
    ``textstat_keyness`` with ``measure="lr"``, Williams-corrected as quanteda does by
    default; ``correction="none"`` for the plain statistic). ``target`` is one group value, a list
    of them, or None for every group. Terms seen fewer than ``min_count`` times in
    the whole corpus are ignored. Rows: one per target x term, best first within a
    target (``top_n`` keeps the best per target). Columns: see the module docstring.
    """
    sentences = _sentence_groups(corpus, by)
    groups = sorted(sentences["group"].unique())
    targets = groups if target is None else [target] if isinstance(target, str) else list(target)
    unknown = [t for t in targets if t not in groups]
    if unknown:
        raise ParameterError("target", unknown, f"must be among the {by} values {groups}")
    matrix, vocab = _term_matrix(sentences["text"].tolist(), max_n)
    log.debug("keyness by %s: %d groups, %d terms", by, len(groups), len(vocab))
    indicator = pd.get_dummies(sentences["group"]).reindex(columns=groups, fill_value=False)
    by_group = indicator.to_numpy(dtype=float).T @ matrix  # groups x terms
    counts = np.asarray(by_group)
    total = counts.sum(axis=0)
    keep = total >= min_count
    n_words = np.array([t.count(" ") + 1 for t in vocab])
    frames = []
    for name in targets:
        row = counts[groups.index(name)]
        ref = total - row
        g2 = log_likelihood(
            row[keep], ref[keep], row[keep].sum(), ref[keep].sum(), correction=correction
        )
        frame = pd.DataFrame(
            {
                "target": name,
                "term": vocab[keep],
                "n_words": n_words[keep],
                "n_target": row[keep].astype("int64"),
                "n_reference": ref[keep].astype("int64"),
                "g2": g2,
                "p_value": chi2.sf(np.abs(g2), df=1),
            }
        )
        frame = frame.sort_values(["g2", "term"], ascending=[False, True], kind="mergesort")
        frames.append(frame.head(top_n) if top_n else frame)
    out = pd.concat(frames, ignore_index=True)
    return out.astype({"target": "str", "term": "str", "n_words": "int64"})


def summarize_keyness(table: pd.DataFrame, top_n: int = 10) -> pd.DataFrame:
    """One row per target with its ``top_n`` most over-used terms (positive G² only).

    Takes a ``keyness`` table; returns target, n_terms, terms ("; "-joined, best first).
    """
    positive = table.loc[table["g2"] > 0].sort_values(
        ["target", "g2", "term"], ascending=[True, False, True], kind="mergesort"
    )
    top = positive.groupby("target").head(top_n)
    out = top.groupby("target", as_index=False).agg(
        n_terms=("term", "size"), terms=("term", "; ".join)
    )
    return out.astype({"target": "str", "terms": "str", "n_terms": "int64"})


def kwic(
    corpus: Corpus,
    pattern: str,
    window: int = 8,
    *,
    regex: bool = False,
) -> pd.DataFrame:
    """Keyword in context: every match of ``pattern`` in the content sentences.

    ``pattern`` uses the theme-dictionary syntax (case-insensitive whole words, ``*``
    wildcard, hyphen matches space) or, with ``regex=True``, a Python regex. Context
    is up to ``window`` words on each side, taken from the paragraph (so it may cross
    a sentence boundary). Rows: one per match; columns: see the module docstring.
    """
    if window < 0:
        raise ParameterError("window", window, "must be 0 or more words")
    try:
        compiled = re.compile(pattern, re.IGNORECASE) if regex else compile_terms([pattern])
    except (re.error, ValueError) as exc:
        raise ParameterError("pattern", pattern, f"is not a valid pattern ({exc})") from None
    sentences = content_sentences(corpus)
    paras = corpus.paragraphs.set_index(["doc_id", "para_id"])["text"]
    rows = []
    for doc_id, para_id, sent_id, text, offset in sentences[
        ["doc_id", "para_id", "sent_id", "text", "start"]
    ].itertuples(index=False):
        for m in compiled.finditer(text):
            if m.end() == m.start():
                continue
            para = paras.loc[(doc_id, para_id)]
            left = _last_words(para[: offset + m.start()], window)
            right = _first_words(para[offset + m.end() :], window)
            rows.append((doc_id, para_id, sent_id, left, m.group(0), right, m.start(), m.end()))
    columns = ["doc_id", "para_id", "sent_id", "left", "match", "right", "start", "end"]
    out = pd.DataFrame(rows, columns=columns)
    return out.astype(
        {c: "int64" for c in ["para_id", "sent_id", "start", "end"]}
        | {c: "str" for c in ["doc_id", "left", "match", "right"]}
    )


def _last_words(text: str, n: int) -> str:
    words = text.split()
    return " ".join(words[-n:]) if n else ""


def _first_words(text: str, n: int) -> str:
    return " ".join(text.split()[:n]) if n else ""


def collocations(
    corpus: Corpus,
    *,
    max_n: int = 3,
    min_count: int = 3,
    top_n: int | None = None,
) -> pd.DataFrame:
    """Multiword expressions found by association between their words.

    Candidates are the 2..``max_n``-grams of ``terms_of`` seen at least ``min_count``
    times. An n-gram is split into its first n-1 words and its last word; ``g2`` is
    the log-likelihood of that 2x2 table (over all n-gram positions of that length)
    and ``pmi`` is log2 p(ngram) / (p(head) p(last word)). Rows: one per
    expression, by g2 descending; columns: see the module docstring.
    """
    stop = load_stopwords()
    counts: Counter[str] = Counter()
    for text in content_sentences(corpus)["text"]:
        counts.update(t for t in terms_of(text, max_n=max_n, stopwords=stop) if " " in t)
    heads: dict[int, Counter[str]] = {}
    tails: dict[int, Counter[str]] = {}
    totals: Counter[int] = Counter()
    for gram, n in counts.items():
        parts = gram.split(" ")
        size = len(parts)
        heads.setdefault(size, Counter())[" ".join(parts[:-1])] += n
        tails.setdefault(size, Counter())[parts[-1]] += n
        totals[size] += n
    rows = []
    for gram, n in counts.items():
        if n < min_count:
            continue
        parts = gram.split(" ")
        size = len(parts)
        head, tail, total = heads[size][" ".join(parts[:-1])], tails[size][parts[-1]], totals[size]
        g2 = float(log_likelihood(np.array([n]), np.array([tail - n]), head, total - head)[0])
        pmi = math.log2(n * total / (head * tail))
        rows.append((gram, size, n, pmi, g2))
    out = pd.DataFrame(rows, columns=["collocation", "n_words", "n", "pmi", "g2"])
    out = out.sort_values(["g2", "collocation"], ascending=[False, True], kind="mergesort")
    out = out.reset_index(drop=True)
    return out.head(top_n) if top_n else out


def coverage(
    corpus: Corpus,
    themes: Sequence[Theme] | str | Path | None = None,
    *,
    max_n: int = 3,
    min_count: int = 3,
    top_n: int | None = 50,
    skip_actors: bool = True,
    hits: pd.DataFrame | None = None,
    mentions: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Frequent words and multiword expressions of the content text that no theme matches.

    Every theme match is cut out of its sentence first (and, with ``skip_actors``, every
    gazetteer mention: names such as "Nguyen Phu Trong" are actors, not themes); terms
    are then counted in the text that is left, so a term is listed only for its
    occurrences outside any match. What is left are candidates to add to the
    dictionary (or to the stop words). ``hits`` and ``mentions`` (the ``theme_hits``
    and ``extract_mentions`` tables) are computed when not given. Rows: one per term
    seen at least ``min_count`` times unmatched, most frequent first; columns term,
    n_words, n, n_docs.
    """
    keys = ["doc_id", "para_id", "sent_id"]
    if hits is None:
        hits = theme_hits(corpus, resolve_themes(themes))
    spans = [hits[[*keys, "start", "end"]]]
    if skip_actors:
        if mentions is None:
            mentions = extract_mentions(corpus)
        spans.append(mentions[[*keys, "start", "end"]])
    cut = pd.concat(spans, ignore_index=True)
    by_sentence = {
        key: sorted(zip(group["start"], group["end"], strict=True))
        for key, group in cut.groupby(keys, sort=False)
    }
    stop = load_stopwords()
    counts: Counter[str] = Counter()
    docs: dict[str, set[str]] = {}
    for doc_id, para_id, sent_id, text in content_sentences(corpus)[[*keys, "text"]].itertuples(
        index=False
    ):
        for segment in _outside(text, by_sentence.get((doc_id, para_id, sent_id), [])):
            for term in terms_of(segment, max_n=max_n, stopwords=stop):
                counts[term] += 1
                docs.setdefault(term, set()).add(doc_id)
    rows = [(t, t.count(" ") + 1, n, len(docs[t])) for t, n in counts.items() if n >= min_count]
    out = pd.DataFrame(rows, columns=["term", "n_words", "n", "n_docs"])
    out = out.sort_values(["n", "n_docs", "term"], ascending=[False, False, True])
    out = out.astype({"term": "str", "n_words": "int64", "n": "int64", "n_docs": "int64"})
    out = out.reset_index(drop=True)
    return out.head(top_n) if top_n else out


def _outside(text: str, spans: Sequence[tuple[int, int]]) -> list[str]:
    """The pieces of ``text`` not covered by any of the sorted ``spans``."""
    pieces, position = [], 0
    for start, end in spans:
        if start > position:
            pieces.append(text[position:start])
        position = max(position, end)
    pieces.append(text[position:])
    return pieces


def _topics_table(corpus: Corpus) -> pd.DataFrame:
    """The ``topics`` summary table (imported here: ``analysis.topics`` builds on this module)."""
    from analysis.topics import topics

    return topics(corpus)


EXPORT_TABLES: dict[str, Callable[[Corpus], pd.DataFrame]] = {
    "keyterms": lambda corpus: keyness(corpus, by="doc_id", top_n=50),
    "topics": _topics_table,
    "collocations": lambda corpus: collocations(corpus),
    "theme_coverage": lambda corpus: coverage(corpus, top_n=None),
}
