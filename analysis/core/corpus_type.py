"""``Corpus``: the core tables of one corpus (see ``analysis.core.schema``), frozen; every
method returns a new ``Corpus``. ``analysis.ingest.corpus.load_corpus`` makes one from a folder."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd


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
            f"{len(self.sentences)} sentences, {len(self.rejected)} rejected, "
            f"hash {self.corpus_hash})"
        )

    def select(self, doc_ids: Iterable[str]) -> Corpus:
        """A corpus holding only ``doc_ids`` (in their original order)."""
        keep = set(doc_ids)
        return replace(
            self,
            documents=self.documents[self.documents["doc_id"].isin(keep)].reset_index(drop=True),
            paragraphs=self.paragraphs[self.paragraphs["doc_id"].isin(keep)].reset_index(drop=True),
            sentences=self.sentences[self.sentences["doc_id"].isin(keep)].reset_index(drop=True),
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
