"""``Corpus``: the core tables of one corpus (see ``analysis.core.schema``), frozen; every
method returns a new ``Corpus``. ``analysis.ingest.corpus.load_corpus`` makes one from a folder.

The text is held once, in ``paragraphs.text``: the loader gives ``documents`` and
``sentences`` without their ``text`` columns and ``paragraphs`` without ``raw``, which
repeat it (``DocumentsWithoutText``, ``analysis.core.document_text``; ``SentenceSpans``,
``analysis.core.sentence_text``; ``ParagraphsWithoutRaw``, ``analysis.core.paragraph_raw``).
``corpus.documents``, ``corpus.paragraphs`` and ``corpus.sentences`` are always the full
tables: the column is made the first time each is read, and kept. ``held_documents``,
``held_paragraphs``, ``held_sentences``, ``take``, ``select`` and ``filter`` work on the
tables as held, without making the text (what chunked annotation uses)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.core.document_text import DocumentsWithoutText
from analysis.core.paragraph_raw import ParagraphsWithoutRaw
from analysis.core.rows import take_rows
from analysis.core.sentence_text import SentenceSpans


@dataclass(frozen=True)
class Corpus:
    """The core tables of one corpus. Frozen: every method returns a new ``Corpus``."""

    documents: pd.DataFrame
    paragraphs: pd.DataFrame
    sentences: pd.DataFrame
    rejected: pd.DataFrame
    seeds_dir: str = ""
    """The absolute seeds folder the corpus was read from ("" when not known). The ``path``
    columns are relative to it; ``file_path`` gives a file's absolute path."""

    def file_path(self, path: str) -> Path:
        """The absolute path of a ``documents.path`` or ``rejected.path`` value (for code
        that must open the file again; never for display)."""
        return Path(self.seeds_dir or ".") / path

    @property
    def corpus_hash(self) -> str:
        """Short hash of the documents' contents: the same files give the same hash."""
        docs = self.held_documents()
        lines = sorted(f"{d}:{s}" for d, s in zip(docs["doc_id"], docs["sha256"], strict=True))
        return hashlib.sha256("\n".join(lines).encode()).hexdigest()[:12]

    def __len__(self) -> int:
        return len(self.held_documents())

    def __repr__(self) -> str:
        return (
            f"Corpus({len(self)} documents, {len(self.held_paragraphs())} paragraphs, "
            f"{len(self.held_sentences())} sentences, {len(self.rejected)} rejected, "
            f"hash {self.corpus_hash})"
        )

    def held_documents(self) -> pd.DataFrame:
        """The documents table as held: every column, but without ``text`` while that has
        not been made yet (``DocumentsWithoutText``). Its rows are ``documents``' rows."""
        return _held_frame(self.__dict__["documents"])

    def held_paragraphs(self) -> pd.DataFrame:
        """The paragraphs table as held: while ``raw`` has not been made yet
        (``ParagraphsWithoutRaw``), without it and with the columns that make it back. Its
        rows are ``paragraphs``' rows."""
        return _held_frame(self.__dict__["paragraphs"])

    def held_sentences(self) -> pd.DataFrame:
        """The sentences table as held: every column, but without ``text`` while that has
        not been made yet (``SentenceSpans``). Its rows are ``sentences``' rows."""
        return _held_frame(self.__dict__["sentences"])

    def take(self, documents: np.ndarray, paragraphs: np.ndarray, sentences: np.ndarray) -> Corpus:
        """A corpus of the rows at these positions of each table (``core.rows.take_rows``:
        slices where the rows are consecutive); tables held without their text stay so."""
        return replace(
            self,
            documents=_take_held(self.__dict__["documents"], documents),
            paragraphs=_take_held(self.__dict__["paragraphs"], paragraphs),
            sentences=_take_held(self.__dict__["sentences"], sentences),
        )

    def select(self, doc_ids: Iterable[str]) -> Corpus:
        """A corpus holding only ``doc_ids`` (in their original order)."""
        keep = set(doc_ids)
        held = self.__dict__
        return replace(
            self,
            documents=_filter_held(held["documents"], self.held_documents()["doc_id"].isin(keep)),
            paragraphs=_filter_held(
                held["paragraphs"], self.held_paragraphs()["doc_id"].isin(keep)
            ),
            sentences=_filter_held(held["sentences"], self.held_sentences()["doc_id"].isin(keep)),
        )

    def with_documents(self, documents: pd.DataFrame) -> Corpus:
        """This corpus with ``documents`` for its documents table (the same rows in the same
        order, other metadata: inferred dates), its paragraphs and sentences kept as held
        (``dataclasses.replace`` would read, and so make, their text). ``documents``
        without a ``text`` column gets this corpus's text: made from the paragraphs when
        first read, as the held table's is, or this corpus's own column when it holds one."""
        if "text" not in documents.columns:
            held = self.__dict__["documents"]
            if isinstance(held, DocumentsWithoutText):
                documents = replace(held, frame=documents)  # type: ignore[assignment]
            elif "text" in held.columns:
                documents = documents.copy(deep=False)
                position = held.columns.get_loc("text")
                text = pd.Series(held["text"].array, index=documents.index, copy=False)
                documents.insert(position, "text", text)
        return Corpus(
            documents,
            self.__dict__["paragraphs"],
            self.__dict__["sentences"],
            self.rejected,
            seeds_dir=self.seeds_dir,
        )

    def filter(
        self,
        *,
        outlets: Iterable[str] = (),
        date_from: str | pd.Timestamp | None = None,
        date_to: str | pd.Timestamp | None = None,
        doc_ids: Iterable[str] = (),
    ) -> Corpus:
        """Documents from any of ``outlets``, published within ``[date_from, date_to]``, and
        among ``doc_ids``; an empty filter keeps everything. Undated documents are left out
        as soon as a date bound is given."""
        docs = self.held_documents()
        mask = pd.Series(True, index=docs.index)
        if outlets := list(outlets):
            mask &= docs["outlet"].isin(outlets)
        if doc_ids := list(doc_ids):
            mask &= docs["doc_id"].isin(doc_ids)
        if date_from:
            mask &= docs["published"] >= pd.Timestamp(date_from)
        if date_to:
            mask &= docs["published"] <= pd.Timestamp(date_to)
        if mask.all() and self._default_indexes():
            return self  # nothing filtered out: the same tables, not a copy of each
        return self.select(docs.loc[mask, "doc_id"])

    def _default_indexes(self) -> bool:
        """Every table as held has the index ``select`` gives (0, 1, 2, ...)."""
        frames = (self.held_documents(), self.held_paragraphs(), self.held_sentences())
        return all(f.index.equals(pd.RangeIndex(len(f))) for f in frames)


