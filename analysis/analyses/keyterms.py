"""Key terms: keyness and the dictionary coverage check (the terms are counted in
``analysis.analyses.keyterm_counts``; ``coverage`` is in ``analysis.analyses.keyterm_coverage``;
both are re-exported here; keyword-in-context and collocations are
``analysis.analyses.term_contexts``).

Words and multiword expressions ("comprehensive strategic partnership") are counted
within content sentences (lede, heading, body; see ``analysis.annotators.themes.content_sentences``)
so that no n-gram crosses a sentence boundary. Stop words (scikit-learn's English list
plus ``analysis/data/stopwords.txt``) may sit inside a multiword expression but never at
its edge, and numbers are not terms. All functions are pure and deterministic.

Tables (row unit and columns):

keyterms (one row per target group x term)
    target, term, n_words, n_target, n_reference, g2, p_value
    ``g2`` is the signed log-likelihood statistic of quanteda's ``textstat_keyness``
    (measure "lr", Williams correction by default): positive when the term is
    over-used in the target.
coverage (one row per frequent term that no theme matches)
    term, n_words, n, n_docs
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from functools import partial
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from scipy import sparse
from scipy.stats import chi2

from analysis.analyses.keyterm_counts import (
    CORRECTIONS,
    SentenceTerms,
    default_stopwords_path,
    load_stopwords,
    log_likelihood,
    sentence_terms,
    terms_of,
)
from analysis.analyses.keyterm_coverage import coverage
from analysis.analyses.term_blocks import (
    SpilledBlocks,
    add_to,
    held_texts_of,
    in_columns,
    n_words_of,
)
from analysis.analyses.term_codes import counter_for
from analysis.analyses.term_contexts import collocations
from analysis.annotators.themes import (
    content_sentence_rows,
    group_keys,
)
from analysis.core.errors import ParameterError

if TYPE_CHECKING:
    from collections.abc import Callable

    from analysis.ingest.corpus import Corpus

__all__ = [
    "CORRECTIONS",
    "EXPORT_TABLES",
    "KEYNESS_BY",
    "SentenceTerms",
    "coverage",
    "default_stopwords_path",
    "keyness",
    "keyness_blocks",
    "load_stopwords",
    "log_likelihood",
    "sentence_terms",
    "summarize_keyness",
    "terms_of",
]

log = logging.getLogger(__name__)

KEYNESS_BY = ("doc_id", "outlet", "year")


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
    rows, groups, codes = _rows_and_groups(corpus, by)  # the text is made per block
    targets = _targets(target, groups, by)
    wanted = {name: i for i, name in enumerate(groups)}
    wanted = {wanted[name]: name for name in targets}
    scored = {}
    with SpilledBlocks() as spilled:
        vocab, total = _count_blocks(corpus, rows, codes, len(groups), spilled, max_n, min_count)
        score = partial(_score_block, total.astype(float), top_n, correction)
        by_total = _by_total(total)
        for first, block in spilled:
            scored |= score(in_columns(block, *_kept(vocab)), first, wanted, by_total)
    parts = [(name, *scored[name]) for name in targets]
    return _keyness_table(parts, vocab[0], n_words_of(vocab[0]), total)


def keyness_blocks(
    corpus: Corpus,
    by: str = "doc_id",
    *,
    max_n: int = 3,
    min_count: int = 2,
    top_n: int | None = None,
    correction: str = "williams",
) -> Iterator[pd.DataFrame]:
    """``keyness(corpus, by, ...)`` of every group, one table per block of groups counted
    together (``term_blocks.DOC_BLOCK``), in group order: concatenated, the whole table.
    The corpus-wide counts are made once (the first pass); then only one block's table is
    held at a time, not every group's (at 100,000 documents and ``top_n=50``, 5 million
    rows)."""
    if by not in KEYNESS_BY:
        raise ParameterError("by", by, f"must be one of {list(KEYNESS_BY)}")
    rows, groups, codes = _rows_and_groups(corpus, by)
    with SpilledBlocks() as spilled:
        vocab, total = _count_blocks(corpus, rows, codes, len(groups), spilled, max_n, min_count)
        score = partial(_score_block, total.astype(float), top_n, correction)
        n_words, by_total = n_words_of(vocab[0]), _by_total(total)
        for first, block in spilled:
            names = {first + i: groups[first + i] for i in range(block.shape[0])}
            scored = score(in_columns(block, *_kept(vocab)), first, names, by_total)
            parts = [(name, *scored[name]) for name in names.values()]
            yield _keyness_table(parts, vocab[0], n_words, total)


def _kept(vocab: tuple[np.ndarray, np.ndarray]) -> tuple[np.ndarray, int]:
    """``in_columns``'s column map and its number of columns (the kept terms)."""
    terms, column = vocab
    return column, len(terms)


