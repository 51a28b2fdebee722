"""Parsing article files into the core tables: one file's bytes into its documents row
and paragraphs (``parse_document``), a run of files (``parse_files``, the unit of work of
every engine), all of them serially, in worker processes or over Dask partitions
(``parse_all``), and the tables assembled per file from the content-keyed parse cache.

A run of files gives its tables as a ``Corpus`` holds them, the text once, in
``paragraphs.text``: documents without ``text`` (``core.document_text.HELD_COLUMNS``),
paragraphs without ``raw`` (``core.paragraph_raw.HELD_COLUMNS``) and sentences as spans
(``core.sentence_text.HELD_COLUMNS``), so neither the batches, the parse cache, nor the
load ever hold those columns for the whole corpus.

With a parse cache and the serial engine, the runs of files are parsed into the cache
rather than gathered (``parse_all_to_parts``): each run's paragraphs and sentences, keyed
by content, are written as parts (``table_parts.TableParts``) by the process that parsed
them, and only its documents, listing and rejected files come back; the parts are joined
into a cache shard on disk (``cache.CorpusCache.write_parts``, keeping the first parse of
each content: ``first_of_each_content``)."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from analysis.core import document_text, paragraph_raw, schema, sentence_text
from analysis.core.errors import RejectedFileError
from analysis.core.text import count_words_of_parts, split_sentences_table
from analysis.dates import DateMatch
from analysis.ingest.cache import Parsed
from analysis.ingest.dask_engine import DaskRun, EngineError
from analysis.ingest.decode import UndecodableError, decode_bytes
from analysis.ingest.feed_items import with_first_item
from analysis.ingest.front_matter import read_note
from analysis.ingest.html_text import html_article_text
from analysis.ingest.layout import PARAGRAPH_ROW, paragraph_rows
from analysis.ingest.layout.text_stamps import TEXT_STAMP_FLAG
from analysis.ingest.layout.year_only_dates import with_year_only
from analysis.ingest.outlet_date_order import outlet_settled_day
from analysis.ingest.seeds_folder import display_name, doc_id_of, read_file_bytes
from analysis.ingest.table_parts import Select, TableParts

log = logging.getLogger(__name__)

PROGRESS_EVERY = 250
ENGINES = ("serial", "dask")
DASK_PARTITION_FILES = 500


# --- one file ------------------------------------------------------------------------


def date_fields(match: DateMatch | None, source: str, evidence: str) -> dict[str, object]:
    """The documents row's date columns for ``match`` found in ``source`` (empty when no
    date)."""
    if match is None or match.date_start is None:
        return {
            "published": pd.NaT,
            "published_precision": "",
            "date_source": "",
            "date_evidence": "",
        }
    precision = match.precision if match.precision in ("day", "month") else "year"
    return {
        "published": match.date_start,
        "published_precision": precision,
        "date_source": source,
        "date_evidence": evidence,
    }


def parse_document(
    doc_id: str, path: str, data: bytes
) -> tuple[dict[str, object], list[tuple[str, int, str, str, str, int, int]]]:
    """Parse one file's bytes into its documents row and its paragraphs rows (tuples in
    ``layout.PARAGRAPH_ROW`` order).

    Raises ``UndecodableError`` when the bytes are not an article's text.
    """
    decoded = decode_bytes(data)
    article = read_note(html_article_text(decoded.text))  # a saved HTML page: its text; a note
    article = with_first_item(article, decoded.text)  # a saved feed: its first item's fields
    paragraphs = paragraph_rows(doc_id, article)
    content_kinds = set(schema.CONTENT_KINDS)
    content = [
        text
        for _, _, kind, text, _, _, repeat_of in paragraphs
        if kind in content_kinds and repeat_of < 0
    ]
    text = "\n\n".join(content)
    if article.footer_date is not None and article.footer_date.date_start is not None:
        dates = date_fields(article.footer_date, "footer", article.footer_evidence)
        page = article.header_date.date_start if article.header_date else pd.NaT
    else:
        source = "text" if TEXT_STAMP_FLAG in article.flags else "header"  # a live page's stamp
        dates = date_fields(article.header_date, source, article.header_evidence)
        page = pd.NaT
    row = {
        "doc_id": doc_id,
        "path": path,
        "sha256": hashlib.sha256(data).hexdigest(),
        "encoding": decoded.label,
        "title": article.title,
        "outlet": article.outlet,
        "credited": article.credited,
        "author": article.author,
        **dates,
        "page_date": page if page is not None else pd.NaT,
        "date_flags": ";".join(dict.fromkeys(with_year_only(article))),  # (fix36e)
        "date_reason": article.date_reason,
        "title_source": article.title_source,
        "author_source": article.author_source,
        "outlet_source": article.outlet_source,
        "outlet_kind": article.outlet_kind,
        "site_names": schema.SITE_NAMES_SEPARATOR.join(article.site_names),
        "metadata_flags": ";".join(dict.fromkeys(article.metadata_flags)),
        "url": "",
        "n_words": count_words_of_parts(content),  # as count_words(text)
        "duplicate_of": "",
        "story_id": doc_id,
        "text": text,
    }
    row.update(outlet_settled_day(row))  # a month-first outlet's day (outlets.yaml)
    return row, paragraphs


def _empty(columns: tuple[str, ...]) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="str") for c in columns})


def build_documents(
    rows: list[dict[str, object]] | pd.DataFrame,
    columns: tuple[str, ...] = schema.DOCUMENT_COLUMNS,
) -> pd.DataFrame:
    """The documents table from parsed rows (or a frame with the same columns), with the
    schema's column order and dtypes; ``columns``: the schema's, or those of the table
    as held without ``text`` (``core.document_text.HELD_COLUMNS``)."""
    if isinstance(rows, pd.DataFrame):
        frame = rows[list(columns)]
    elif not rows:
        frame = _empty(columns)
    else:
        frame = pd.DataFrame(rows, columns=list(columns))
    frame["published"] = pd.to_datetime(frame["published"]).astype("datetime64[us]")
    frame["page_date"] = pd.to_datetime(frame["page_date"]).astype("datetime64[us]")
    frame["n_words"] = frame["n_words"].astype("int64")
    return frame


@dataclass(frozen=True)
class _Batch:
    """What parsing a run of files gave: every readable file as ``(doc_id, path, sha256)``,
    the newly parsed documents, paragraphs and sentences as held (``held_tables``), and
    the files rejected."""

    listing: list[tuple[str, str, str]]
    documents: pd.DataFrame
    paragraphs: pd.DataFrame
    sentences: pd.DataFrame
    rejected: list[tuple[str, str]]


def parse_files(
    paths: Sequence[Path],
    *,
    max_bytes: int,
    known: frozenset[str] = frozenset(),
    strict: bool = False,
) -> _Batch:
    """Read every file of ``paths`` and parse those whose sha256 is not in ``known``
    (``listing`` and ``rejected`` name files relative to their folder).

    A pure function of the files (the unit the ``dask`` engine maps over partitions).
    Unreadable files are rejected (or, with ``strict=True``, raise ``RejectedFileError``).
    """
    listing: list[tuple[str, str, str]] = []
    rows: list[dict[str, object]] = []
    paragraphs: list[tuple[str, int, str, str, str, int, int]] = []
    rejected: list[tuple[str, str]] = []
    parsed: set[str] = set()
    for path in paths:
        doc_id, shown = doc_id_of(path), display_name(path.name)
        try:
            data = read_file_bytes(path, max_bytes)
            sha = hashlib.sha256(data).hexdigest()
            if sha not in known and sha not in parsed:
                row, rows_of_paragraphs = parse_document(doc_id, shown, data)
                del row["text"]  # held once, in the paragraphs
                rows.append(row)
                paragraphs.extend(rows_of_paragraphs)
                parsed.add(sha)
        except (UndecodableError, OSError) as exc:
            reason = str(exc) if isinstance(exc, UndecodableError) else exc.strerror or str(exc)
            if strict:
                raise RejectedFileError(shown, reason) from exc
            rejected.append((shown, reason))
            continue
        listing.append((doc_id, shown, sha))
    frame = pd.DataFrame(paragraphs, columns=list(PARAGRAPH_ROW)).astype(PARAGRAPH_DTYPES)
    del paragraphs
    return _Batch(listing, *held_tables(build_documents(rows, HELD_DOCUMENTS), frame), rejected)


def held_tables(
    documents: pd.DataFrame, paragraphs: pd.DataFrame
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Documents (already without ``text``), the full ``paragraphs`` of a few files, and
    their sentences, as a ``Corpus`` holds them: paragraphs without ``raw``
    (``ParagraphsWithoutRaw``) and sentences as spans (``SentenceSpans``)."""
    sentences = split_sentences_table(paragraphs[paragraphs["kind"].isin(schema.SENTENCE_KINDS)])
    return (
        documents,
        paragraph_raw.ParagraphsWithoutRaw.of(paragraphs).frame,
        sentence_text.SentenceSpans.of(sentences).frame,
    )


