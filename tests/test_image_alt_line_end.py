"""Tests of ``image_alt`` in ``data/header_scoring.yaml``: a picture's alt text closing the
headline's line ("<Headline> hinh anh 1"), the caption on the next line, is the alt text's
marker, not the headline's words (held-out 143's copy saved from the picture down)."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.metadata import load_scoring

#: A news story copied from its picture down (placeholder text): the alt text alone on its
#: line, the caption under it, the lede on the next line, paragraphs between blanks.
_PAGE = (
    "Hanoi asks for calm after a ferry collision: Spokeswoman hinh anh 1\n"
    "Deputy spokeswoman of the ministry Tran Mai Lan (Photo: VNA)\n"
    "Hanoi is following the case closely and asks both sides to keep calm, she said.\n\n"
    "The ministry will work with the port authorities on the findings, she added./.VNA\n"
)


def test_an_alt_text_closing_its_line_is_cut_from_the_headline() -> None:
    assert read_article(_PAGE).title == "Hanoi asks for calm after a ferry collision: Spokeswoman"


def test_the_alt_text_glued_to_its_caption_is_cut_as_before() -> None:
    page = _PAGE.replace("hinh anh 1\n", "hinh anh 1", 1)
    assert read_article(page).title == "Hanoi asks for calm after a ferry collision: Spokeswoman"


def test_a_number_inside_a_headline_is_no_alt_text() -> None:
    # negative: the marker's words and a number inside a line, not closing it, nor glued
    alt = load_scoring().image_alt
    assert alt.search("The hinh anh 3 exhibition opens in the old quarter") is None
    assert alt.search("Ferry photo show opens: hinh anh 2 rooms of prints") is None
