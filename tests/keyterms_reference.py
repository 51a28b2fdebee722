"""The key-term tables as they were counted before issue 13's blocks: every content
sentence of the corpus in one sentence x term matrix (``sentence_terms``), summed with
sparse products. A slow, memory-hungry reference that ``analysis.analyses.term_blocks``'s
block-by-block counts must match exactly (tests/test_term_blocks.py)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import partial
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer

from analysis.analyses.keyterm_counts import SentenceTerms, load_stopwords, sentence_terms, terms_of
from analysis.analyses.keyterm_coverage import _SENTENCE_KEYS, _outside
from analysis.analyses.keyterms import (
    KEYNESS_BY,
    _group_of,
    _keyness_table,
    _score_group,
    _targets,
    log_likelihood,
)
from analysis.annotators.entities import extract_mentions
from analysis.annotators.themes import Theme, resolve_themes, theme_hits
from analysis.core.errors import ParameterError
from analysis.ingest.corpus import Corpus


def counts_up_to(corpus: Corpus, max_n: int) -> SentenceTerms:
    """``sentence_terms`` restricted to terms of at most ``max_n`` words. Up to 3 words
    this reuses the one shared 3-gram matrix (``terms_of`` with a smaller ``max_n``
    gives exactly its shorter terms)."""
    terms = sentence_terms(corpus, max(max_n, 3))
    if terms.max_n == max_n:
        return terms
    columns = np.flatnonzero(terms.n_words <= max_n)
    return SentenceTerms(
        terms.sentences,
        terms.matrix[:, columns],
        terms.vocab[columns],
        terms.n_words[columns],
        max_n,
    )


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

    Cost: the content sentences are vectorised once per corpus (``sentence_terms``) and
    summed per group with a sparse product. Without ``top_n`` the table has one row per
    target x kept term (10,000 documents x 10^5-10^6 terms is too big to build: pass
    ``top_n``, as the reports do). With ``top_n`` only the terms a target uses are scored
    unless it has fewer than ``top_n`` over-used terms, so the result is the same as
    ``keyness(...).groupby("target").head(top_n)``.
    """
    if by not in KEYNESS_BY:
        raise ParameterError("by", by, f"must be one of {list(KEYNESS_BY)}")
    terms = counts_up_to(corpus, max_n)
    labels = terms.sentences["doc_id"].map(_group_of(corpus, by))
    groups = sorted(labels.dropna().unique())
    targets = _targets(target, groups, by)
    by_group = _sum_by_group(labels, groups, terms.matrix)  # groups x terms, float counts
    total = np.asarray(by_group.sum(axis=0)).ravel()
    kept = np.flatnonzero(total >= min_count)
    by_group = by_group[:, kept].tocsr()
    by_group.sort_indices()
    total = total[kept]
    position = {name: i for i, name in enumerate(groups)}
    score = partial(_score_group, by_group, total, total.sum(), top_n, correction)
    parts = [(name, *score(position[name])) for name in targets]
    return _keyness_table(parts, terms.vocab[kept], terms.n_words[kept], total)


