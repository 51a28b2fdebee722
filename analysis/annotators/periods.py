"""Party Congress terms: the periods table and placing dates and documents in terms.

Table: periods (one row per Party Congress term)
    period, congress, party, start, end, label, note
"""

from __future__ import annotations

import pandas as pd

from analysis.annotators.inference import with_inferred_dates
from analysis.annotators.timeline_data import _data_text
from analysis.core.data_files import load_data_file
from analysis.ingest.corpus import Corpus

PERIOD_COLUMNS = ("period", "congress", "party", "start", "end", "label", "note")


def load_periods() -> pd.DataFrame:
    """Party Congress terms from ``analysis/data/periods.csv``.

    Rows: one per term; columns ``PERIOD_COLUMNS`` (start/end as datetimes).
    """
    table = load_data_file("periods.csv", text=_data_text("periods.csv"))
    return table.assign(
        congress=table["congress"].astype("int64"),
        start=pd.to_datetime(table["start"]),
        end=pd.to_datetime(table["end"]),
    )[list(PERIOD_COLUMNS)]


def assign_period(
    table: pd.DataFrame, *, date_column: str, periods: pd.DataFrame | None = None
) -> pd.DataFrame:
    """``table`` with a ``period`` column: the Party Congress term (``periods.period``,
    e.g. "13th") containing ``date_column``, or "" when the date is missing or outside
    every term. Returns a new table."""
    periods = load_periods() if periods is None else periods
    dates = pd.to_datetime(table[date_column])
    labels = pd.Series("", index=table.index, dtype="str")
    for period, start, end in periods[["period", "start", "end"]].itertuples(index=False):
        labels = labels.mask(dates.between(start, end) & (labels == ""), period)
    return table.assign(period=labels)


def documents_by_period(corpus: Corpus, *, dated: bool = False) -> pd.DataFrame:
    """Documents (with inferred dates filled) placed in Party Congress terms.

    Rows: one per document; columns doc_id, title, outlet, published,
    published_precision, date_source, date_evidence, period. The documents' text is
    neither read nor made (``Corpus.held_documents``: at 10,000 articles, making it kept
    about 180 MB in the chronological report's kernel). ``dated``: ``corpus`` already
    carries its inferred dates (a report's corpus: ``notebook.start_report`` infers them),
    so they are read as they are rather than inferred again (the documents still undated
    are those no evidence dates: inferring again would read their paragraphs for nothing).
    """
    documents = (corpus if dated else with_inferred_dates(corpus)).held_documents()
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