def parse_files_to_parts(
    parts: TableParts,
    chunk: tuple[int, Sequence[Path]],
    *,
    max_bytes: int,
    known: frozenset[str] = frozenset(),
    strict: bool = False,
) -> _Batch:
    """``parse_files`` on a run of files (``chunk``: its index and its paths), its
    paragraphs and sentences keyed by content (``keyed_rows``) written as part ``index``
    of those tables in ``parts`` instead of returned: the batch keeps its listing,
    documents and rejected files, and empty paragraphs and sentences. A part that cannot
    be written is a warning (joining the parts then fails and the load parses again)."""
    index, paths = chunk
    batch = parse_files(paths, max_bytes=max_bytes, known=known, strict=strict)
    sha_of = dict(zip(batch.documents["doc_id"], batch.documents["sha256"], strict=True))
    for name in ("paragraphs", "sentences"):
        parts.write_part(name, index, keyed_rows(getattr(batch, name), sha_of))
    return without_tables(batch)


def without_tables(batch: _Batch) -> _Batch:
    """``batch`` with no paragraphs nor sentences (its listing, documents and rejected
    files kept): what is left once they are stored or gathered elsewhere."""
    empty = {"paragraphs": batch.paragraphs.iloc[0:0], "sentences": batch.sentences.iloc[0:0]}
    return replace(batch, **empty)


