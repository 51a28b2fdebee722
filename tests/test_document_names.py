"""Tests of ``analysis.ingest.document_names``: a document on a document host keeps the
publisher its opening text names, inside a run-on line or an OCR'd cover."""

from __future__ import annotations

import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from analysis.core import schema
from analysis.ingest.corpus import build_documents, parse_document
from analysis.ingest.document_names import folded_letters, named_publisher
from analysis.ingest.sidecar_overlay import apply_sidecar

#: A transcription store's page of our own (the chrome of lawsdocbox.com / docplayer.net):
#: the document's name, the viewer's labels, the download link, then its pages numbered
#: and each run into one line, the first a newspaper's front page with its address in the
#: masthead.
_TRANSCRIPTION = """Delta schools open reading rooms for the rainy season

Size: px
Start display at page:

Download "Delta schools open reading rooms for the rainy season"

Transcription

1 FERRY TIMETABLE FOR THE WET MONTHS PAGE-4 (REGIONAL) REGIONAL Market hall reopens after repairs PAGE-2 Vol. III, No. 12, 5 th Waxing of Tagu 1381 ME www.globalnewlightofmyanmar.com Tuesday, 9 April 2019 Delta schools open reading rooms for the rainy season TEACHERS in three townships opened reading rooms in their schools this week, so that pupils kept at home by the floods can borrow books.

2 The rooms open on weekend mornings, and parents take turns to keep them. The township offices say they will count the loans and report them at the end of the season.
"""

#: An OCR'd report cover of our own run into one line, its publisher's name misread.
_COVER = (
    "RIVER FERRIES OF THE LOWER BASIN Asia Report N°99 - 4 May 2015 lnternatlonal Crisis "
    "Group WORKING TO PREVENT CONFLICT WORLDWIDE TABLE OF CONTENTS EXECUTIVE SUMMARY "
    "........ i I. INTRODUCTION ........ 1\n\nThe ferries of the lower basin carry more "
    "people than the bridges do, and the towns on both banks depend on them.\n"
)


def _document(text: str, url: str) -> pd.Series:
    """The documents row of ``text`` once ``metadata.csv`` gives ``url``."""
    row, rows = parse_document("page", "page.txt", text.encode())
    paragraphs = pd.DataFrame(rows, columns=list(schema.PARAGRAPH_COLUMNS))
    sidecar = pd.DataFrame({"url": [url]}, index=pd.Index(["page"], name="doc_id"))
    return apply_sidecar(build_documents([row]), sidecar, paragraphs).iloc[0]


def test_a_masthead_address_names_the_transcribed_papers_publisher() -> None:
    doc = _document(_TRANSCRIPTION, "http://lawsdocbox.com/Politics/1-Delta-schools.html")
    assert doc["outlet"] == "Global New Light of Myanmar"
    assert doc["outlet_kind"] == "publisher"


def test_an_ocr_misread_publisher_on_a_run_on_cover() -> None:
    doc = _document(_COVER, "http://s3.documentcloud.org/documents/1/river-ferries.txt")
    assert doc["outlet"] == "International Crisis Group"


def test_a_site_of_its_own_keeps_its_address() -> None:
    doc = _document(_TRANSCRIPTION, "https://delta-schools.example.org/rooms.html")
    assert doc["outlet"] != "Global New Light of Myanmar"


def test_a_document_naming_no_listed_outlet_keeps_its_host() -> None:
    page = _TRANSCRIPTION.replace("www.globalnewlightofmyanmar.com", "www.delta-towns.org")
    doc = _document(page, "http://lawsdocbox.com/Politics/1-Delta-schools.html")
    assert doc["outlet"] == "lawsdocbox.com"


def test_the_name_must_stand_within_the_opening_reach() -> None:
    late = ["Filler line of the cover."] * 40 + ["International Crisis Group"]
    assert named_publisher(late) == ""
    assert named_publisher(["Tuoi Tre and VNA reported it"]) == ""  # too short to look for


def test_the_first_named_outlet_wins() -> None:
    texts = ["Institute of Southeast Asian Studies with the International Crisis Group"]
    assert named_publisher(texts) == "ISEAS – Yusof Ishak Institute"


@given(
    noise=st.text(alphabet=" .,-:|#0123456789", max_size=200),
    misread=st.sampled_from(["International", "lnternational", "Internatlonal", "INTERNAT1ONAL"]),
)
def test_any_run_of_signs_before_a_misread_name(noise: str, misread: str) -> None:
    assert named_publisher([noise + f" {misread} Crisis Group report"]) == (
        "International Crisis Group"
    )
    assert folded_letters(misread) == folded_letters("international")
