"""Tests of ``analysis.ingest.yearless_days``: a text opening with a day and no year under
an address folder of another month gives no date, flagged ``date_conflict`` with both in
the evidence (fix7981)."""

from __future__ import annotations

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.core import schema
from analysis.dates.lexicon import MONTHS
from analysis.ingest.corpus import build_documents, parse_document
from analysis.ingest.sidecar_overlay import apply_sidecar
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


def test_the_folder_of_the_same_month_gives_the_day_in_its_year() -> None:
    # the address's month agrees with the page's day: the day, in the address's year
    # (the zoo README's rule since session 38; before, the folder's month was taken)
    row = _row(DIGEST, "http://www.digest.example.org/2004/03/ed/ed0612.htm")
    assert str(row["published"].date()) == "2004-03-12"
    assert row["published_precision"] == "day"
    assert row["date_evidence"].startswith("text: MARCH 12; URL: ")
    assert row["date_reason"].startswith("no date in the text; the text's day with the URL's")
    assert "date_conflict" not in str(row["metadata_flags"]).split(";")


# A wire's copy on a regional site, pasted from its lede (held-out 46's layout, placeholder
# text): the dateline names the places and the day, no year; no headline, no date line.
WIRE_COPY = (
    "VIENTIANE, Oct 9 — A night ferry between the two river towns will start next month, "
    "the transport office said on Wednesday.\n"
    "Tickets will be sold at both piers, and the first crossing is planned for a Saturday.\n"
)


def test_a_wire_datelines_day_under_its_months_folder_is_the_date() -> None:
    row = _row(WIRE_COPY, "https://www.regional.example.com/en/2024/10/235702")
    assert str(row["published"].date()) == "2024-10-09"
    assert row["published_precision"] == "day"
    two_places = WIRE_COPY.replace("VIENTIANE,", "BEIJING, China,")
    row = _row(two_places, "https://www.regional.example.com/news/2024/10/a-ferry/")
    assert str(row["published"].date()) == "2024-10-09"


def test_a_wire_datelines_day_under_another_month_is_a_conflict() -> None:
    # negative: the folder's month is not the dateline's: no date, both in the evidence
    row = _row(WIRE_COPY, "https://www.regional.example.com/en/2024/11/235702")
    assert pd.isna(row["published"])
    assert "date_conflict" in row["metadata_flags"].split(";")


def test_a_lede_opening_with_words_before_the_day_is_no_dateline() -> None:
    # negatives: a sentence's or a lower-case word before the day: the folder's month stays
    for opening in ("On Oct 9 — A night", "officials, Oct 9 — A night"):
        page = WIRE_COPY.replace("VIENTIANE, Oct 9 — A night", opening)
        row = _row(page, "https://www.regional.example.com/en/2024/10/235702")
        assert str(row["published"].date()) == "2024-10-01", opening
        assert row["published_precision"] == "month", opening


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


# An embassy's news item (held-out 135's layout, placeholder text): the headline, lines of
# spaces, the text opening "On <Month> <day>," with no year, an anniversary span with years
# later in the sentence; the address's folder gives the year and the month.
EMBASSY_ITEM = (
    "Embassy hosts a reception for the river towns' friendship week\n\n       \n\n"
    "On September 5, guests filled the embassy's hall for an evening marking the friendship "
    "week of the two river towns (September 2, 1995 - September 2, 2024). \n\n"
    "A string quartet of students played before the speeches, and the mayors spoke last.\n"
)


def test_a_text_opening_on_a_day_without_year_takes_its_folders_year() -> None:
    row = _row(EMBASSY_ITEM, "https://embassy.example.org./news/2024/09/friendship-week-0")
    assert str(row["published"].date()) == "2024-09-05"
    assert row["published_precision"] == "day"
    assert "September 5" in row["date_evidence"]


def test_on_a_day_under_another_month_or_with_a_year_is_no_yearless_day() -> None:
    # negatives: under another month's folder the sentence's day is an event's (a June
    # issue reporting "On May 12, ..."): no conflict, the folder's month stays; a year after
    # the day, or words between "On" and the month, leave the rule out
    row = _row(EMBASSY_ITEM, "https://embassy.example.org/news/2024/10/friendship-week-0")
    assert str(row["published"].date()) == "2024-10-01"
    assert row["published_precision"] == "month"
    assert "date_conflict" not in str(row["metadata_flags"]).split(";")
    assert opening_month_day("On September 5, 2024, guests filled the hall") is None
    assert opening_month_day("On the morning of September 5, guests came") is None
    assert opening_month_day("Once 5, guests came") is None
