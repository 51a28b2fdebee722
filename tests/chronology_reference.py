"""The chronology's whole-table steps as they were before issue 13's bounded versions: a
slow, memory-hungry reference that the bounded code must match exactly
(tests/test_chronology_blocks.py).

- ``documents_by_period``: read ``corpus.documents``, which makes (and keeps) the text;
- ``sources_by_full_frame_sorts``: ``link_event_candidates`` with every column sorted
  twice (the candidates and the result held whole at once);
- ``event_rows`` / ``document_rows``: every block's rows of a document-pages input taken
  at once, as a list."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from analysis.annotators import event_linking as ev
from analysis.annotators.event_schema import EVENT_SOURCE_COLUMNS
from analysis.annotators.inference import with_inferred_dates
from analysis.annotators.periods import assign_period
from analysis.ingest.corpus import Corpus


def documents_by_period(corpus: Corpus) -> pd.DataFrame:
    """``periods.documents_by_period`` before: from the full documents table."""
    documents = with_inferred_dates(corpus).documents
    columns = [
        "doc_id",
        "title",
        "outlet",
        "published",
        "published_precision",
        "date_source",
        "date_evidence",
    ]
    return assign_period(documents[columns], date_column="published")


def sources_by_full_frame_sorts(candidates: pd.DataFrame) -> pd.DataFrame:
    """``link_event_candidates`` as first written: every column sorted twice."""
    rows = ["doc_id", "para_id", "sent_id"]
    table = candidates.sort_values(rows, kind="stable", ignore_index=True)
    table = table.assign(group=ev._attach_captions(table, ev._group_candidates(table)))
    by_date = ["date_start", "type", *rows]
    firsts = table.sort_values(by_date).drop_duplicates("group")["group"].tolist()
    ids = {group: f"ev{n:04d}" for n, group in enumerate(firsts, start=1)}
    table = table.assign(event_id=table["group"].map(ids).astype("str"))
    table = table.sort_values(["event_id", *rows], kind="stable", ignore_index=True)
    return table[[*EVENT_SOURCE_COLUMNS, "persons"]]


def _keys(values: pd.Series, blocks: Mapping[str, int]) -> np.ndarray:
    return values.map(blocks).to_numpy(dtype="int64", na_value=-1)


def document_rows(
    table: pd.DataFrame, column: str, blocks: Mapping[str, int], n_blocks: int
) -> list[pd.DataFrame]:
    """``document_blocks.document_rows`` before: every block's rows at once."""
    keys = _keys(table[column], blocks)
    order = np.argsort(keys, kind="stable")
    bounds = np.searchsorted(keys[order], np.arange(n_blocks + 1))
    return [table.iloc[order[bounds[k] : bounds[k + 1]]] for k in range(n_blocks)]


def event_rows(
    sources: pd.DataFrame, blocks: Mapping[str, int], n_blocks: int
) -> list[pd.DataFrame]:
    """``document_blocks.event_rows`` before: every block's rows at once."""
    block = _keys(sources["doc_id"], blocks)
    events = sources["event_id"].to_numpy()
    touched = pd.DataFrame({"event_id": events[block >= 0], "block": block[block >= 0]})
    rows = pd.DataFrame({"event_id": events, "row": np.arange(len(sources))}).merge(
        touched.drop_duplicates(), on="event_id"
    )
    rows = rows.sort_values(["block", "row"], kind="stable")
    positions = rows["row"].to_numpy()
    bounds = np.searchsorted(rows["block"].to_numpy(), np.arange(n_blocks + 1))
    return [sources.iloc[positions[bounds[k] : bounds[k + 1]]] for k in range(n_blocks)]
