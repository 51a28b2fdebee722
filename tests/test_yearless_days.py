"""Tests of ``analysis.ingest.yearless_days``: a text opening with a day and no year under
an address folder of another month gives no date, flagged ``date_conflict`` with both in
the evidence (fix7981)."""

from __future__ import annotations

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.core import schema
from analysis.dates.lexicon import MONTHS
from analysis.ingest.corpus import apply_sidecar, build_documents, parse_document
from analysis.ingest.url_dates import url_date
from analysis.ingest.yearless_days import opening_month_day, yearless_conflict, yearless_reason

# A digest's page of a paper's editorials (held-out 79's layout, placeholder text): the
# paper's section, the editorial's title in capitals, the text opened by the day only.
DIGEST = (
    "HARBOUR GAZETTE OPINION\n\n"
    "EDITORIAL: FERRY TIMETABLES SHOULD BE KEPT\n\n"
    "MARCH 12 --Whenever the ferries run late, the island's schoolchildren miss their first "
    "lessons. The ferry office counted forty late crossings last month. * READ MORE...\n"
)


def _row(text: str, url: str) -> pd.Series:
    row, paras = parse_document("d1", "d1.txt", text.encode())
    docs = build_documents([row])
    frame = pd.DataFrame(paras, columns=list(schema.PARAGRAPH_COLUMNS))
    sidecar = pd.DataFrame({"url": [url]}, index=pd.Index(["d1"], name="doc_id"))
    return apply_sidecar(docs, sidecar, frame).iloc[0]


def test_a_day_without_year_against_another_months_folder_gives_no_date() -> None:
    row = _row(DIGEST, "http://www.digest.example.org/2004/02/ed/ed0612.htm")
    assert pd.isna(row["published"])
    assert "date_conflict" in row["metadata_flags"].split(";")
    assert row["date_evidence"].startswith("MARCH 12; URL: ")
    assert "another month" in row["date_reason"]


def test_the_folder_of_the_same_month_is_still_taken() -> None:
    # negative: the address's month agrees with the page's day: its month is the date
    row = _row(DIGEST, "http://www.digest.example.org/2004/03/ed/ed0612.htm")
    assert str(row["published"].date()) == "2004-03-01"
    assert "date_conflict" not in str(row["metadata_flags"]).split(";")


def test_a_text_without_the_opening_day_takes_the_folder() -> None:
    # negative: no day opens the text: the folder's month is the date, as before
    page = DIGEST.replace("MARCH 12 --Whenever", "Whenever")
    row = _row(page, "http://www.digest.example.org/2004/02/ed/ed0612.htm")
    assert str(row["published"].date()) == "2004-02-01"


_NAMES = sorted(k for k in MONTHS if len(k) >= 3 and k.isalpha())


@settings(max_examples=80, deadline=None)
@given(name=st.sampled_from(_NAMES), day=st.integers(1, 28), folder=st.integers(1, 12))
def test_any_month_against_any_folder(name: str, day: int, folder: int) -> None:
    month, read, text = opening_month_day(f"{name.upper()} {day} --Text") or (0, 0, "")
    assert (month, read) == (MONTHS[name], day)
    address = url_date(f"http://x.org/2004/{folder:02d}/a.htm")
    assert address is not None
    fields = yearless_conflict("yearless_day", yearless_reason(3, text), address, "u")
    assert bool(fields) == (folder != month)
    assert not yearless_conflict("", yearless_reason(3, text), address, "u")
