"""Thailand's Buddhist-era years in a Thai page or its English translation (held-out 94):
"Date 8 January 2567" is 8 January 2024 (rule ``be_day_month_year`` of
``data/date_rules.yaml``, offset ``buddhist_era`` of ``data/date_words.yaml``)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from analysis.dates import find_dates
from benchmarks.accuracy import read_one

LAYOUTS = Path(__file__).parent / "data" / "layouts"
FIXTURE = "b94_tvfa_thai_association_translated_title_body_source_label_embassy_date_label_buddhist_era_year.txt"


def _days(text: str) -> list[str]:
    return [str(d.date_start.date()) for d in find_dates(text) if d.date_start is not None]


def test_a_buddhist_era_date_is_read_in_the_common_era() -> None:
    assert _days("Date 8 January 2567") == ["2024-01-08"]
    assert _days("On 8 January 2567, the Ambassador gave an interview.") == ["2024-01-08"]


def test_a_count_after_a_day_is_no_buddhist_era_year() -> None:
    assert _days("On 5 May 2550 people walked to the pier.") == []
    assert _days("from 1 June 2300 boats") == []


def test_the_translated_thai_page_is_dated_by_its_date_label() -> None:
    entry = next(
        e
        for e in json.loads((LAYOUTS / "manifest.json").read_text(encoding="utf-8"))
        if e["file"] == FIXTURE
    )
    doc, _ = read_one(LAYOUTS / FIXTURE, entry["url"])
    assert pd.Timestamp(doc["published"]) == pd.Timestamp("2024-01-08")


@given(
    st.dates(
        min_value=pd.Timestamp("1997-01-01").date(), max_value=pd.Timestamp("2056-12-31").date()
    )
)
def test_any_day_of_the_buddhist_era_years_read(day) -> None:
    text = f"Date {day.day} {day.strftime('%B')} {day.year + 543}"
    assert _days(text) == [str(day)]