Held = pd.DataFrame | SentenceSpans | DocumentsWithoutText | ParagraphsWithoutRaw


def _held_frame(held: Held) -> pd.DataFrame:
    return held if isinstance(held, pd.DataFrame) else held.frame


def _take_held(held: Held, rows: np.ndarray) -> Held:
    return take_rows(held, rows) if isinstance(held, pd.DataFrame) else held.take(rows)


def _filter_held(held: Held, keep: pd.Series) -> Held:
    if isinstance(held, pd.DataFrame):
        return held[keep].reset_index(drop=True)
    return held.filter(keep)


class _TextOnRead:
    """A table of ``Corpus`` whose text can be held apart (``DocumentsWithoutText``,
    ``ParagraphsWithoutRaw``, ``SentenceSpans``): reading it gives the full table, made
    from the paragraphs as held the first time and kept (a frozen corpus's tables do not
    change)."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, corpus: Corpus | None, owner: type | None = None) -> pd.DataFrame:
        if corpus is None:
            return self  # type: ignore[return-value]
        held = corpus.__dict__[self.name]
        if not isinstance(held, pd.DataFrame):
            held = held.with_text(corpus.held_paragraphs())
            corpus.__dict__[self.name] = held
        return held

    def __set__(self, corpus: Corpus, value: Held) -> None:
        corpus.__dict__[self.name] = value  # only ``__init__`` gets here: the class is frozen


for _name in ("documents", "paragraphs", "sentences"):
    _field = _TextOnRead()
    _field.__set_name__(Corpus, _name)
    setattr(Corpus, _name, _field)