def _count_blocks(
    corpus: Corpus,
    rows: np.ndarray,
    codes: np.ndarray,
    n_groups: int,
    spilled: SpilledBlocks,
    max_n: int,
    min_count: int,
) -> tuple[tuple[np.ndarray, np.ndarray], np.ndarray]:
    """The first pass: each block of groups' counts kept in ``spilled``; the kept terms
    (seen ``min_count`` times, sorted) with each term id's column, and their totals over
    every group."""
    counter = counter_for(max_n)  # CodedCounter: BlockCounter's counts on integer codes
    total = np.zeros(0, dtype=np.int64)  # per term id, over every group
    texts = held_texts_of(corpus, rows)
    for first, block in counter.blocks(codes, n_groups, texts):
        total = add_to(total, np.asarray(block.sum(axis=0)).ravel())
        spilled.keep(first, block)
    total = add_to(np.zeros(len(counter.vocabulary), np.int64), total)
    # only the terms seen min_count times are kept (and sorted): the others are freed
    vocab, column = counter.release_terms(total >= min_count)
    log.debug("keyness: %d groups, %d terms", n_groups, len(vocab))
    return (vocab, column), _in_columns(total, column, len(vocab))


def _in_columns(values: np.ndarray, column: np.ndarray, n_columns: int) -> np.ndarray:
    """``values`` (per term id) at the ``column`` of each kept id (-1: dropped)."""
    out = np.zeros(n_columns, dtype=values.dtype)
    kept = column >= 0
    out[column[kept]] = values[kept]
    return out


def _score_block(
    total: np.ndarray,
    top_n: int | None,
    correction: str,
    by_group: sparse.csr_matrix,
    first: int,
    wanted: dict[int, str],
    by_total: np.ndarray | None = None,
) -> dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """The scored targets (``wanted``: group position -> name) among a block's groups
    (``by_total``: see ``_score_group``)."""
    grand_total = total.sum()
    return {
        wanted[first + i]: _score_group(
            by_group, total, grand_total, top_n, correction, i, by_total
        )
        for i in range(by_group.shape[0])
        if first + i in wanted
    }


def _rows_and_groups(corpus: Corpus, by: str) -> tuple[np.ndarray, list, np.ndarray]:
    """Each content sentence's position in ``corpus.held_sentences()``, the groups (the
    ``by`` values of the documents with a content sentence, sorted) and each sentence's
    group code (-1: none). The groups are looked up per document, not copied per sentence."""
    sentences = content_sentence_rows(corpus)
    group_of = _group_of(corpus, by)
    document = group_of.index.get_indexer(sentences["doc_id"])  # -1: not a held document
    found = document >= 0
    groups = sorted(group_of.iloc[np.unique(document[found])].dropna().unique())
    by_document = np.asarray(pd.Categorical(group_of, categories=groups).codes, np.int64)
    codes = np.where(found, by_document[np.where(found, document, 0)], -1)
    return sentences["row"].to_numpy(), groups, codes


def _group_of(corpus: Corpus, by: str) -> pd.Series:
    """The group (``by`` value) of each document, indexed by doc_id."""
    group_of = group_keys(corpus.held_documents(), by).drop_duplicates("doc_id")
    return group_of.set_index("doc_id")["group"]


def _targets(target: str | Iterable[str] | None, groups: list, by: str) -> list:
    """The target groups asked for (every group for None); an unknown one is an error."""
    targets = groups if target is None else [target] if isinstance(target, str) else list(target)
    unknown = [t for t in targets if t not in groups]
    if unknown:
        raise ParameterError("target", unknown, f"must be among the {by} values {groups}")
    return targets


