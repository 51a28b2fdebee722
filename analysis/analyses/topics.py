"""Unsupervised topics over the body paragraphs, compared with the dictionary themes.

A non-negative matrix factorisation (scikit-learn ``NMF``, fixed seed) of the TF-IDF
matrix of lede and body paragraphs, using the words and multiword expressions of
``analysis.analyses.keyterm_counts.terms_of``. Same corpus, ``k`` and ``seed`` give the same topics.

    >>> model = fit_topics(corpus, k=6)          # doctest: +SKIP
    >>> topic_terms(model)                       # doctest: +SKIP

Tables (row unit and columns):

topic_terms (one row per topic x top term)
    topic, rank, term, weight
topic_paragraphs (one row per topic x representative paragraph)
    topic, rank, doc_id, para_id, weight, text
topic_themes (one row per topic x theme)
    topic, theme, n_paragraphs, n_theme, share, lift
    n_paragraphs: paragraphs whose dominant topic is ``topic``; n_theme: those coded with
    ``theme``; share = n_theme / n_paragraphs; lift = share / the theme's overall share.
topics (one row per topic: the summary shown in reports)
    topic, label, top_terms, n_paragraphs, weight_share, closest_theme, theme_share,
    example_doc_id, example_para_id, example
"""

from __future__ import annotations

import logging
import warnings
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.decomposition import NMF
from sklearn.exceptions import ConvergenceWarning
from sklearn.preprocessing import normalize

from analysis.analyses.term_blocks import SpilledBlocks, add_to
from analysis.analyses.term_codes import counter_for
from analysis.annotators.themes import coded_paragraphs, content_paragraph_rows, theme_hits
from analysis.core.errors import ParameterError
from analysis.core.rows import take_rows

if TYPE_CHECKING:
    from collections.abc import Callable

    from analysis.ingest.corpus import Corpus

log = logging.getLogger(__name__)

TOPIC_KINDS = ("lede", "body")
TOPIC_DTYPES = {
    **{"topic": "int64", "label": "str", "top_terms": "str", "n_paragraphs": "int64"},
    **{"weight_share": "float64", "closest_theme": "str", "theme_share": "float64"},
    **{"example_doc_id": "str", "example_para_id": "int64", "example": "str"},
}
"""The columns of the ``topics`` table."""
MAX_FIT_PARAGRAPHS = 20_000
"""NMF is fitted on at most this many paragraphs (an evenly spaced sample of the sorted
paragraphs); every paragraph is then given its topic weights from that fit. Corpora of
up to ~1,000 articles are fitted on every paragraph, so their topics are unchanged."""


@dataclass(frozen=True)
class TopicModel:
    """A fitted topic model: the paragraphs, vocabulary and the two NMF factors.

    ``paragraphs`` holds doc_id and para_id (and ``text`` when given so); without ``text``,
    ``texts`` gives the text of some of its rows (by position), read from the corpus's
    paragraphs as held: the model does not keep every paragraph's text."""

    paragraphs: pd.DataFrame  # doc_id, para_id (the rows of ``weights``)
    terms: np.ndarray  # vocabulary, the columns of ``components``
    components: np.ndarray  # topics x terms
    weights: np.ndarray  # paragraphs x topics
    k: int
    seed: int
    texts: Callable[[np.ndarray], list[str]] | None = field(default=None, repr=False)

    def text_of(self, positions: np.ndarray) -> list[str]:
        """The text of the paragraphs at ``positions`` (rows of ``paragraphs``)."""
        if self.texts is None:
            return self.paragraphs["text"].iloc[positions].tolist()
        return self.texts(np.asarray(positions, dtype=np.int64))

    @property
    def dominant(self) -> np.ndarray:
        """Index of the strongest topic of each paragraph (-1 when all weights are 0)."""
        best = self.weights.argmax(axis=1)
        return np.where(self.weights.max(axis=1) > 0, best, -1)


def topic_input(corpus: Corpus) -> pd.DataFrame:
    """The paragraphs topics are fitted on (row unit: a lede or body content paragraph;
    columns doc_id, para_id, text), sorted."""
    _, rows = topic_rows(corpus)
    held = corpus.held_paragraphs()[["doc_id", "para_id", "text"]]
    return take_rows(held, rows).reset_index(drop=True)