def _sum_by_group(labels: pd.Series, groups: list, matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    """Groups x terms counts: the rows of ``matrix`` summed by their group ``labels``."""
    codes = pd.Categorical(labels, categories=groups).codes
    rows = np.flatnonzero(codes >= 0)
    indicator = sparse.csr_matrix(
        (np.ones(len(rows)), (codes[rows], rows)), shape=(len(groups), matrix.shape[0])
    )
    return (indicator @ matrix).tocsr()


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
    terms = counts_up_to(corpus, max_n)
    multi = np.flatnonzero(terms.n_words >= 2)
    columns = ["collocation", "n_words", "n", "pmi", "g2"]
    if not len(multi):
        return pd.DataFrame({c: [] for c in columns}).astype(
            {"collocation": "str", "n_words": "int64", "n": "int64", "pmi": float, "g2": float}
        )
    n = np.asarray(terms.matrix[:, multi].sum(axis=0)).ravel().astype("int64")
    grams = terms.vocab[multi]
    split = [g.rsplit(" ", 1) for g in grams]
    table = pd.DataFrame(
        {
            "collocation": grams,
            "n_words": terms.n_words[multi],
            "n": n,
            "head": [p[0] for p in split],
            "tail": [p[1] for p in split],
        }
    )
    # head, tail and all-position totals per n-gram length, over every n-gram seen
    head = table.groupby(["n_words", "head"])["n"].transform("sum")
    tail = table.groupby(["n_words", "tail"])["n"].transform("sum")
    total = table.groupby("n_words")["n"].transform("sum")
    keep = (table["n"] >= min_count).to_numpy()
    n_k = table["n"].to_numpy()[keep].astype(float)
    head_k, tail_k, total_k = (x.to_numpy()[keep].astype(float) for x in (head, tail, total))
    g2 = log_likelihood(n_k, tail_k - n_k, head_k, total_k - head_k)
    pmi = np.log2(n_k * total_k / (head_k * tail_k))
    out = pd.DataFrame(
        {
            "collocation": table["collocation"].to_numpy()[keep],
            "n_words": table["n_words"].to_numpy()[keep],
            "n": n_k.astype("int64"),
            "pmi": pmi,
            "g2": g2,
        }
    )
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
    by_sentence = _spans_by_sentence(corpus, themes, skip_actors, hits, mentions)
    # sentences without any match count as in the shared sentence matrix; only the
    # others are re-tokenised, piece by piece
    terms = counts_up_to(corpus, max_n)
    sentences = terms.sentences
    sentence_keys = list(zip(*(sentences[k] for k in _SENTENCE_KEYS), strict=True))
    has_spans = np.fromiter((k in by_sentence for k in sentence_keys), bool, len(sentence_keys))
    pieces = [
        _outside(text, by_sentence[key])
        for key, text, cut_here in zip(sentence_keys, sentences["text"], has_spans, strict=True)
        if cut_here
    ]
    cut_matrix, cut_vocab = _count_pieces(pieces, max_n)
    vocab = np.union1d(terms.vocab.astype(object), cut_vocab.astype(object))
    docs, doc_codes = np.unique(sentences["doc_id"].to_numpy(dtype=object), return_inverse=True)
    per_doc = partial(_per_doc, doc_codes, len(docs), vocab)
    clean = np.flatnonzero(~has_spans)
    by_doc = per_doc(terms.matrix[clean], clean, terms.vocab.astype(object))
    if cut_matrix is not None:
        by_doc = by_doc + per_doc(cut_matrix, np.flatnonzero(has_spans), cut_vocab.astype(object))
    return _coverage_table(sparse.csr_matrix(by_doc), vocab, min_count, top_n)


def _count_pieces(
    pieces: list[list[str]], max_n: int
) -> tuple[sparse.csr_matrix | None, np.ndarray]:
    """Counts (sentences x terms, None when there are none) and vocabulary of the terms
    of each sentence's pieces."""
    stop = load_stopwords()
    vectorizer = CountVectorizer(
        analyzer=lambda segs: [
            t for seg in segs for t in terms_of(seg, max_n=max_n, stopwords=stop)
        ],
        lowercase=False,
    )
    try:
        cut_matrix = vectorizer.fit_transform(pieces).tocsr() if pieces else None
        cut_vocab = vectorizer.get_feature_names_out() if pieces else np.zeros(0, object)
    except ValueError:  # every piece is empty
        cut_matrix, cut_vocab = None, np.zeros(0, object)
    return cut_matrix, cut_vocab


def _per_doc(
    doc_codes: np.ndarray,
    n_docs: int,
    vocab: np.ndarray,
    matrix: sparse.csr_matrix,
    rows: np.ndarray,
    own_vocab: np.ndarray,
) -> object:
    """Documents x ``vocab`` counts of the given sentence ``rows`` (their counts in
    ``matrix``, over ``own_vocab``)."""
    indicator = sparse.csr_matrix(
        (np.ones(len(rows)), (doc_codes[rows], np.arange(len(rows)))),
        shape=(n_docs, len(rows)),
    )
    placed = sparse.csr_matrix(
        (
            np.ones(len(own_vocab)),
            (np.arange(len(own_vocab)), np.searchsorted(vocab, own_vocab)),
        ),
        shape=(len(own_vocab), len(vocab)),
    )
    return indicator @ matrix @ placed


def _coverage_table(
    by_doc: sparse.csr_matrix, vocab: np.ndarray, min_count: int, top_n: int | None
) -> pd.DataFrame:
    """The ``coverage`` table of the documents x terms counts ``by_doc``."""
    by_doc.eliminate_zeros()
    n = np.asarray(by_doc.sum(axis=0)).ravel().astype("int64")
    n_docs = np.diff(by_doc.tocsc().indptr)
    frequent = n >= min_count
    out = pd.DataFrame(
        {
            "term": vocab[frequent],
            "n_words": [t.count(" ") + 1 for t in vocab[frequent]],
            "n": n[frequent],
            "n_docs": n_docs[frequent],
        }
    )
    out = out.sort_values(["n", "n_docs", "term"], ascending=[False, False, True])
    out = out.astype({"term": "str", "n_words": "int64", "n": "int64", "n_docs": "int64"})
    out = out.reset_index(drop=True)
    return out.head(top_n) if top_n else out


def _spans_by_sentence(
    corpus: Corpus,
    themes: Sequence[Theme] | str | Path | None,
    skip_actors: bool,
    hits: pd.DataFrame | None,
    mentions: pd.DataFrame | None,
) -> dict[tuple[str, int, int], list[tuple[int, int]]]:
    """The sorted (start, end) of every theme match (and actor mention) by sentence, in
    one dict for the whole corpus (as ``keyterm_coverage`` built it before its blocks)."""
    keys = _SENTENCE_KEYS
    if hits is None:
        hits = theme_hits(corpus, resolve_themes(themes))
    spans = [hits[[*keys, "start", "end"]]]
    if skip_actors:
        if mentions is None:
            mentions = extract_mentions(corpus)
        spans.append(mentions[[*keys, "start", "end"]])
    cut = pd.concat(spans, ignore_index=True)
    by_sentence: dict[tuple[str, int, int], list[tuple[int, int]]] = {}
    cut = cut.sort_values([*keys, "start", "end"], kind="stable")
    for doc_id, para_id, sent_id, start, end in zip(
        *(cut[c].tolist() for c in [*keys, "start", "end"]), strict=True
    ):
        by_sentence.setdefault((doc_id, para_id, sent_id), []).append((start, end))
    return by_sentence
