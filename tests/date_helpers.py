"""What the date tests share: the anchor they read relative dates against and the one
match a text must hold."""

from __future__ import annotations

import pandas as pd

from analysis.dates import DateMatch, find_dates

ANCHOR = pd.Timestamp("2024-03-13")  # a Wednesday


def one_date(text: str, anchor: pd.Timestamp | None = None) -> DateMatch:
    """The single match of ``find_dates`` in ``text`` (the test fails on none or more)."""
    found = find_dates(text, anchor=anchor)
    assert len(found) == 1, found
    return found[0]


def one_anchored(text: str, anchor: pd.Timestamp | None = ANCHOR) -> DateMatch:
    """``one_date`` read against ``ANCHOR`` unless told otherwise."""
    return one_date(text, anchor)