def _split(files: Sequence[Path], n_parts: int) -> list[Sequence[Path]]:
    size = max(1, -(-len(files) // max(1, n_parts)))
    return [files[i : i + size] for i in range(0, len(files), size)]


def check_engine(engine: str) -> str:
    """``engine`` if it is one of ``ENGINES``; ``EngineError`` naming the choices otherwise."""
    if engine not in ENGINES:
        raise EngineError(f"engine = {engine!r} is invalid; must be one of {list(ENGINES)}")
    return engine


def parse_all(
    files: Sequence[Path],
    *,
    max_bytes: int,
    known: frozenset[str],
    strict: bool,
    jobs: int = 1,
    dask: DaskRun | None = None,
) -> list[_Batch]:
    """``parse_files`` over runs of ``PROGRESS_EVERY`` files (``DASK_PARTITION_FILES`` on
    Dask), through ``parallel.map_chunks``: in this process, in ``jobs`` worker processes
    (when above 1, more than ``PROGRESS_EVERY`` files are new and not in strict mode), or
    over partitions on a Dask cluster (``dask``, see ``analysis.ingest.dask_engine``)."""
    from analysis.ingest.parallel import map_chunks

    runs, jobs = _runs_of_files(files, known, strict=strict, jobs=jobs, dask=dask)
    parse = partial(parse_files, max_bytes=max_bytes, known=known, strict=strict)
    return map_chunks(parse, runs, jobs=jobs, total=len(runs), what="reading files", dask=dask)


def _runs_of_files(
    files: Sequence[Path], known: frozenset[str], *, strict: bool, jobs: int, dask: DaskRun | None
) -> tuple[list[list[Path]], int]:
    """``files`` in runs of ``PROGRESS_EVERY`` (``DASK_PARTITION_FILES`` on Dask), and the
    processes to parse them in: ``jobs``, or 1 for a few new files or in strict mode."""
    if len(files) - len(known) <= PROGRESS_EVERY or strict:
        jobs = 1  # worker processes cost more than they save on a few files
    size = DASK_PARTITION_FILES if dask is not None else PROGRESS_EVERY
    return [list(run) for run in _split(files, -(-len(files) // size))], jobs


def parse_all_to_parts(
    files: Sequence[Path],
    parts: TableParts,
    *,
    max_bytes: int,
    known: frozenset[str],
    strict: bool,
    jobs: int = 1,
) -> list[_Batch]:
    """``parse_all`` without Dask, each run's paragraphs and sentences written as part
    ``i`` (the run's index) of those tables in ``parts`` (``parse_files_to_parts``): the
    batches come back with their documents, listing and rejected files only."""
    from analysis.ingest.parallel import map_chunks

    runs, jobs = _runs_of_files(files, known, strict=strict, jobs=jobs, dask=None)
    parse = partial(parse_files_to_parts, max_bytes=max_bytes, known=known, strict=strict)
    chunks = list(enumerate(runs))
    return map_chunks(
        parse, chunks, jobs=jobs, total=len(chunks), what="reading files", shared=parts
    )


def first_of_each_content(document_frames: list[pd.DataFrame]) -> tuple[pd.DataFrame, Select]:
    """The documents of the runs of files (``document_frames``, in run order), one row
    per sha256 (the first parse of each content, as ``key_by_content`` keeps), and the
    ``TableParts.join`` selection that keeps, of run ``i``'s part, the rows of the
    documents kept from run ``i``."""
    documents = pd.concat(document_frames, ignore_index=True)
    kept = ~documents["sha256"].duplicated()
    run = np.repeat(np.arange(len(document_frames)), [len(f) for f in document_frames])
    shas = documents["sha256"]
    left_out = [frozenset(shas[~kept & (run == i)]) for i in range(len(document_frames))]
    return documents[kept].reset_index(drop=True), partial(_rows_kept, left_out)


def _rows_kept(left_out: list[frozenset[str]], index: int, part: pa.Table) -> pa.Table:
    """The rows of part ``index`` (keyed by ``sha256``) whose content is not in
    ``left_out[index]``."""
    if index >= len(left_out) or not left_out[index]:
        return part
    shas = pa.array(sorted(left_out[index]), part.schema.field("sha256").type)
    dropped = pc.is_in(part["sha256"], value_set=shas)
    return part.filter(pc.invert(dropped))


#: The columns of each table as parsed and cached (the tables as a ``Corpus`` holds them).
HELD_DOCUMENTS = document_text.HELD_COLUMNS
HELD_PARAGRAPHS = paragraph_raw.HELD_COLUMNS
HELD_SENTENCES = sentence_text.HELD_COLUMNS

PARAGRAPH_DTYPES = {
    "doc_id": "str",
    "para_id": "int64",
    "kind": "str",
    "text": "str",
    "raw": "str",
    "line": "int64",
    "repeat_of": "int64",
}


def key_by_content(
    document_frames: list[pd.DataFrame],
    paragraph_frames: list[pd.DataFrame],
    sentence_frames: list[pd.DataFrame],
) -> Parsed:
    """Newly parsed files as a cache entry: tables keyed by sha256 (see
    ``analysis.ingest.cache``)."""
    documents = pd.concat(document_frames, ignore_index=True)
    documents = documents[~documents["sha256"].duplicated()].reset_index(drop=True)
    sha_of = dict(zip(documents["doc_id"], documents["sha256"], strict=True))

    def keyed(frames: list[pd.DataFrame]) -> pd.DataFrame:
        frame = frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)
        return keyed_rows(frame, sha_of)

    return Parsed(documents, keyed(paragraph_frames), keyed(sentence_frames))


def keyed_rows(frame: pd.DataFrame, sha_of: dict[str, str]) -> pd.DataFrame:
    """The rows of ``frame`` (keyed by ``doc_id``) of the documents in ``sha_of``, keyed
    by their content instead: ``sha256`` in place of ``doc_id``."""
    kept = frame["doc_id"].isin(sha_of)  # a file whose content came in twice: once
    if not kept.all():
        frame = frame[kept].reset_index(drop=True)
    return frame.assign(doc_id=frame["doc_id"].map(sha_of)).rename(columns={"doc_id": "sha256"})


def assemble_tables(
    listing: list[tuple[str, str, str]], parsed: Parsed | None
) -> tuple[pd.DataFrame, ...]:
    """The documents, paragraphs and sentences tables of the files in ``listing`` (in
    that order), taken from ``parsed`` by sha256, as held (``HELD_DOCUMENTS``,
    ``HELD_PARAGRAPHS``, ``HELD_SENTENCES``: ``Corpus`` makes the full tables on read)."""
    if not listing or parsed is None:
        empty_paras = _empty(schema.PARAGRAPH_COLUMNS).astype(
            {"para_id": "int64", "line": "int64", "repeat_of": "int64"}
        )
        return held_tables(build_documents([], HELD_DOCUMENTS), empty_paras)
    files = pd.DataFrame(listing, columns=["doc_id", "path", "sha256"]).astype("str")
    documents = files.merge(
        parsed.documents.drop(columns=["doc_id", "path"]), on="sha256", how="left", validate="m:1"
    )
    documents = build_documents(documents, HELD_DOCUMENTS)

    paragraphs = _expand(parsed.paragraphs, listing, ["para_id"], HELD_PARAGRAPHS)
    sentences = _expand(parsed.sentences, listing, ["para_id", "sent_id"], HELD_SENTENCES)
    return documents, paragraphs, sentences


def _expand(
    table: pd.DataFrame,
    listing: list[tuple[str, str, str]],
    order: list[str],
    columns: tuple[str, ...],
) -> pd.DataFrame:
    """Rows of a sha256-keyed ``table`` for each file of ``listing`` in turn (a content
    listed under two names twice), sorted by ``order`` within a file, with its doc_id.

    Works on row positions and takes the table once: a merge and a sort would each copy
    the whole text.
    """
    codes, shas = pd.factorize(table["sha256"])
    keys = [table[c].to_numpy() for c in reversed(order)]
    ranked = np.lexsort([*keys, codes])  # rows grouped by sha256, in ``order`` within
    bounds = np.searchsorted(codes[ranked], np.arange(len(shas) + 1))
    code_of = {sha: i for i, sha in enumerate(shas)}
    pieces, doc_ids = [], []
    for doc_id, _path, sha in listing:
        code = code_of.get(sha)
        if code is None:
            continue
        rows = ranked[bounds[code] : bounds[code + 1]]
        pieces.append(rows)
        doc_ids.append(np.full(len(rows), doc_id, dtype=object))
    if not pieces:
        frame = table.iloc[0:0].rename(columns={"sha256": "doc_id"})
        return frame.astype({"doc_id": "str"})[list(columns)]
    rows = np.concatenate(pieces)
    if len(rows) == len(table) and (rows == np.arange(len(rows))).all():
        frame = table.reset_index(drop=True)  # already in order: no copy of the text
    else:
        frame = table.take(rows).reset_index(drop=True)
    frame["sha256"] = pd.array(np.concatenate(doc_ids), dtype="str")
    return frame.rename(columns={"sha256": "doc_id"})[list(columns)]
