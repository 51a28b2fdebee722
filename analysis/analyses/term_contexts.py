"""Where terms stand: keyword in context (``kwic``: every match of a pattern in the content
sentences, with the words around it) and the multiword expressions whose words keep
company (``collocations``, from the terms counted in ``analysis.analyses.term_blocks``).

Tables (row unit and columns):

kwic (one row per match)
    doc_id, para_id, sent_id, left, match, right, start, end
    ``start``/``end`` index into ``sentences.text``; left/right come from the paragraph.
collocations (one row per multiword expression)
    collocation, n_words, n, pmi, g2
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from analysis.analyses.keyterm_counts import log_likelihood
from analysis.analyses.term_blocks import corpus_totals
from analysis.annotators.themes import compile_terms, content_sentences
from analysis.core.errors import ParameterError

if TYPE_CHECKING:
    from analysis.ingest.corpus import Corpus


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
    paras = corpus.held_paragraphs().set_index(["doc_id", "para_id"])["text"]
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
    vocab, n_words, counts = corpus_totals(corpus, max_n)
    multi = np.flatnonzero(n_words >= 2)
    columns = ["collocation", "n_words", "n", "pmi", "g2"]
    if not len(multi):
        return pd.DataFrame({c: [] for c in columns}).astype(
            {"collocation": "str", "n_words": "int64", "n": "int64", "pmi": float, "g2": float}
        )
    n = counts[multi]
    grams = vocab[multi]
    split = [g.rsplit(" ", 1) for g in grams]
    table = pd.DataFrame(
        {
            "collocation": grams,
            "n_words": n_words[multi],
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