def topic_rows(corpus: Corpus) -> tuple[pd.DataFrame, np.ndarray]:
    """``topic_input`` without its text: the keys (doc_id, para_id, sorted) and each
    one's position in ``corpus.held_paragraphs()`` (reading ``corpus.paragraphs`` would
    make and keep its ``raw``), so that the text is read where it is used."""
    rows = content_paragraph_rows(corpus, TOPIC_KINDS)
    keys = take_rows(corpus.held_paragraphs()[["doc_id", "para_id"]], rows)
    order = keys.sort_values(["doc_id", "para_id"]).index.to_numpy()
    return take_rows(keys, order), rows[order]


def held_texts(corpus: Corpus, rows: np.ndarray) -> Callable[[np.ndarray], list[str]]:
    """The text of some of the paragraphs at ``rows`` of ``corpus.held_paragraphs()``
    (given by their positions in ``rows``), taken from the held table when asked for."""
    text = corpus.held_paragraphs()[["text"]]
    return lambda positions: take_rows(text, rows[positions])["text"].tolist()


def fit_topics(
    corpus: Corpus,
    k: int = 6,
    seed: int = 0,
    *,
    max_n: int = 2,
    min_df: int = 2,
    max_fit_paragraphs: int | None = MAX_FIT_PARAGRAPHS,
) -> TopicModel:
    """Fit ``k`` NMF topics over the lede and body paragraphs of ``corpus``.

    Terms are words and n-grams up to ``max_n`` seen in at least ``min_df``
    paragraphs, weighted by TF-IDF. Raises ``ParameterError`` when ``k`` is below 1
    or not smaller than the number of paragraphs. Above ``max_fit_paragraphs``
    paragraphs (None: no limit) the factorisation is fitted on an evenly spaced sample of
    that many and applied to all, which bounds its cost at large corpora (the topics
    then differ slightly from a fit on everything); the TF-IDF rows are then made a block
    of ``PARAGRAPH_BLOCK`` paragraphs at a time (``_fit_on_sample``: the same model as
    from the one matrix of every paragraph, bit for bit, without holding that matrix).
    """
    paras, rows = topic_rows(corpus)  # the text is read a block at a time
    texts = held_texts(corpus, rows)
    if not 1 <= k < max(len(paras), 2):
        raise ParameterError("k", k, f"must be between 1 and {len(paras) - 1} (paragraphs - 1)")
    model = NMF(n_components=k, init="nndsvda", random_state=seed, max_iter=1000)
    if max_fit_paragraphs is not None and len(paras) > max(max_fit_paragraphs, k + 1):
        terms, weights = _fit_on_sample(
            texts, len(paras), model, (max_n, min_df), max_fit_paragraphs
        )
    else:  # TfidfVectorizer(analyzer=terms_of, min_df=min_df, sublinear_tf=True)'s matrix
        with SpilledBlocks() as spilled:
            terms, column, idf = _counted_terms(texts, len(paras), (max_n, min_df), spilled)
            matrix = sparse.vstack(
                [_tfidf(block, column, idf) for _, block in spilled], format="csr"
            )
        weights = model.fit_transform(matrix)
        del matrix
    log.debug(
        "topics: %d paragraphs x %d terms, k=%d, reconstruction error %.3f",
        len(paras),
        len(terms),
        k,
        model.reconstruction_err_,
    )
    return TopicModel(
        paragraphs=paras,
        terms=terms,
        components=model.components_,
        weights=weights,
        k=k,
        seed=seed,
        texts=texts,
    )


PARAGRAPH_BLOCK = 20_000
"""Paragraphs whose TF-IDF rows ``_fit_on_sample`` holds at once."""


