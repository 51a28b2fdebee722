"""Tests of ``analysis.ingest.copyright_holders``: a document on a document host whose
cover names no publisher keeps the holder its copyright notice names (fix42f)."""

from __future__ import annotations

import pandas as pd

from analysis.core import schema
from analysis.ingest.copyright_holders import copyright_holder
from analysis.ingest.corpus import build_documents, parse_document
from analysis.ingest.sidecar_overlay import apply_sidecar

#: A store's text of an uploaded report (held-out 138's layout, placeholder words): the
#: store's logo line, the cover's words one a line, the month spaced out, the rights page
#: with its notice glued to the year ("@2024") over the publisher's address.
_REPORT = "\n".join(
    [
        "SlideShare a Scribd company logo",
        "FERRIES,",
        "TOLLS AND",
        "RIVER TOWNS",
        "M a y 2 0 2 4",
        "FERRIES, TOLLS AND RIVER TOWNS",
        "4",
        "@2024 The Delta Harbour Trust",
        "12 Quay Road, Riverton 40410",
        "The trust's staff wrote this note with help from two boat crews; the views in it "
        "are the writers' own.",
        "MAY 2024 5",
        "Contents",
        "1. Ferries on the lower river and the tolls they pay at each landing",
    ]
)


def _document(text: str, url: str) -> pd.Series:
    """The documents row of ``text`` once ``metadata.csv`` gives ``url``."""
    row, rows = parse_document("page", "page.txt", text.encode())
    paragraphs = pd.DataFrame(rows, columns=list(schema.PARAGRAPH_COLUMNS))
    sidecar = pd.DataFrame({"url": [url]}, index=pd.Index(["page"], name="doc_id"))
    return apply_sidecar(build_documents([row]), sidecar, paragraphs).iloc[0]


def test_a_hosted_reports_copyright_holder_is_its_publisher() -> None:
    doc = _document(_REPORT, "https://www.slideshare.net/slideshow/ferries-tolls/26155")
    assert doc["outlet"] == "The Delta Harbour Trust"
    assert doc["outlet_kind"] == "publisher"
    run_on = "27\nFerries and Tolls Ana Lind river studies, volume 3 (2024) © The Delta Harbour "
    run_on += "Trust 12 Quay Road, Riverton. Ferries on the lower river pay tolls at each landing."
    doc = _document(run_on, "https://pdfslide.us/documents/ferries-and-tolls.html")
    assert doc["outlet"] == "The Delta Harbour Trust"  # a one-line text layer too


def test_only_a_document_host_gives_way_to_the_notice() -> None:
    doc = _document(_REPORT, "https://delta-harbour-notes.org/ferries-tolls.html")
    assert doc["outlet"] != "The Delta Harbour Trust"  # a site of its own: not a host's copy


def test_a_writers_or_the_hosts_own_notice_names_no_publisher() -> None:
    assert copyright_holder("scribd.com", ["© The Author(s) 2023. Delta Press"]) == ""
    assert copyright_holder("cupdf.com", ["© 2024 Cupdf Documents Online"]) == ""
    assert copyright_holder("cupdf.com", ["© Reuters"]) == ""  # one word: a photo credit
    assert copyright_holder("cupdf.com", ["copyright law protects the river trust"]) == ""
    notice = ["Copyright 2017 by the Delta Harbour Trust Inc. All rights reserved."]
    assert copyright_holder("scribd.com", notice) == "Delta Harbour Trust"  # no "Inc."
