"""What the date tests share: the anchor they read relative dates against, the one
match a text must hold and the header date of a placeholder page."""

from __future__ import annotations

import pandas as pd

from analysis.dates import DateMatch, find_dates
from analysis.ingest.layout import read_article
from tests.sidecar_rows import row_with_address

ANCHOR = pd.Timestamp("2024-03-13")  # a Wednesday


def one_date(text: str, anchor: pd.Timestamp | None = None) -> DateMatch:
    """The single match of ``find_dates`` in ``text`` (the test fails on none or more)."""
    found = find_dates(text, anchor=anchor)
    assert len(found) == 1, found
    return found[0]


def one_anchored(text: str, anchor: pd.Timestamp | None = ANCHOR) -> DateMatch:
    """``one_date`` read against ``ANCHOR`` unless told otherwise."""
    return one_date(text, anchor)


def page_header_date(page: str) -> tuple[pd.Timestamp | None, str]:
    """The first day and precision of the header date ``read_article`` gives ``page``
    (``(None, "")`` when it gives none)."""
    found = read_article(page).header_date
    return (found.date_start, found.precision) if found is not None else (None, "")


def published_with_address(page: str, url: str) -> tuple[str, str]:
    """The ``published`` day and precision of the documents row ``page`` gives when its
    sidecar names the address ``url`` (the address's date read as the README's
    ``date_source = url``)."""
    doc = row_with_address(page, url)
    return str(doc["published"].date()), doc["published_precision"]
