"""Coding a corpus's content sentences with the theme dictionary: the ``theme_hits`` table.

Per sentence, ``analysis.annotators.theme_matching`` finds the matches and
``analysis.annotators.theme_weighing`` weighs them; the word model
(``analysis.annotators.theme_evidence``)
may add evidence per paragraph; a paragraph is coded with a theme when its summed weight
reaches the theme's threshold (``coded``) and, when the theme file has a ``focus:`` entry
(``analysis.annotators.theme_focus``), the theme is not a passing mention. The table's
columns are documented in ``analysis.annotators.themes``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from itertools import compress
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
import pyarrow as pa

from analysis.annotators.theme_dictionary import Theme, resolve_themes
from analysis.annotators.theme_evidence import model_evidence
from analysis.annotators.theme_focus import apply_focus, paragraph_scores
from analysis.annotators.theme_matching import place_coder
from analysis.annotators.theme_slots import coding_plan, theme_index
from analysis.annotators.theme_weighing import sentence_hits
from analysis.core.memory import collector_paused
from analysis.core.rows import take_rows
from analysis.core.schema import CONTENT_KINDS
from analysis.core.sentence_text import paragraph_rows, sentence_texts, sliced_texts

if TYPE_CHECKING:
    from analysis.ingest.corpus import Corpus

log = logging.getLogger(__name__)

HIT_COLUMNS = ("doc_id", "para_id", "sent_id", "theme", "term", "match", "start", "end")


CODING_COLUMNS = ("weight", "rule", "coded")
"""Columns ``theme_hits`` adds after ``HIT_COLUMNS`` (see its docstring)."""


def content_paragraphs(
    corpus: Corpus, kinds: Sequence[str] = CONTENT_KINDS, *, columns: Sequence[str] = ()
) -> pd.DataFrame:
    """Paragraphs whose text is the article itself: lede, heading and body (or the
    given ``kinds``), without repeated paragraphs (``repeat_of >= 0``) and without
    duplicate documents.

    Rows: one per paragraph; columns as ``corpus.paragraphs``, or only ``columns`` (any
    but ``raw``: taken from the paragraphs as held, so the corpus's ``raw`` is not made).
    """
    keep = _content_mask(corpus, kinds)
    paras = corpus.held_paragraphs()[list(columns)] if columns else corpus.paragraphs
    return paras.loc[keep].reset_index(drop=True)


def content_paragraph_rows(corpus: Corpus, kinds: Sequence[str] = CONTENT_KINDS) -> np.ndarray:
    """The positions in ``corpus.held_paragraphs()`` of ``content_paragraphs``' rows (in
    its order), to take a column of only those rows."""
    return np.flatnonzero(_content_mask(corpus, kinds).to_numpy())


def _content_mask(corpus: Corpus, kinds: Sequence[str]) -> pd.Series:
    """Which of ``corpus.held_paragraphs()`` are content paragraphs of ``kinds``."""
    held = corpus.held_paragraphs()
    keep = held["kind"].isin(list(kinds)) & (held["repeat_of"] < 0)
    docs = corpus.held_documents()
    if "duplicate_of" in docs.columns:
        dupes = docs.loc[docs["duplicate_of"].fillna("").astype(str) != "", "doc_id"]
        keep &= ~held["doc_id"].isin(dupes)
    return keep


def content_sentences(corpus: Corpus, kinds: Sequence[str] = CONTENT_KINDS) -> pd.DataFrame:
    """Sentences of ``content_paragraphs`` (rows and columns as ``corpus.sentences``)."""
    keys = content_paragraphs(corpus, kinds, columns=("doc_id", "para_id"))
    return corpus.sentences.merge(keys, on=["doc_id", "para_id"], how="inner")


def content_sentence_rows(corpus: Corpus, kinds: Sequence[str] = CONTENT_KINDS) -> pd.DataFrame:
    """The rows of ``content_sentences`` (same rows, same order) without their text:
    columns doc_id, para_id, sent_id and ``row``, the sentence's position in
    ``corpus.held_sentences()`` (for ``sentence_text_at``). The corpus's sentence text is
    neither read nor made: a key-term or evidence table takes the text of one block of
    rows at a time instead of a copy of every sentence's."""
    keys = content_paragraphs(corpus, kinds, columns=("doc_id", "para_id"))
    held = corpus.held_sentences()[["doc_id", "para_id", "sent_id"]]
    held = held.assign(row=np.arange(len(held), dtype=np.int64))
    return held.merge(keys, on=["doc_id", "para_id"], how="inner")


SENTENCE_BLOCK = 50_000
"""Content sentences whose text ``content_sentence_blocks`` makes at once."""


