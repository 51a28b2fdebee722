"""Tests of ``analysis.ingest.document_publishers``: a document on a document host keeps
the publisher its cover prints in capitals."""

from __future__ import annotations

import pandas as pd

from analysis.core import schema
from analysis.ingest.corpus import apply_sidecar, build_documents, parse_document
from analysis.ingest.document_publishers import cover_publisher

#: The document store's text preview of held-out 60 (pdfslide.tips): the file name, the
#: host's tools and upload row, the page count, the report's cover (publisher, country,
#: title, writers, approval, date) and its first lines.
_PREVIEW = (
    "Imf Vn Soe Arrears 2011 Selected Issues\n\n"
    "Embed Size (px)\n\n"
    "Citation preview\n\n"
    "  • 3/2/2018 Imf Vn Soe Arrears 2011 Selected Issues\n\n"
    "    1/24\n\n"
    "    INTERNATIONAL MONETARY FUND\n\n"
    "    VIETNAM\n\n"
    "    Vietnam: Selected Issues on State Enterprise Arrears\n\n"
    "    Prepared by Tobias Lindqvist and Mai Anh Duong (Asia and Pacific Department)\n\n"
    "    September 12, 2011\n\n"
    "    This note looks at the payment arrears that state enterprises have built up with "
    "their suppliers since 2008, and at what the banks lent them meanwhile.\n"
)


def _document(text: str, url: str) -> pd.Series:
    """The documents row of ``text`` once ``metadata.csv`` gives ``url``."""
    row, rows = parse_document("page", "page.txt", text.encode())
    paragraphs = pd.DataFrame(rows, columns=list(schema.PARAGRAPH_COLUMNS))
    sidecar = pd.DataFrame({"url": [url]}, index=pd.Index(["page"], name="doc_id"))
    return apply_sidecar(build_documents([row]), sidecar, paragraphs).iloc[0]


def test_the_cover_names_the_outlet_of_a_hosted_document() -> None:
    doc = _document(_PREVIEW, "https://pdfslide.tips/documents/imf-vn-soe-arrears-2011.html")
    assert doc["outlet"] == "International Monetary Fund"
    assert doc["outlet_kind"] == "publisher"


def test_only_a_document_host_gives_way_to_the_cover() -> None:
    doc = _document(_PREVIEW, "https://example-reports.org/imf-vn-soe-arrears-2011.html")
    assert doc["outlet"] != "International Monetary Fund"  # a site of its own: its address
    no_cover = _PREVIEW.replace("INTERNATIONAL MONETARY FUND", "VIETNAM PROGRAMME")
    doc = _document(no_cover, "https://pdfslide.tips/documents/imf-vn-soe-arrears-2011.html")
    assert doc["outlet"] == "pdfslide.tips"


def test_cover_publisher_wants_the_name_alone_in_capitals() -> None:
    assert cover_publisher(["INTERNATIONAL MONETARY FUND"]) == "International Monetary Fund"
    assert cover_publisher(["International Monetary Fund"]) == ""  # a heading, not a cover
    assert cover_publisher(["THE FUND SAYS ARREARS ROSE"]) == ""  # no organisation's name
