"""The periods of the timeline (``analysis/annotators/periods.py``): the table and the period of a
date."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.annotators.timeline import (
    assign_period,
    load_periods,
)

T = pd.Timestamp


def test_periods_table():
    periods = load_periods()
    assert list(periods["period"]) == ["11th", "12th", "13th", "14th"]
    assert [(s.year, e.year) for s, e in zip(periods["start"], periods["end"], strict=True)] == [
        (2011, 2016),
        (2016, 2021),
        (2021, 2025),
        (2026, 2031),
    ]


@pytest.mark.parametrize(
    ("date", "period"),
    [
        ("2011-06-01", "11th"),
        ("2016-01-19", "11th"),
        ("2016-01-20", "12th"),
        ("2021-01-24", "12th"),
        ("2021-01-25", "13th"),
        ("2023-07-01", "13th"),
        ("2026-03-01", "14th"),
        ("2005-01-01", ""),
        (None, ""),
    ],
)
def test_assign_period(date, period):
    table = pd.DataFrame({"when": pd.Series([T(date) if date else pd.NaT], dtype="datetime64[us]")})
    assert assign_period(table, date_column="when")["period"].tolist() == [period]
    assert "period" not in table.columns