def content_sentence_blocks(
    corpus: Corpus, kinds: Sequence[str] = CONTENT_KINDS, block_size: int | None = None
) -> Iterator[tuple[str, int, str]]:
    """(doc_id, para_id, text) of each of ``content_sentences``, in its order, the text
    made ``block_size`` (default ``SENTENCE_BLOCK``) sentences at a time: a pass over the
    corpus that never holds every sentence's text."""
    rows = content_sentence_rows(corpus, kinds)
    block_size = block_size or SENTENCE_BLOCK
    for first in range(0, len(rows), block_size):
        part = rows.iloc[first : first + block_size]
        yield from zip(
            part["doc_id"].tolist(),
            part["para_id"].tolist(),
            sentence_text_at(corpus, part["row"].to_numpy()),
            strict=True,
        )


def sentence_text_at(corpus: Corpus, rows: np.ndarray) -> list[str]:
    """The text of the sentences at positions ``rows`` of ``corpus.held_sentences()`` (the
    values ``corpus.sentences.text`` holds there), made from the paragraphs when the
    corpus holds its sentences as spans, so that only these rows' text is made."""
    held = corpus.held_sentences()
    rows = np.asarray(rows, dtype=np.int64)
    if "text" in held.columns:
        return take_rows(held[["text"]], rows)["text"].tolist()
    return sentence_texts(held.iloc[rows], corpus.held_paragraphs()).tolist()


def sentence_text_reader(corpus: Corpus, rows: np.ndarray) -> Callable[[np.ndarray], list[str]]:
    """A function of ``positions`` (into ``rows``) giving ``sentence_text_at(corpus,
    rows[positions])``: each row's paragraph (doc_id, para_id) is looked up once, here, not
    at every call (``sentence_text_at`` builds an index of every paragraph per call)."""
    held = corpus.held_sentences()
    rows = np.asarray(rows, dtype=np.int64)
    if "text" in held.columns:
        texts = held[["text"]]
        return lambda positions: take_rows(texts, rows[positions])["text"].tolist()
    spans = take_rows(held[["doc_id", "para_id", "start", "end"]], rows)
    paragraphs = corpus.held_paragraphs()
    para, texts = paragraph_rows(spans, paragraphs), paragraphs[["text"]]
    starts = spans["start"].to_numpy(dtype=np.int64)
    ends = spans["end"].to_numpy(dtype=np.int64)
    del spans

    def read(positions: np.ndarray) -> list[str]:
        return sliced_texts(texts, para[positions], starts[positions], ends[positions])

    return read


def with_sentence_rows(corpus: Corpus, frame: pd.DataFrame, *, how: str = "inner") -> pd.DataFrame:
    """``frame`` merged (``how``) with the sentence keys (doc_id, para_id, sent_id) of
    ``corpus.held_sentences()``, which adds ``_row``, each sentence's position there
    (NaN for a left merge's missing sentence): the rows and order of a merge with
    ``corpus.sentences``, before any text is made (``add_sentence_text``)."""
    keys = ["doc_id", "para_id", "sent_id"]
    held = corpus.held_sentences()[keys]
    held = held.assign(_row=np.arange(len(held), dtype=np.int64))
    return frame.merge(held, on=keys, how=how)