def _fit_on_sample(
    texts: Callable[[np.ndarray], list[str]],
    n: int,
    model: NMF,
    terms: tuple[int, int],
    max_fit_paragraphs: int,
) -> tuple[np.ndarray, np.ndarray]:
    """Fit ``model`` on an evenly spaced sample of ``max_fit_paragraphs`` of ``paras`` and
    give every paragraph its topic weights: (terms, weights), exactly what the
    ``TfidfVectorizer(min_df=min_df, sublinear_tf=True)`` matrix of every paragraph,
    ``model.fit`` on its sample rows and ``model.transform`` of it give, without that
    matrix. The terms are counted ``PARAGRAPH_BLOCK`` paragraphs at a time (kept on disk),
    then each block's TF-IDF rows are made in turn: the sample rows are kept for the fit,
    and each row's product with the topics (all ``transform`` reads of a row when the
    topics are fixed) for the weights. ``texts`` gives the text of the ``n`` paragraphs
    by position (a block at a time); ``terms`` is (max_n, min_df)."""
    with SpilledBlocks() as spilled:
        vocab, column, idf = _counted_terms(texts, n, terms, spilled, first="min_df")
        sample = np.unique(np.linspace(0, n - 1, max_fit_paragraphs).round().astype(int))
        fit_rows = [
            _tfidf(block, column, idf)[
                sample[(sample >= first) & (sample < first + block.shape[0])] - first
            ]
            for first, block in spilled
        ]
        model.fit(sparse.vstack(fit_rows, format="csr"))
        del fit_rows
        if (update := _cd_update()) is not None:
            topics_t = np.ascontiguousarray(model.components_.T)
            products = np.vstack([_tfidf(block, column, idf) @ topics_t for _, block in spilled])
            weights = _nmf_weights(model, products, update)
        else:  # scikit-learn's public transform, on the whole matrix (more memory)
            weights = model.transform(
                sparse.vstack([_tfidf(block, column, idf) for _, block in spilled], format="csr")
            )
    log.info("topics: fitted on %d of %d paragraphs", len(sample), n)
    return vocab, weights


