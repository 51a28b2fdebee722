"""``fit_topics`` as it was before issue 13's blocks: the TF-IDF matrix of every
paragraph (``TfidfVectorizer``), ``NMF.fit`` on its sample rows and ``NMF.transform`` of
all of it. The reference ``analysis.analyses.topics``'s block-by-block fit must match
exactly (tests/test_topic_blocks.py)."""

from __future__ import annotations

import logging

import numpy as np
from sklearn.decomposition import NMF
from sklearn.feature_extraction.text import TfidfVectorizer

from analysis.analyses.keyterm_counts import load_stopwords, terms_of
from analysis.analyses.topics import MAX_FIT_PARAGRAPHS, TopicModel, topic_input
from analysis.core.errors import ParameterError
from analysis.ingest.corpus import Corpus

log = logging.getLogger(__name__)


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
    then differ slightly from a fit on everything).
    """
    paras = topic_input(corpus)
    if not 1 <= k < max(len(paras), 2):
        raise ParameterError("k", k, f"must be between 1 and {len(paras) - 1} (paragraphs - 1)")
    stop = load_stopwords()
    vectorizer = TfidfVectorizer(
        analyzer=lambda t: terms_of(t, max_n=max_n, stopwords=stop),
        lowercase=False,
        min_df=min_df,
        sublinear_tf=True,
    )
    matrix = vectorizer.fit_transform(paras["text"].tolist())
    model = NMF(n_components=k, init="nndsvda", random_state=seed, max_iter=1000)
    if max_fit_paragraphs is not None and matrix.shape[0] > max(max_fit_paragraphs, k + 1):
        sample = np.linspace(0, matrix.shape[0] - 1, max_fit_paragraphs).round().astype(int)
        model.fit(matrix[np.unique(sample)])
        weights = model.transform(matrix)
        log.info("topics: fitted on %d of %d paragraphs", len(np.unique(sample)), len(paras))
    else:
        weights = model.fit_transform(matrix)
    log.debug(
        "topics: %d paragraphs x %d terms, k=%d, reconstruction error %.3f",
        matrix.shape[0],
        matrix.shape[1],
        k,
        model.reconstruction_err_,
    )
    return TopicModel(
        paragraphs=paras,
        terms=vectorizer.get_feature_names_out(),
        components=model.components_,
        weights=weights,
        k=k,
        seed=seed,
    )
