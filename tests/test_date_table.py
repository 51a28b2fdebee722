"""The dates table (``analysis/annotators/date_table.py``) on the samples, and the label of a date
range."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.annotators.timeline import (
    extract_dates,
)
from tests.conftest import doc

T = pd.Timestamp


def test_sample_relative_dates_resolve_against_inferred_date(corpus):
    dates = extract_dates(corpus)
    in003 = dates.loc[dates["doc_id"] == doc(corpus, "003")].set_index("text")
    may = in003.loc["May 21-23 last year"]
    assert (may["date_start"], may["date_end"]) == (T("2023-05-21"), T("2023-05-23"))
    assert may["relative"] and may["anchor"] == "inferred"
    december = in003.loc["Last December"]
    assert december["date_start"] == T("2023-12-01")


def test_sample_dates_skip_counts_and_captions(corpus):
    dates = extract_dates(corpus)
    years = dates.loc[dates["precision"] == "year", "date_start"].dt.year
    assert years.between(1900, 2100).all()
    assert not dates["text"].isin(["1007", "700", "111", "245", "247"]).any()
    in000 = dates.loc[dates["doc_id"] == doc(corpus, "000")]
    assert "November, 2022" not in set(in000["text"])  # only in a caption
    anniversary = in000.loc[in000["text"] == "the 60th anniversary"].iloc[0]
    assert anniversary["date_start"] == T("2022-01-01") and anniversary["note"] == "founded 1962"
    congress = dates.loc[dates["text"] == "the 13th National Party Congress"].iloc[0]
    assert congress["date_start"].year == 2021 and congress["kind"] == "congress"


@pytest.mark.parametrize(
    ("start", "end", "precision", "label"),
    [
        ("2023-12-12", "2023-12-13", "day", "12-13 Dec 2023"),
        ("2022-10-30", "2022-11-01", "day", "30 Oct - 1 Nov 2022"),
        ("2023-05-01", "2023-05-31", "month", "May 2023"),
        ("2023-09-01", "2023-12-31", "season", "Sep-Dec 2023"),
        ("2022-01-01", "2022-12-31", "year", "2022"),
        ("2021-01-01", "2025-12-31", "period", "2021-2025"),
    ],
)
def test_date_label(start, end, precision, label):
    from analysis.annotators.timeline import date_label

    assert date_label(T(start), T(end), precision) == label
