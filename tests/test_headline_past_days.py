"""Tests of ``analysis.ingest.headline_past_days``: a past day named in the headline
yields to the day the address files the page under; a headline's day close to the
address's stays the page's date (fix38d)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.core import schema
from analysis.ingest.corpus import build_documents, parse_document
from analysis.ingest.headline_past_days import folder_day_first, past_headline_day
from analysis.ingest.sidecar_overlay import apply_sidecar
from analysis.ingest.url_dates import url_date

#: A placeholder history post: its headline names the day it recalls, nothing else dates it.
HISTORY_POST = """The Sixties: Monday, March 14, 1966

Ferry crews on the lower river were told on Monday that the night crossings would stop until the floods went down.

The provincial office said the crossings would reopen within two weeks if the water fell.
"""

#: A placeholder report: its headline names yesterday's press conference.
PRESS_REPORT = """Spokesperson's Regular Press Conference on March 14, 2024

Question: Could you comment on the talks on river transport held this week?

Answer: Both sides agreed to meet again before the end of the year.
"""


def _published(text: str, url: str) -> str:
    row, paragraphs = parse_document("page", "page.txt", text.encode())
    documents = build_documents([row])
    frame = pd.DataFrame(paragraphs, columns=list(schema.PARAGRAPH_COLUMNS))
    sidecar = pd.DataFrame({"url": [url]}, index=pd.Index(["page"], name="doc_id"))
    documents = apply_sidecar(documents, sidecar, frame)
    return str(pd.Timestamp(documents.iloc[0]["published"]).date())


def test_a_past_day_in_the_headline_yields_to_the_address_day() -> None:
    url = "https://example.blog/2024/03/14/the-sixties-monday-march-14-1966"
    assert _published(HISTORY_POST, url) == "2024-03-14"


def test_a_past_day_in_the_headline_stays_without_a_day_in_the_address() -> None:
    assert _published(HISTORY_POST, "https://example.blog/2024/03/the-sixties") == "1966-03-14"


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/2024/03/15/spokespersons-regular-press-conference",
        "https://example.org/news/press-conference-20240315.html",
    ],
)
def test_a_headline_day_close_to_the_address_day_stays(url: str) -> None:
    assert _published(PRESS_REPORT, url) == "2024-03-14"


def test_the_folder_day_comes_before_a_slug_day() -> None:
    found = url_date("https://example.blog/2024/03/14/the-sixties-monday-march-14-1966")
    assert found.text == "/2024/03/14/"
    slug = url_date("https://example.org/en/news-headlines-march-6-2024-2257113.html")
    assert slug.text == "march-6-2024"
    assert folder_day_first("/a-title", None) is None


def test_only_a_date_read_from_the_headline_yields() -> None:
    day = url_date("https://example.blog/2024/03/14/a-title")
    title = "The Sixties: Monday, March 14, 1966"
    row = {"title": title, "date_evidence": title, "published": pd.Timestamp(1966, 3, 14)}
    assert past_headline_day(row, day)
    assert not past_headline_day({**row, "date_evidence": "Monday, March 14, 1966"}, day)
    assert not past_headline_day({**row, "published": pd.NaT}, day)
    assert not past_headline_day(row, url_date("https://example.blog/2024/03/a-title"))
    assert not past_headline_day(None, day)