def _score_group(
    by_group: sparse.csr_matrix,
    total: np.ndarray,
    grand_total: float,
    top_n: int | None,
    correction: str,
    i: int,
    by_total: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(term columns, counts in the group, G²) of group ``i`` against the rest, best
    first (its ``top_n`` best when given).

    With ``top_n`` and fewer over-used terms than that, the tail is filled by the terms
    the group uses least: ``by_total`` (``_by_total``: every kept term by total, then
    column) gives the ``top_n`` best of the terms it never uses, whose G² falls as their
    total grows, so only those are scored, not every kept term
    (``_score_group_every_term``, the reference, when ``by_total`` is None)."""
    start, end = by_group.indptr[i], by_group.indptr[i + 1]
    used, used_counts = by_group.indices[start:end], by_group.data[start:end]
    total_a = used_counts.sum()
    total_b = grand_total - total_a
    columns, row = used, used_counts
    g2 = log_likelihood(row, total[columns] - row, total_a, total_b, correction=correction)
    if top_n is None or np.count_nonzero(g2 > 0) < top_n:
        if top_n is None or by_total is None or total_a <= 0:  # no G² to order by
            return _score_group_every_term(used, used_counts, total, total_b, top_n, correction)
        head = by_total[: top_n + len(used)]  # holds the top_n first unused
        unused = head[~np.isin(head, used, assume_unique=True)][:top_n]
        none = np.zeros(len(unused))
        tail = log_likelihood(none, total[unused], total_a, total_b, correction=correction)
        columns, row = np.concatenate([used, unused]), np.concatenate([row, none])
        g2 = np.concatenate([g2, tail])
    order = np.lexsort((columns, -g2))
    if top_n:
        order = order[:top_n]
    return columns[order], row[order], g2[order]


def _score_group_every_term(
    used: np.ndarray,
    used_counts: np.ndarray,
    total: np.ndarray,
    total_b: float,
    top_n: int | None,
    correction: str,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``_score_group`` scoring every kept term: those the group never uses score <= 0
    and fill the tail (the whole table without ``top_n``)."""
    total_a = used_counts.sum()
    columns = np.arange(len(total))
    row = np.zeros(len(total))
    row[used] = used_counts
    g2 = log_likelihood(row, total - row, total_a, total_b, correction=correction)
    order = np.lexsort((columns, -g2))
    if top_n:
        order = order[:top_n]
    return columns[order], row[order], g2[order]


def _by_total(total: np.ndarray) -> np.ndarray | None:
    """Every kept term's column by total, then column: the order in which a group that
    never uses them scores them (G² < 0, falling as the total grows, for a term holding
    less than half of every count: Williams's q falls then). None when a term holds half
    or more (``_score_group`` then scores every term)."""
    if len(total) and 2 * total.max() >= total.sum():
        return None
    return np.lexsort((np.arange(len(total)), total))


def _keyness_table(
    parts: list[tuple[str, np.ndarray, np.ndarray, np.ndarray]],
    vocab: np.ndarray,
    n_words: np.ndarray,
    total: np.ndarray,
) -> pd.DataFrame:
    """The ``keyness`` table of the scored groups ``parts`` (target, columns, counts, G²)."""
    sizes = [len(p[1]) for p in parts]
    columns = np.concatenate([p[1] for p in parts]) if parts else np.zeros(0, "int64")
    n_target = np.concatenate([p[2] for p in parts]) if parts else np.zeros(0)
    g2 = np.concatenate([p[3] for p in parts]) if parts else np.zeros(0)
    out = pd.DataFrame(
        {
            "target": np.repeat(np.array([p[0] for p in parts], dtype=object), sizes),
            "term": vocab[columns],
            "n_words": n_words[columns],
            "n_target": n_target.astype("int64"),
            "n_reference": (total[columns] - n_target).astype("int64"),
            "g2": g2,
            "p_value": chi2.sf(np.abs(g2), df=1),
        }
    )
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


def _topics_table(corpus: Corpus) -> pd.DataFrame:
    """The ``topics`` summary table (imported here: ``analysis.analyses.topics`` builds on this
    module)."""
    from analysis.analyses.topics import topics

    return topics(corpus)


EXPORT_TABLES: dict[str, Callable[[Corpus], pd.DataFrame]] = {
    "keyterms": lambda corpus: keyness(corpus, by="doc_id", top_n=50),
    "topics": _topics_table,
    "collocations": lambda corpus: collocations(corpus),
    "theme_coverage": lambda corpus: coverage(corpus, top_n=None),
}
