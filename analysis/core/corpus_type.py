"""``Corpus``: the core tables of one corpus (see ``analysis.core.schema``), frozen; every
method returns a new ``Corpus``. ``analysis.ingest.corpus.load_corpus`` makes one from a folder.

The loader gives ``sentences`` as ``SentenceSpans`` (``analysis.core.sentence_text``): the
table without its ``text``, which repeats the paragraphs' text. ``corpus.sentences`` is
always the full table: its ``text`` column is made from the paragraphs the first time it
is read, and kept. ``held_sentences`` and ``take`` work on the table as held, without
making the text (what chunked annotation uses)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import pandas as pd

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
        lines = sorted(
            f"{d}:{s}"
            for d, s in zip(self.documents["doc_id"], self.documents["sha256"], strict=True)
        )
        return hashlib.sha256("\n".join(lines).encode()).hexdigest()[:12]

    def __len__(self) -> int:
        return len(self.documents)

    def __repr__(self) -> str:
        return (
            f"Corpus({len(self.documents)} documents, {len(self.paragraphs)} paragraphs, "
            f"{len(self.held_sentences())} sentences, {len(self.rejected)} rejected, "
            f"hash {self.corpus_hash})"
        )

    def held_sentences(self) -> pd.DataFrame:
        """The sentences table as held: every column, but without ``text`` while that has
        not been made yet (``SentenceSpans``). Its rows are ``sentences``' rows."""
        held = self.__dict__["sentences"]
        return held.frame if isinstance(held, SentenceSpans) else held

    def take(self, documents: np.ndarray, paragraphs: np.ndarray, sentences: np.ndarray) -> Corpus:
        """A corpus of the rows at these positions of each table (``core.rows.take_rows``:
        slices where the rows are consecutive); sentences without their text stay so."""
        held = self.__dict__["sentences"]
        spans = isinstance(held, SentenceSpans)
        return replace(
            self,
            documents=take_rows(self.documents, documents),
            paragraphs=take_rows(self.paragraphs, paragraphs),
            sentences=held.take(sentences) if spans else take_rows(held, sentences),
        )

    def select(self, doc_ids: Iterable[str]) -> Corpus:
        """A corpus holding only ``doc_ids`` (in their original order)."""
        keep = set(doc_ids)
        held = self.__dict__["sentences"]
        kept = self.held_sentences()["doc_id"].isin(keep)
        return replace(
            self,
            documents=self.documents[self.documents["doc_id"].isin(keep)].reset_index(drop=True),
            paragraphs=self.paragraphs[self.paragraphs["doc_id"].isin(keep)].reset_index(drop=True),
            sentences=(
                held.filter(kept)
                if isinstance(held, SentenceSpans)
                else held[kept].reset_index(drop=True)
            ),
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
        docs = self.documents
        mask = pd.Series(True, index=docs.index)
        if outlets := list(outlets):
            mask &= docs["outlet"].isin(outlets)
        if doc_ids := list(doc_ids):
            mask &= docs["doc_id"].isin(doc_ids)
        if date_from:
            mask &= docs["published"] >= pd.Timestamp(date_from)
        if date_to:
            mask &= docs["published"] <= pd.Timestamp(date_to)
        return self.select(docs.loc[mask, "doc_id"])


class _Sentences:
    """``Corpus.sentences``: the table given, or, given ``SentenceSpans``, the full table
    made from the corpus's paragraphs on first read and kept (a frozen corpus's tables do
    not change, so it is made once)."""

    def __get__(self, corpus: Corpus | None, owner: type | None = None) -> pd.DataFrame:
        if corpus is None:
            return self  # type: ignore[return-value]
        held = corpus.__dict__["sentences"]
        if isinstance(held, SentenceSpans):
            held = held.with_text(corpus.paragraphs)
            corpus.__dict__["sentences"] = held
        return held

    def __set__(self, corpus: Corpus, value: pd.DataFrame | SentenceSpans) -> None:
        corpus.__dict__["sentences"] = value  # only ``__init__`` gets here: the class is frozen


Corpus.sentences = _Sentences()  # type: ignore[assignment,misc]
