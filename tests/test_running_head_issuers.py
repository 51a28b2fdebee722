"""Tests of ``analysis.ingest.running_head_issuers``: a document on a document host whose
cover names no publisher keeps the issuer its running head names (fix42f)."""

from __future__ import annotations

import pandas as pd

from analysis.core import schema
from analysis.ingest.corpus import build_documents, parse_document
from analysis.ingest.running_head_issuers import running_head_issuer
from analysis.ingest.sidecar_overlay import apply_sidecar


def _document(text: str, url: str) -> pd.Series:
    """The documents row of ``text`` once ``metadata.csv`` gives ``url``."""
    row, rows = parse_document("page", "page.txt", text.encode())
    paragraphs = pd.DataFrame(rows, columns=list(schema.PARAGRAPH_COLUMNS))
    sidecar = pd.DataFrame({"url": [url]}, index=pd.Index(["page"], name="doc_id"))
    return apply_sidecar(build_documents([row]), sidecar, paragraphs).iloc[0]


def test_a_hosted_reports_running_head_names_its_issuer() -> None:
    """held-out 140's layout (placeholder words): a store's banner, then the report's
    running head "<INITIALS> | ANNUAL REPORT <year>" glued to its recommendations."""
    page = "Top Banner\nDHRC | ANNUAL REPORT 2019 RIVER TOWNS TIER 2 | FERRY CROSSINGS Keep "
    page += "the crossings open at night; Ask the towns to post the tolls at each landing."
    doc = _document(page, "https://cupdf.com/document/ferry-crossings-in-river-towns.html")
    assert doc["outlet"] == "DHRC"
    doc = _document(page, "https://dhrc-river-notes.org/ferry-crossings.html")
    assert doc["outlet"] != "DHRC"  # a site of its own: its address


def test_a_head_wants_capitals_a_bar_a_report_kind_and_a_year() -> None:
    assert running_head_issuer(["DHRC | ANNUAL REPORT 2019"]) == "DHRC"
    assert running_head_issuer(["Dhrc | Annual Report 2019"]) == ""  # not in capitals
    assert running_head_issuer(["DHRC | RIVER TOWNS 2019"]) == ""  # no report's kind
    assert running_head_issuer(["DHRC ANNUAL REPORT 2019"]) == ""  # no bar
