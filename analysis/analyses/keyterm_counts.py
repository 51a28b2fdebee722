"""The terms of a corpus counted once: the stop words, the words and n-grams of a sentence
(``terms_of``), a sentence x term matrix of a whole corpus (``sentence_terms``; the key-term
tables count block by block instead, ``analysis.analyses.term_blocks``) and the
log-likelihood statistic of keyness and collocations (``log_likelihood``).

Words and multiword expressions are counted within content sentences (lede, heading,
body; see ``analysis.annotators.themes.content_sentences``) so that no n-gram crosses a sentence
boundary. Stop words (scikit-learn's English list plus ``analysis/data/stopwords.txt``)
may sit inside a multiword expression but never at its edge, and numbers are not terms.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer

from analysis.annotators.cached import memoized
from analysis.annotators.themes import content_sentences
from analysis.core.data_files import load_data_file
from analysis.core.errors import ParameterError
from analysis.core.stop_words import english_stop_words
from analysis.core.text import tokenize
from analysis.ingest.store import file_stamp

if TYPE_CHECKING:
    from analysis.ingest.corpus import Corpus

log = logging.getLogger(__name__)

CORRECTIONS = ("williams", "none")


def default_stopwords_path() -> Path:
    """Path of the extra stop-word list shipped with the package."""
    return Path(str(resources.files("analysis") / "data" / "stopwords.txt"))


def load_stopwords(path: str | Path | None = None) -> frozenset[str]:
    """scikit-learn's English stop words plus one word per line of ``path``
    (the packaged ``stopwords.txt`` by default; ``#`` starts a comment). The packaged list
    is read once; an analyst's file again whenever it changes (``store.file_stamp``)."""
    if path is None:
        return _packaged_stopwords()
    return _stopwords(Path(path), file_stamp(Path(path)))


@lru_cache(maxsize=1)  # packaged data: read once per process (terms_of asks per sentence)
def _packaged_stopwords() -> frozenset[str]:
    source = default_stopwords_path()
    return _stopwords(source, file_stamp(source))


@lru_cache(maxsize=8)  # keyed by the file's change time: an edited list is read again
def _stopwords(source: Path, _stamp: tuple[int, int, int]) -> frozenset[str]:
    extra = {word.lower() for word in load_data_file("stopwords.txt", path=source)}
    return frozenset(english_stop_words() | extra)


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
    number = [w[0].isdigit() for w in words]
    # a word that may stand alone or at an n-gram's edge: not a stop word, not a number
    edge = [not d and w not in stop for w, d in zip(words, number, strict=True)]
    out = [w for w, ok in zip(words, edge, strict=True) if ok]
    return out + _ngrams(words, number, edge, max_n)


def _ngrams(words: list[str], number: list[bool], edge: list[bool], max_n: int) -> list[str]:
    """The n-grams (2..``max_n``) of ``terms_of``, by n then position: those whose first and
    last words are ``edge`` words and whose inner words are no ``number``. Pairs and triples
    are made by ``zip`` (the same terms in the same order as by position, faster)."""
    out: list[str] = []
    if max_n >= 2:
        pairs = zip(words, words[1:], edge, edge[1:], strict=False)
        out += [f"{a} {b}" for a, b, ea, eb in pairs if ea and eb]
    if max_n >= 3:
        triples = zip(words, words[1:], words[2:], edge, number[1:], edge[2:], strict=False)
        out += [f"{a} {b} {c}" for a, b, c, ea, nb, ec in triples if ea and ec and not nb]
    for n in range(4, max_n + 1):
        for i in range(len(words) - n + 1):
            last = i + n - 1
            if edge[i] and edge[last] and not any(number[i + 1 : last]):
                out.append(" ".join(words[i : last + 1]))
    return out


def _term_matrix(texts: Sequence[str], max_n: int) -> tuple[sparse.csr_matrix, np.ndarray]:
    """Sparse count matrix (texts x terms) and the sorted vocabulary; no texts, or texts
    without a term (an empty selection), give a texts x 0 matrix, not an error."""
    stop = load_stopwords()
    vectorizer = CountVectorizer(
        analyzer=lambda t: terms_of(t, max_n=max_n, stopwords=stop), lowercase=False
    )
    try:
        matrix = vectorizer.fit_transform(texts)
    except ValueError as exc:  # scikit-learn: "empty vocabulary; perhaps ..."
        if "empty vocabulary" not in str(exc):
            raise
        return sparse.csr_matrix((len(texts), 0), dtype="int64"), np.array([], dtype=object)
    return matrix.tocsr(), vectorizer.get_feature_names_out()


@dataclass(frozen=True)
class SentenceTerms:
    """The content sentences of a corpus vectorised once (see ``sentence_terms``).

    ``sentences`` holds doc_id, para_id, sent_id and text of ``content_sentences`` in
    order; ``matrix`` (sentences x terms, CSR, counts) has one row per sentence and one
    column per term of ``vocab`` (sorted); ``n_words`` is each term's number of words.
    """

    sentences: pd.DataFrame
    matrix: sparse.csr_matrix
    vocab: np.ndarray
    n_words: np.ndarray
    max_n: int


def sentence_terms(corpus: Corpus, max_n: int = 3) -> SentenceTerms:
    """Words and n-grams (up to ``max_n``, ``terms_of``) of every content sentence in one
    sentence x term matrix, counted once per corpus and kept for the process
    (``analysis.annotators.cached``). For an analyst who wants sentence-level counts: the
    key-term tables do not use it (they count block by block, ``analysis.analyses.term_blocks``,
    as this matrix grows with the corpus: ~190 MB, ~800 MB at its peak, at 10,000 articles)."""

    def compute() -> SentenceTerms:
        sentences = content_sentences(corpus)[["doc_id", "para_id", "sent_id", "text"]]
        matrix, vocab = _term_matrix(sentences["text"].tolist(), max_n)
        n_words = np.char.count(vocab.astype(str), " ") + 1 if len(vocab) else np.zeros(0, int)
        log.debug("sentence terms: %d sentences x %d terms", *matrix.shape)
        return SentenceTerms(sentences, matrix, vocab, n_words.astype("int64"), max_n)

    return memoized(corpus, "sentence_terms", compute, variant=str(max_n))


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
