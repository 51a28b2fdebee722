"""Tests of ``analysis.ingest.upload_rows``: a document host's upload row copies the file
name the host prints as the page's title; the document's own title wins."""

from __future__ import annotations

from pathlib import Path

from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.upload_rows import upload_row_copy

#: The document host's text preview of held-out 60 (pdfslide.tips), the zoo's fixture: the
#: file name, the host's tools and upload row, the page count, the report's cover
#: (publisher, country, title, writers, approval, date) and its first lines.
_FIXTURE = "pdfslide_embed_citation_preview_bullet_date_title_page_fraction_caps_org_country_report_title_prepared_approved_date.txt"
_PREVIEW = (Path(__file__).parent / "data" / "layouts" / _FIXTURE).read_text(encoding="utf-8")


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