def _counted_terms(
    texts: Callable[[np.ndarray], list[str]],
    n: int,
    terms: tuple[int, int],
    spilled: SpilledBlocks,
    first: str = "vocabulary",
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The terms (``terms``: max_n, min_df) of the ``n`` paragraphs ``texts`` gives,
    counted ``PARAGRAPH_BLOCK`` paragraphs at a time into ``spilled`` (columns: term ids,
    numbered in the order ``terms_of`` meets them, as the vectorizer numbers them before
    sorting): the kept terms (in ``min_df`` paragraphs; sorted), each term id's kept column
    (-1: dropped) and the kept terms' idf. Refused as ``TfidfVectorizer`` refuses (no
    term at all, ``min_df`` above ``n``, every term pruned); ``first="min_df"`` checks
    ``min_df`` before counting (the sample path's order)."""
    max_n, min_df = terms
    if first == "min_df" and min_df > n:  # the vectorizer's own checks, in its words
        raise ValueError("max_df corresponds to < documents than min_df")
    counter = counter_for(max_n)  # term ids in the order terms_of meets them
    df = np.zeros(0, dtype=np.int64)  # per term id: paragraphs that use it
    for start, block in counter.blocks(np.arange(n), n, texts, PARAGRAPH_BLOCK):
        df = add_to(df, np.bincount(block.indices, minlength=block.shape[1]))
        spilled.keep(start, block)
    vocab, rank = counter.sorted_terms()
    if first == "vocabulary" and not len(vocab):
        raise ValueError("empty vocabulary; perhaps the documents only contain stop words")
    if min_df > n:
        raise ValueError("max_df corresponds to < documents than min_df")
    df = add_to(np.zeros(len(vocab), np.int64), df)[np.argsort(rank)]
    kept = df >= min_df
    if not kept.any():
        raise ValueError("After pruning, no terms remain. Try a lower min_df or a higher max_df.")
    column = np.where(kept, np.cumsum(kept) - 1, -1)[rank]  # term id -> kept column
    return vocab[kept], column, _idf(df[kept], n)


def _cd_update() -> Callable[..., float] | None:
    """scikit-learn's coordinate-descent step (``_update_cdnmf_fast``, a private function
    ``_nmf_weights`` runs as ``transform`` does); None, with a log line, when this
    scikit-learn has no such function of the known signature, so that the topics fall
    back to the public ``transform`` instead of failing."""
    try:
        from sklearn.decomposition._cdnmf_fast import _update_cdnmf_fast
    except ImportError:
        log.info("topics: scikit-learn has no _update_cdnmf_fast; weights by NMF.transform")
        return None
    try:  # the known signature: (W, HHt, XHt, permutation) -> violation
        _update_cdnmf_fast(
            np.zeros((1, 1)), np.ones((1, 1)), np.zeros((1, 1)), np.zeros(1, dtype=np.intp)
        )
    except (TypeError, ValueError):
        log.info("topics: scikit-learn's _update_cdnmf_fast changed; weights by NMF.transform")
        return None
    return _update_cdnmf_fast


def _idf(df: np.ndarray, n: int) -> np.ndarray:
    """``TfidfTransformer``'s smoothed idf of ``n`` rows (its operations, in its order)."""
    df = df.astype(np.float64)
    df += 1.0
    idf = np.full_like(df, fill_value=n + 1, dtype=np.float64)
    idf /= df
    np.log(idf, out=idf)
    idf += 1.0
    return idf


def _tfidf(counts: sparse.csr_matrix, column: np.ndarray, idf: np.ndarray) -> sparse.csr_matrix:
    """A block's counts (columns: term ids) as ``TfidfVectorizer`` rows: the kept terms'
    columns (``column``: term id -> kept column, -1 for a dropped term), each row's
    entries in the order the vectorizer holds them (by term id, as first seen), sublinear
    tf times idf, L2-normalised in that order (the sums' order matters to the last bit),
    then sorted by column, as scikit-learn's checks sort the vectorizer's matrix in place
    before ``NMF`` reads it."""
    counts = counts.tocsr()
    counts.sort_indices()
    keep = column[counts.indices] >= 0
    rows = np.repeat(np.arange(counts.shape[0]), np.diff(counts.indptr))[keep]
    indptr = np.concatenate([[0], np.cumsum(np.bincount(rows, minlength=counts.shape[0]))])
    data = counts.data[keep].astype(np.float64)
    indices = column[counts.indices[keep]]
    np.log(data, data)
    data += 1.0
    data *= idf[indices]
    out = sparse.csr_matrix((data, indices, indptr), shape=(counts.shape[0], len(idf)))
    out = normalize(out, norm="l2", copy=False)
    out.sort_indices()  # as NMF's input checks leave the vectorizer's matrix
    return out


def _nmf_weights(model: NMF, products: np.ndarray, update: Callable[..., float]) -> np.ndarray:
    """``model.transform(X)`` from ``products`` = X @ components_.T: with the topics fixed,
    scikit-learn's coordinate descent reads X only through that product, so this runs its
    loop (``_fit_coordinate_descent`` with ``update_H=False``: W from zeros, the same
    tolerance and iteration limit, no regularisation) on the product alone, with its step
    ``update`` (``_cd_update``)."""
    if model.solver != "cd" or model.shuffle or model.alpha_W or model.alpha_H not in (0, "same"):
        raise ValueError("only the default coordinate-descent NMF is supported here")
    weights = np.zeros((products.shape[0], model.components_.shape[0]), dtype=np.float64)
    topics_t = np.ascontiguousarray(model.components_.T)
    permutation = np.arange(topics_t.shape[1], dtype=np.intp)
    products = np.ascontiguousarray(products)
    violation_init, n_iter = 0.0, 0
    for n_iter in range(1, model.max_iter + 1):
        violation = 0.0
        violation += update(weights, np.dot(topics_t.T, topics_t), products, permutation)
        if n_iter == 1:
            violation_init = violation
        if violation_init == 0 or violation / violation_init <= model.tol:
            break
    if n_iter == model.max_iter and model.tol > 0:  # as scikit-learn warns
        message = (
            f"Maximum number of iterations {n_iter} reached. Increase it to improve convergence."
        )
        warnings.warn(message, ConvergenceWarning, stacklevel=2)
    return weights


def topic_terms(model: TopicModel, top_n: int = 10) -> pd.DataFrame:
    """The ``top_n`` heaviest terms of each topic (rows topic x rank)."""
    rows = []
    for topic, component in enumerate(model.components):
        order = np.lexsort((model.terms, -component))[:top_n]
        rows += [(topic, rank, model.terms[i], float(component[i])) for rank, i in enumerate(order)]
    out = pd.DataFrame(rows, columns=["topic", "rank", "term", "weight"])
    return out.astype({"topic": "int64", "rank": "int64", "term": "str"})


def topic_paragraphs(model: TopicModel, n: int = 3) -> pd.DataFrame:
    """The ``n`` paragraphs that load most on each topic (rows topic x rank)."""
    rows, positions = [], []
    paras = model.paragraphs
    for topic in range(model.k):
        column = model.weights[:, topic]
        order = np.lexsort((paras["para_id"], paras["doc_id"], -column))[:n]
        for rank, i in enumerate(order):
            if column[i] <= 0:
                continue
            rows.append(
                (topic, rank, paras.at[i, "doc_id"], int(paras.at[i, "para_id"]), float(column[i]))
            )
            positions.append(i)
    out = pd.DataFrame(rows, columns=["topic", "rank", "doc_id", "para_id", "weight"])
    out["text"] = pd.Series(model.text_of(np.asarray(positions, np.int64)), dtype="str")
    return out.astype({"topic": "int64", "rank": "int64", "para_id": "int64"})


def topic_themes(model: TopicModel, hits: pd.DataFrame) -> pd.DataFrame:
    """How the paragraphs of each topic (by dominant topic) are coded with themes.

    Rows: one per topic x theme with at least one coded paragraph; columns topic,
    theme, n_paragraphs, n_theme, share, lift. Sorted by topic, then share descending.
    """
    paras = model.paragraphs[["doc_id", "para_id"]].assign(topic=model.dominant)
    paras = paras.loc[paras["topic"] >= 0]
    sizes = paras.groupby("topic").size().rename("n_paragraphs")
    coded = coded_paragraphs(hits)[["doc_id", "para_id", "theme"]].merge(
        paras, on=["doc_id", "para_id"]
    )
    if coded.empty:  # no paragraph coded with a theme (a dictionary that matches nothing)
        dtypes = {"topic": "int64", "theme": "str", "n_paragraphs": "int64", "n_theme": "int64"}
        columns = [*dtypes, "share", "lift"]
        return pd.DataFrame({c: pd.Series(dtype=dtypes.get(c, "float64")) for c in columns})
    overall = coded.groupby("theme").size() / len(paras)
    out = coded.groupby(["topic", "theme"], as_index=False).size()
    out = out.rename(columns={"size": "n_theme"}).merge(sizes.reset_index(), on="topic")
    out["share"] = out["n_theme"] / out["n_paragraphs"]
    out["lift"] = out["share"] / out["theme"].map(overall)
    out = out[["topic", "theme", "n_paragraphs", "n_theme", "share", "lift"]]
    return out.sort_values(
        ["topic", "share", "lift", "theme"], ascending=[True, False, False, True]
    ).reset_index(drop=True)


def topics(
    corpus: Corpus,
    k: int = 6,
    seed: int = 0,
    *,
    top_n: int = 8,
    hits: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """One row per topic: label, top terms, size, closest theme and an example paragraph.

    The closest theme is the one with the highest lift among themes coded in at
    least a third of the topic's paragraphs (``theme_share`` is that theme's share),
    so that it is both frequent in and characteristic of the topic. ``hits`` defaults
    to ``theme_hits(corpus)``. A corpus without lede or body paragraphs (an empty
    selection) has no topics: an empty table with these columns.
    """
    if not len(topic_rows(corpus)[1]):
        return pd.DataFrame({c: pd.Series(dtype=TOPIC_DTYPES[c]) for c in TOPIC_DTYPES})
    model = fit_topics(corpus, k=k, seed=seed)
    hits = theme_hits(corpus) if hits is None else hits
    terms = topic_terms(model, top_n=top_n)
    overlap = topic_themes(model, hits)
    examples = topic_paragraphs(model, n=1)
    dominant = pd.Series(model.dominant)
    total_weight = model.weights.sum()
    rows = []
    for topic in range(model.k):
        words = terms.loc[terms["topic"] == topic, "term"].tolist()
        candidates = overlap.loc[(overlap["topic"] == topic) & (overlap["share"] >= 1 / 3)]
        best = candidates.sort_values(["lift", "theme"], ascending=[False, True]).head(1)
        example = examples.loc[examples["topic"] == topic]
        rows.append(
            {
                "topic": topic,
                "label": " / ".join(words[:3]),
                "top_terms": "; ".join(words),
                "n_paragraphs": int((dominant == topic).sum()),
                "weight_share": float(model.weights[:, topic].sum() / total_weight),
                "closest_theme": best["theme"].iloc[0] if len(best) else "",
                "theme_share": float(best["share"].iloc[0]) if len(best) else float("nan"),
                "example_doc_id": example["doc_id"].iloc[0] if len(example) else "",
                "example_para_id": int(example["para_id"].iloc[0]) if len(example) else -1,
                "example": example["text"].iloc[0] if len(example) else "",
            }
        )
    return pd.DataFrame(rows).astype({"label": "str", "top_terms": "str", "closest_theme": "str"})


EXPORT_TABLES: dict[str, Callable[[Corpus], pd.DataFrame]] = {
    "topics": lambda corpus: topics(corpus),  # also registered by analysis.analyses.keyterms
}
