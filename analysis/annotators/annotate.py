"""Every annotator in one call: the tables the notebooks, the export command and the
benchmark share.

    >>> from analysis import annotate, load_corpus
    >>> tables = annotate(load_corpus("seeds"))      # doctest: +SKIP
    >>> tables.theme_hits.head()                      # doctest: +SKIP

Each table is exactly what its own function returns (``themes.theme_hits``,
``entities.extract_mentions``, ``timeline.extract_dates``, ``timeline.extract_events``,
``timeline.extract_claims``); ``annotate`` only saves repeated work between them
(the publication dates are inferred once, not three times, and the date expressions of
each sentence are found once, not three times: ``annotate_documents``).

Every annotator but the merging of events reads one document at a time, so ``annotate``
runs them over chunks of ``CHUNK_DOCUMENTS`` (250) documents (bounding the Python objects
held at once) and, with ``jobs`` above 1, in worker processes (``analysis.ingest.parallel``);
the events of all chunks are merged at the end. The tables are the same either way.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd

from analysis.annotators.cached import cached_table, cached_tables, corpus_store
from analysis.annotators.entities import extract_mentions
from analysis.annotators.shared_cache import as_codes
from analysis.annotators.themes import CODING_COLUMNS, HIT_COLUMNS, resolve_themes, theme_hits
from analysis.annotators.timeline import (
    CANDIDATE_COLUMNS,
    claim_table,
    event_candidate_table,
    extract_dates,
    merge_event_candidates,
    sentence_dates,
    sort_claims,
    with_inferred_dates,
)
from analysis.core.memory import release_free_memory
from analysis.ingest.corpus import Corpus
from analysis.ingest.dask_engine import dask_run
from analysis.ingest.file_parsing import check_engine
from analysis.ingest.parallel import (
    check_jobs,
    corpus_chunks,
    default_jobs,
    map_chunks,
)
from analysis.ingest.table_parts import TableParts

log = logging.getLogger(__name__)

CHUNK_DOCUMENTS = 250
"""Documents annotated at once: half the load's chunk (``parallel.CHUNK_DOCUMENTS``), since
the last chunk's working set during its theme coding made the peak of load + annotation
at 10,000 articles (benchmarks/results.md, perf28b)."""


@dataclass(frozen=True)
class Annotations:
    """The annotation tables of one corpus (row units and columns as in their modules)."""

    theme_hits: pd.DataFrame  # one row per theme term match in a content sentence
    mentions: pd.DataFrame  # one row per gazetteer actor mention
    dates: pd.DataFrame  # one row per date expression
    events: pd.DataFrame  # one row per merged dated event
    claims: pd.DataFrame  # one row per quantitative claim

    def tables(self) -> Iterator[tuple[str, pd.DataFrame]]:
        """``(name, table)`` pairs in a fixed order."""
        for item in fields(self):
            yield item.name, getattr(self, item.name)

    def __repr__(self) -> str:
        sizes = ", ".join(f"{name}: {len(table)}" for name, table in self.tables())
        return f"Annotations({sizes})"


def annotate(
    corpus: Corpus,
    *,
    jobs: int | None = None,
    engine: str = "serial",
    scheduler: str | None = None,
    run_dir: str | Path | None = None,
) -> Annotations:
    """Run every annotator on ``corpus`` and return their tables as ``Annotations``.

    Themes and mentions read the corpus as given; dates, events and claims read it with
    inferred publication dates for undated documents (as their own functions do). The
    corpus is not mutated. ``jobs``: worker processes (``None``: ``$VN_CORPUS_JOBS``,
    else 1); used when the corpus has more than one chunk of documents.
    ``engine="dask"``: the chunks are annotated as partitions on a ``dask.distributed``
    cluster (``scheduler``, ``run_dir``: as for ``load_corpus``; see
    ``analysis.ingest.dask_engine``). The tables are the same either way.
    """
    started = time.perf_counter()
    jobs = default_jobs() if jobs is None else check_jobs(jobs)
    dask = dask_run(check_engine(engine), scheduler, run_dir, corpus.seeds_dir)
    n_chunks = -(-len(corpus) // CHUNK_DOCUMENTS)
    parts = map_chunks(
        annotate_documents,
        corpus_chunks(corpus, CHUNK_DOCUMENTS),
        jobs=jobs,
        total=n_chunks,
        what="annotating chunks of documents",
        dask=dask,
    )
    # one table at a time, each chunk's frames dropped once joined (string columns are
    # joined without a copy; numeric ones would otherwise be held twice)
    tables = [list(frames) for frames in zip(*parts, strict=True)]
    del parts
    release_free_memory()  # the chunks' working sets, before the tables are joined
    # the cross-document steps first, on the small tables: their working sets are freed
    # before the three large tables are joined
    events = merge_event_candidates(_concat(tables.pop(3)))
    claims = sort_claims(_concat(tables.pop(3)))
    release_free_memory()
    hits, mentions, dates = (_concat(tables.pop(0)) for _ in range(3))
    annotations = Annotations(hits, mentions, dates, events, claims)
    log.info("annotated %d documents in %.2f s", len(corpus), time.perf_counter() - started)
    return annotations


class DocumentAnnotations(NamedTuple):
    """The per-document annotation tables of one chunk of documents."""

    theme_hits: pd.DataFrame
    mentions: pd.DataFrame
    dates: pd.DataFrame
    event_candidates: pd.DataFrame
    claims: pd.DataFrame


def annotate_documents(corpus: Corpus) -> DocumentAnnotations:
    """The per-document annotation tables of ``corpus`` (one chunk): theme hits, mentions,
    dates, event candidates (``timeline.event_candidate_table``) and claims in sentence
    order (``timeline.claim_table``). Concatenated over chunks that follow the sorted
    doc_ids, they are the whole corpus's tables."""
    dated = with_inferred_dates(corpus)
    sentences = sentence_dates(dated)
    return DocumentAnnotations(
        theme_hits(corpus),
        extract_mentions(corpus),
        extract_dates(dated, sentences=sentences),
        event_candidate_table(dated, infer=False, sentences=sentences),
        claim_table(dated, infer=False, sentences=sentences),
    )


