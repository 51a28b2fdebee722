"""A disk cache of whole-corpus results, shared by the kernels of one report build.

Each report notebook runs in its own kernel, and each used to redo the same whole-corpus
work: infer the publication dates of undated articles, code the themes, find the actor
mentions, dates, events and claims. This module keeps those tables as Parquet files
next to the corpus cache, so the first kernel (or the build process itself) computes a
table and every other kernel reads it.

Where: ``<corpus cache>/derived/<fingerprint>/<name>-<key>.parquet``, a section of the
package's one store (``analysis.ingest.store``: its folder resolution, private folders,
``$VN_CORPUS_CACHE=0`` switch, package fingerprint, atomic writes, locks and broken-file
recovery); with the cache off, results are only kept within the process (see
``analysis.annotators.cached``).

Keys: ``key`` is a hash of everything a table is computed from: the files' bytes and every
metadata column of the documents (titles, outlets, authors, urls and dates, so an edited
``metadata.csv`` reaches the reports), the number of paragraphs and sentences
(``content_key``: the same files, filtered the same way, give the same key); the
*fingerprint* (``store.package_fingerprint``) hashes the package version, the
Python/pandas/pyarrow versions and every module and data file of the package, so editing
the theme dictionary, a gazetteer or any annotator starts a fresh folder and old
results are never used. Parameters that change a table (filters, a chosen theme file)
either change the corpus, and so the key, or are computed outside this cache.

The corpus itself, loaded once per build and shared with its report kernels, is stored
in this cache by ``analysis.annotators.corpus_snapshot``.

Safety (the store's): atomic writes; a file that cannot be read, or that does not hold
the columns (and, for the core tables, the types) expected of its table, is logged as a
warning, removed and recomputed; a failed write is a warning; while one process computes
a table, others wait for it (an advisory ``flock`` per table, POSIX only).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from analysis.core import document_text, paragraph_raw, schema, sentence_text
from analysis.core.errors import safe_name
from analysis.core.rows import HeldTable
from analysis.ingest.corpus import Corpus
from analysis.ingest.store import Shape, Store, frame_problem

log = logging.getLogger(__name__)

DERIVED_DIR = "derived"
MAX_FILES = 200
"""Files kept per fingerprint folder; the least recently written are removed above it."""

ANNOTATION_TABLES = ("theme_hits", "mentions", "dates", "events", "claims")
"""The tables of ``analysis.annotators.annotate.Annotations`` (their columns are checked on
read)."""


def documents_digest(documents: pd.DataFrame) -> str:
    """A hash of every column of ``documents`` but the body text (which the ``sha256``
    column stands for): any edited title, outlet, author, url or date, from
    ``metadata.csv`` or elsewhere, changes it. About 20 ms for 10,000 documents."""
    digest = hashlib.sha256()
    for column in documents.columns:
        if column == "text":
            continue
        values = documents[column]
        digest.update(f"\x1d{column}\x1d{values.dtype}\x1d".encode())
        if pd.api.types.is_datetime64_any_dtype(values) or pd.api.types.is_numeric_dtype(values):
            digest.update(values.to_numpy().tobytes())
        else:
            texts = values.astype("str").fillna("\x00NA").tolist()
            digest.update("\x1f".join(texts).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:20]


def content_key(corpus: Corpus) -> str:
    """A stable hash of what a whole-corpus result depends on: the documents' ids and
    bytes (``corpus_hash``), the number of paragraphs and sentences, and every metadata
    column of the documents: title, outlet, author, url, publication date, precision and
    source, ... (``documents_digest``), so a filtered, date-inferred or re-titled
    corpus gets its own key."""
    digest = hashlib.sha256(corpus.corpus_hash.encode())
    # the tables as held: the same rows and metadata, without making the text
    digest.update(f":{len(corpus.held_paragraphs())}:{len(corpus.held_sentences())}:".encode())
    digest.update(documents_digest(corpus.held_documents()).encode())
    return digest.hexdigest()[:20]


HELD_FORMS: dict[str, tuple[type[HeldTable], tuple[str, ...], tuple[str, ...]]] = {
    "corpus_documents": (
        document_text.DocumentsWithoutText,
        tuple(schema.DOCUMENT_COLUMNS),
        document_text.HELD_COLUMNS,
    ),
    "corpus_paragraphs": (
        paragraph_raw.ParagraphsWithoutRaw,
        tuple(schema.PARAGRAPH_COLUMNS),
        paragraph_raw.HELD_COLUMNS,
    ),
    "corpus_sentences": (
        sentence_text.SentenceSpans,
        tuple(schema.SENTENCE_COLUMNS),
        sentence_text.HELD_COLUMNS,
    ),
    "dated_documents": (
        document_text.DocumentsWithoutText,
        tuple(schema.DOCUMENT_COLUMNS),
        document_text.HELD_COLUMNS,
    ),
}
"""The stored tables kept as the corpus holds them (``Corpus.held_documents`` ...: the
text once, in the paragraphs): each with the class that holds it, its full columns and its
columns as held. A file with either set of columns (and their types) is read."""


def held_problem(name: str, frame: pd.DataFrame) -> str:
    """What is wrong with ``frame`` as the stored table ``name`` of ``HELD_FORMS`` (its
    full columns or its columns as held, with their types), or "" when nothing is."""
    _, full, held = HELD_FORMS[name]
    problem = frame_problem(frame, full, typed=True)
    if not problem or not frame_problem(frame, held, typed=True):
        return ""
    return problem


def as_held(name: str, frame: pd.DataFrame) -> pd.DataFrame | HeldTable:
    """A stored core table as ``Corpus`` takes it: the frame as it is when it has every
    column, else held (``DocumentsWithoutText``, ``ParagraphsWithoutRaw``,
    ``SentenceSpans``), its text made from the paragraphs when first read."""
    kind, full, _ = HELD_FORMS[name]
    return frame if tuple(frame.columns) == full else kind.held(frame)


def _expected_columns(name: str) -> Shape:
    """The columns a stored table must have, and whether their types are checked too
    (the core tables), or None for a table of no known shape (and for the tables of
    ``HELD_FORMS``, checked by ``held_problem``)."""
    if name == "corpus_rejected":
        return schema.REJECTED_COLUMNS, True
    if name in ANNOTATION_TABLES:
        from analysis.annotators.claims import CLAIM_COLUMNS
        from analysis.annotators.date_table import DATE_COLUMNS
        from analysis.annotators.entities import MENTION_COLUMNS
        from analysis.annotators.events import EVENT_COLUMNS
        from analysis.annotators.themes import CODING_COLUMNS, HIT_COLUMNS

        columns = {
            "theme_hits": (*HIT_COLUMNS, *CODING_COLUMNS),
            "mentions": MENTION_COLUMNS,
            "dates": DATE_COLUMNS,
            "events": EVENT_COLUMNS,
            "claims": CLAIM_COLUMNS,
        }
        return tuple(columns[name]), False
    return None


def text_codes(values: pa.ChunkedArray, length: int) -> pd.Categorical:
    """A dictionary-encoded Arrow text column (as ``read_dictionary`` reads it) as a pandas
    categorical of ``str`` categories in sorted order (so grouping and sorting on it order
    its values as on the text), one integer code per row and each distinct string once."""
    values = values.unify_dictionaries()
    dictionary = values.chunk(0).dictionary if values.num_chunks else pa.array([], pa.string())
    indices = [c.indices.fill_null(-1).to_numpy(zero_copy_only=False) for c in values.chunks]
    raw = np.concatenate(indices).astype(np.int64) if indices else np.zeros(length, np.int64)
    categories = pd.Index(dictionary.to_pylist(), dtype="str")
    order = np.argsort(categories.to_numpy(dtype=object), kind="stable")
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    codes = np.where(raw >= 0, rank[np.maximum(raw, 0)] if len(rank) else raw, -1)
    dtype = pd.CategoricalDtype(categories[order])
    return pd.Categorical.from_codes(codes, dtype=dtype)


def as_codes(frame: pd.DataFrame, columns: Sequence[str]) -> pd.DataFrame:
    """``frame`` with its text ``columns`` as categoricals of sorted ``str`` categories
    (what ``SharedCache.read_columns`` reads with ``codes``), the others as they are."""
    coded = {
        c: pd.CategoricalDtype(pd.Index(sorted(frame[c].dropna().unique()), dtype="str"))
        for c in columns
        if c in frame.columns
    }
    return frame.astype(coded) if coded else frame


class SharedCache(Store):
    """The derived-results folder of one fingerprint under a corpus cache ``root``
    (``Store`` section ``derived``; each table's columns are checked on read)."""

    def __init__(self, root: Path, fingerprint: str | None = None) -> None:
        super().__init__(root, DERIVED_DIR, fingerprint)

    def read(self, name: str, key: str, shape: Shape = None) -> pd.DataFrame | None:
        """The stored table (see ``Store.read``), checked against its table's columns (a
        table of ``HELD_FORMS``: its full columns or its columns as held)."""
        if shape is not None or name not in HELD_FORMS:
            return super().read(name, key, shape or _expected_columns(name))
        frame = super().read(name, key)
        problem = held_problem(name, frame) if frame is not None else ""
        if not problem:
            return frame
        log.warning(
            "cache file %s cannot be read as its table (it has %s); computing it again",
            safe_name(self.path(name, key)),
            safe_name(problem, limit=300),
        )
        self.remove(name, key)
        return None

    def read_columns(
        self, name: str, key: str, columns: Sequence[str], codes: Sequence[str] = ()
    ) -> pd.DataFrame | None:
        """Only ``columns`` of the stored table (in that order; Parquet reads no other
        column), those of ``codes`` as categoricals (``text_codes``), or None when it is
        not stored or does not have them (``read`` then checks the whole file, removing a
        broken one)."""
        path = self.path(name, key)
        expected = _expected_columns(name)
        if not path.exists() or (expected and not set(columns) <= set(expected[0])):
            return None
        coded = [c for c in columns if c in set(codes)]
        plain = [c for c in columns if c not in set(coded)]
        try:
            frame = pd.read_parquet(path, columns=plain)
            if coded:
                encoded = pq.read_table(path, columns=coded, read_dictionary=coded)
                for column in coded:
                    frame[column] = text_codes(encoded.column(column), len(frame))
        except Exception as exc:  # the whole-table read decides what to do with the file
            log.debug("cache: columns of %s not read (%s)", safe_name(path), exc)
            return None
        return frame[list(columns)] if tuple(frame.columns) != tuple(columns) else frame

    def write(self, name: str, key: str, frame: pd.DataFrame) -> bool:
        """Store ``frame`` atomically, keeping at most ``MAX_FILES`` tables."""
        written = super().write(name, key, frame)
        if written:
            self.prune(MAX_FILES)
            for mapped in self.folder.glob("*.arrow"):  # the mapped form of a pruned table
                if not mapped.with_suffix(".parquet").exists():
                    mapped.unlink(missing_ok=True)
        return written

    def get_or_compute(
        self, name: str, key: str, compute: Callable[[], pd.DataFrame], shape: Shape = None
    ) -> pd.DataFrame:
        """``Store.get_or_compute`` with the table's columns checked."""
        return super().get_or_compute(name, key, compute, shape or _expected_columns(name))