def add_sentence_text(corpus: Corpus, frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` (from ``with_sentence_rows``) with ``text`` for its ``_row`` in place of
    that column: only these sentences' text is made."""
    found = frame["_row"].notna().to_numpy()
    text = pd.Series(pd.NA, index=frame.index, dtype="str")
    if found.any():
        rows = frame["_row"].to_numpy(dtype=np.float64)[found].astype(np.int64)
        text.loc[found] = sentence_text_at(corpus, rows)
    return frame.drop(columns="_row").assign(text=text)


def with_sentence_text(corpus: Corpus, frame: pd.DataFrame, *, how: str = "inner") -> pd.DataFrame:
    """``frame.merge(corpus.sentences[[doc_id, para_id, sent_id, text]], how=how)`` (the
    same rows, order and columns) with only the text of ``frame``'s sentences made."""
    return add_sentence_text(corpus, with_sentence_rows(corpus, frame, how=how))


_SENTENCE_COLUMNS = ("doc_id", "para_id", "sent_id", "text")


def _content_columns(corpus: Corpus) -> list[list]:
    """The doc_id, para_id, sent_id and text lists of ``content_sentences(corpus)``: the
    corpus's sentences (in their order, as the merge keeps them) whose paragraph is a
    content paragraph, picked by a set of paragraph keys rather than a merge (a third of
    the time); by the merge itself when a paragraph key repeats (it would repeat the
    sentences)."""
    paras = content_paragraphs(corpus, columns=("doc_id", "para_id"))
    keys = set(zip(paras["doc_id"].tolist(), paras["para_id"].tolist(), strict=True))
    if len(keys) != len(paras):
        sentences = content_sentences(corpus)
        return [sentences[c].tolist() for c in _SENTENCE_COLUMNS]
    columns = [corpus.sentences[c].tolist() for c in _SENTENCE_COLUMNS]
    keep = [key in keys for key in zip(columns[0], columns[1], strict=True)]
    if all(keep):
        return columns
    return [list(compress(column, keep)) for column in columns]


def _empty_hits() -> pd.DataFrame:
    dtypes = {"para_id": "int64", "sent_id": "int64", "start": "int64", "end": "int64"}
    dtypes |= {"weight": "float64", "coded": "bool"}
    return pd.DataFrame(
        {c: pd.Series(dtype=dtypes.get(c, "str")) for c in (*HIT_COLUMNS, *CODING_COLUMNS)}
    )


_ROW_ORDER = itemgetter(0, 1, 2, 6, 3)  # hit rows: doc, para, sent, start, theme


def theme_hits(
    corpus: Corpus,
    themes: Sequence[Theme] | str | Path | None = None,
) -> pd.DataFrame:
    """Code the content sentences of ``corpus`` with the theme dictionary.

    Only lede, heading and body paragraphs are read (never titles, captions,
    boilerplate, bylines or credits; repeated ledes are skipped). Rows: one per term
    match, actor or model evidence; columns ``HIT_COLUMNS`` + ``CODING_COLUMNS`` with
    ``start``/``end`` offsets into the sentence text: ``weight`` (after context rules),
    ``rule`` (the context rule that changed the weight, ``actor:<id>``, ``model:<p>`` for
    the word model, ``clause:<id>`` / ``passing_mention`` / ``thin_evidence`` for the focus
    rules, else empty) and ``coded`` (the paragraph's summed weight for the theme reaches its
    threshold, and the theme is not a passing mention nor thin evidence). Sorted by doc_id,
    para_id, sent_id, start, theme. The corpus is not mutated.

    Python's cyclic garbage collector is paused while the rows are made
    (``core.memory.collector_paused``; ``annotate`` pauses it already, per chunk).
    """
    compiled = tuple(resolve_themes(themes))
    with collector_paused():
        return _coded_hits(corpus, compiled)


def _coded_hits(corpus: Corpus, compiled: tuple[Theme, ...]) -> pd.DataFrame:
    """``theme_hits`` of ``corpus`` with the dictionary ``compiled``."""
    columns = _content_columns(corpus)
    rows = []
    index = theme_index(compiled)
    plan = coding_plan(compiled)
    coder = place_coder(compiled)
    for doc_id, para_id, sent_id, text in zip(*columns, strict=True):
        scanned = coder.scan(text)
        anchored = index.anchored_words(text) if scanned is None else []
        for hit in sentence_hits(text, compiled, anchored, plan, index.full_scan, scanned):
            rows.append((doc_id, para_id, sent_id, *hit))
    focus = compiled[0].focus if compiled else None
    added = model_evidence(rows, columns, compiled)
    dictionary = paragraph_scores(rows) if added and focus is not None else None
    rows += added
    log.debug(
        "theme coding: %d sentences, %d themes, %d hits", len(columns[0]), len(compiled), len(rows)
    )
    if not rows:
        return _empty_hits()
    rows.sort(key=_ROW_ORDER)
    if focus is None:
        return _hits_frame(rows, _passes_threshold(rows, compiled))
    threshold = {t.id: t.threshold for t in compiled}
    return _hits_frame(*apply_focus(rows, columns, threshold, focus, dictionary))


_HIT_DTYPES = ("str", "int64", "int64", "str", "str", "str", "int64", "int64", "float64", "str")


def _hits_frame(rows: list[tuple], coded: list[bool]) -> pd.DataFrame:
    """The hits table from row tuples in ``HIT_COLUMNS`` + weight, rule order."""
    names = [*HIT_COLUMNS, "weight", "rule"]
    values = list(zip(*rows, strict=True))
    data = {
        name: _column(column, dtype)
        for name, column, dtype in zip(names, values, _HIT_DTYPES, strict=True)
    }
    return pd.DataFrame({**data, "coded": np.array(coded, dtype=bool)})


def _column(values: tuple, dtype: str) -> Any:
    """One column of the hits table: text through an Arrow array (the "str" dtype's own
    storage: about half the time of converting the Python strings in pandas), numbers
    through ``np.fromiter``."""
    if dtype == "str":
        return pd.array(pa.array(values, type=pa.large_string()), dtype="str")
    return np.fromiter(values, dtype=dtype, count=len(values))


def _passes_threshold(rows: Sequence[tuple], themes: Sequence[Theme]) -> list[bool]:
    """Per hit row ``(doc_id, para_id, sent_id, theme, term, match, start, end, weight,
    rule)``: whether its paragraph's summed weight for its theme reaches the threshold."""
    score: dict[tuple, float] = {}
    for row in rows:
        key = (row[0], row[1], row[3])
        score[key] = score.get(key, 0.0) + row[8]
    threshold = {t.id: t.threshold for t in themes}
    return [
        score[key] > 0 and score[key] >= threshold[key[2]] - 1e-9
        for key in ((row[0], row[1], row[3]) for row in rows)
    ]


def counted_hits(hits: pd.DataFrame) -> pd.DataFrame:
    """The hits that code their paragraph: with a positive weight in a paragraph coded
    with the theme (all hits of a table without the coding columns)."""
    if "coded" not in hits.columns:
        return hits
    return hits.loc[hits["coded"].astype(bool) & (hits["weight"] > 0)]