CANDIDATES_TABLE = "event_candidates"
"""The chunks' event candidates (``timeline.event_candidate_table``), which
``store_annotations`` stores beside the annotation tables (the events are merged from
them) for the site's document pages (``corpus_event_candidates``): not an ``Annotations``
table, so a store without it is still whole."""
PART_TABLES = ("theme_hits", "mentions", "dates")
"""The tables ``store_annotations`` writes chunk by chunk (the large ones: the others,
events and claims, come from the small per-chunk tables every chunk gives back)."""


def store_annotations(
    parts: TableParts,
    corpus: Corpus,
    *,
    jobs: int | None = None,
    engine: str = "serial",
    scheduler: str | None = None,
    run_dir: str | Path | None = None,
) -> None:
    """Store ``annotate(corpus, ...)``'s tables through ``parts`` without any process
    holding a large one whole: each chunk's theme hits, mentions and dates are written as
    parts by the process that annotates it (``_annotate_into``) and joined in chunk order
    (``TableParts.join``); only the chunks' event candidates and claims come back, for
    the cross-document steps (``merge_event_candidates``, ``sort_claims``). The stored
    tables are those ``annotate`` returns. Options as for ``annotate``; on a Dask cluster,
    whose workers may not see this machine's cache folder, the tables are gathered by
    ``annotate`` and written whole, as before."""
    started = time.perf_counter()
    if check_engine(engine) == "dask":
        whole = annotate(corpus, jobs=jobs, engine=engine, scheduler=scheduler, run_dir=run_dir)
        for name, table in whole.tables():
            parts.write(name, table)
        return
    jobs = default_jobs() if jobs is None else check_jobs(jobs)
    n_chunks = -(-len(corpus) // CHUNK_DOCUMENTS)
    chunks = corpus_chunks(corpus, CHUNK_DOCUMENTS)
    small = map_chunks(
        _annotate_into,
        ((parts, index, chunk) for index, chunk in enumerate(chunks)),
        jobs=jobs,
        total=n_chunks,
        what="annotating chunks of documents",
    )
    candidates, claims = ([*frames] for frames in zip(*small, strict=True))
    del small
    n_parts = len(candidates)
    joined = _concat(candidates)
    del candidates  # the chunks' frames, not held beside their join during the merge
    parts.write(CANDIDATES_TABLE, joined)  # for the document pages (corpus_event_candidates)
    parts.write("events", merge_event_candidates(joined))
    del joined
    joined = _concat(claims)
    del claims
    parts.write("claims", sort_claims(joined))
    del joined
    release_free_memory()  # the merge's working set, before the parts are joined
    for name in PART_TABLES:
        parts.join(name, n_parts)
    log.info("annotated %d documents in %.2f s", len(corpus), time.perf_counter() - started)


def _annotate_into(item: tuple[TableParts, int, Corpus]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Annotate one chunk (``item``: the parts, the chunk's index, its documents), write
    its ``PART_TABLES`` as parts, and return its event candidates and claims."""
    parts, index, chunk = item
    tables = annotate_documents(chunk)._asdict()
    for name in PART_TABLES:
        parts.write_part(name, index, tables.pop(name))
    return tables["event_candidates"], tables["claims"]


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Tables of consecutive chunks as one (the only one as it is)."""
    return frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)


ANNOTATION_TABLES = tuple(item.name for item in fields(Annotations))
"""The tables of ``Annotations``, in its field order."""


@cached_tables(
    ANNOTATION_TABLES,
    result_type=Annotations,
    ignore=("options",),  # jobs, engine, scheduler, run_dir: the same tables on every engine
    store_with=store_annotations,
)
def corpus_annotations(corpus: Corpus, **options: Any) -> Annotations:
    """``annotate(corpus, **options)`` (``jobs``, ``engine``, ``scheduler``, ``run_dir``:
    none of them changes the tables, so none is part of the key), computed once per
    corpus content and package and kept on disk beside the corpus (``analysis.annotators.cached``),
    where they are written chunk by chunk (``store_annotations``): a report build calls
    ``corpus_annotations.ensure_stored`` before its kernels start (which holds none of
    them), and the kernels only read the tables (``corpus_events`` & co.)."""
    return annotate(corpus, **options)


SUMMARY_HIT_COLUMNS = (
    *("doc_id", "para_id", "sent_id", "theme", "term", "match", "start", "end"),
    *("weight", "coded"),
)
"""The columns of ``theme_hits`` the theme summaries read (``theme_prevalence``,
``theme_examples``, ``evidence_table``, ``topics.topics``, ``keyterms.coverage``): every
column but ``rule``, for ``corpus_theme_hits(..., columns=...)`` in a report kernel."""
PREVALENCE_HIT_COLUMNS = ("doc_id", "para_id", "theme", "weight", "coded")
"""The columns of ``theme_hits`` that ``themes.theme_prevalence`` reads."""
SUMMARY_MENTION_COLUMNS = (
    *("doc_id", "para_id", "sent_id", "start", "end"),
    *("match", "canonical", "kind", "country"),
)
"""The columns of ``mentions`` the mention summaries read (``mention_counts``,
``mention_examples``, ``country_comentions``, ``comention_examples``,
``keyterms.coverage``): every column but ``flag`` and ``surface``."""


MENTION_CODES = ("doc_id", "match", "canonical", "kind", "country")
"""The text columns of ``mentions`` whose values repeat (a few thousand distinct strings in
hundreds of thousands of rows), read as categoricals with ``corpus_mentions(..., codes=True)``."""


def corpus_mentions(
    corpus: Corpus, *, columns: Sequence[str] | None = None, codes: bool = False
) -> pd.DataFrame:
    """``entities.extract_mentions(corpus)``, cached with the other annotation tables
    (only ``columns``, read alone from the stored table, when given: what a report
    kernel uses, e.g. ``SUMMARY_MENTION_COLUMNS``). ``codes`` (with ``columns``): the
    repeated text columns (``MENTION_CODES``) as categoricals of sorted ``str`` categories,
    an integer per row (the mention summaries give the same tables from them)."""
    if columns is None or not codes:
        return corpus_annotations.table(corpus, "mentions", columns=columns)
    coded = [c for c in MENTION_CODES if c in columns]
    return corpus_annotations.table(corpus, "mentions", columns=columns, codes=coded)


def corpus_dates(corpus: Corpus, *, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """``timeline.extract_dates(corpus)``, cached with the other annotation tables (only
    ``columns`` when given, as ``corpus_mentions``)."""
    return corpus_annotations.table(corpus, "dates", columns=columns)


def corpus_events(corpus: Corpus) -> pd.DataFrame:
    """``timeline.extract_events(corpus)``, cached with the other annotation tables."""
    return corpus_annotations.table(corpus, "events")


def corpus_event_candidates(corpus: Corpus) -> pd.DataFrame | None:
    """``timeline.event_candidate_table(corpus)`` as the annotation of ``corpus`` stored it
    (``store_annotations``: the annotations are stored first when they are not), or None
    when it is not stored (the cache off, tables stored by another route, or by a version
    that did not keep them): then the caller computes it."""
    store = corpus_store(corpus)
    if store is None:
        return None
    corpus_annotations.ensure_stored(corpus)
    shape = (CANDIDATE_COLUMNS, False)  # its columns checked; a broken file is None
    return store.read(CANDIDATES_TABLE, corpus_annotations.key(corpus), shape)


def corpus_claims(corpus: Corpus) -> pd.DataFrame:
    """``timeline.extract_claims(corpus)``, cached with the other annotation tables."""
    return corpus_annotations.table(corpus, "claims")


HIT_CODES = ("doc_id", "theme", "term", "match")
"""The text columns of ``theme_hits`` whose values repeat (a few thousand distinct strings
in a million rows), read as categoricals with ``corpus_theme_hits(..., codes=True)``."""


def corpus_theme_hits(
    corpus: Corpus,
    themes: Sequence[str] = (),
    *,
    theme_file: str | Path = "",
    columns: Sequence[str] | None = None,
    codes: bool = False,
) -> pd.DataFrame:
    """``themes.theme_hits(corpus, resolve_themes(theme_file or None, themes))``: with the
    packaged dictionary, the cached ``theme_hits`` table restricted to the chosen theme
    ids (themes are matched independently, so the rows are the same); with a
    ``theme_file``, computed and cached under that file's content.

    For a report kernel, which holds only what it uses: ``columns``, only these columns
    (the same values as ``corpus_theme_hits(...)[columns]``), read alone from the stored
    table (``SUMMARY_HIT_COLUMNS``, ``PREVALENCE_HIT_COLUMNS``); ``codes``, the repeated
    text columns (``HIT_CODES``) as categoricals of sorted ``str`` categories, an integer
    per row (the theme summaries give the same tables from them)."""
    selected = resolve_themes(theme_file or None, themes)
    wanted = list((*HIT_COLUMNS, *CODING_COLUMNS) if columns is None else columns)
    coded = HIT_CODES if codes else ()
    if theme_file:
        hits = _theme_file_hits(corpus, tuple(themes), Path(theme_file))
        return as_codes(hits if columns is None else hits[wanted], coded)
    if columns is None and not codes:
        hits = corpus_annotations.table(corpus, "theme_hits")
    else:
        read = list(dict.fromkeys([*wanted, "theme"])) if themes else wanted
        hits = corpus_annotations.table(corpus, "theme_hits", columns=read, codes=coded)
    if not themes:
        return hits
    ids = [t.id for t in selected]
    kept = hits.loc[hits["theme"].isin(ids)].reset_index(drop=True)
    return kept if columns is None else kept[wanted]


@cached_table("theme_file_hits")
def _theme_file_hits(corpus: Corpus, themes: tuple[str, ...], theme_file: Path) -> pd.DataFrame:
    return theme_hits(corpus, resolve_themes(theme_file, themes))


@cached_table("dated_documents")
def dated_documents(corpus: Corpus) -> pd.DataFrame:
    """``timeline.with_inferred_dates(corpus)``'s documents as held (without ``text`` when
    the corpus holds it apart: ``Corpus.held_documents``), cached."""
    return with_inferred_dates(corpus).held_documents()


def dated_corpus(corpus: Corpus) -> Corpus:
    """``timeline.with_inferred_dates(corpus)`` with its documents table cached, so every
    report of a build reads the inferred dates the first computed."""
    documents = dated_documents(corpus)
    if documents is corpus.held_documents():
        return corpus
    return corpus.with_documents(documents)  # the text is not made (``replace`` would)
