"""Tests of ``layout/script_banners.py``: a blog's banner mixing another script with English
over an English page is furniture, so the header reaches the post's date and headline
(held-out 98's miss, fix31). Placeholder pages; a page in that script and English lines
are left alone."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.layout.script_banners import label_script_banners, other_script_share

HEADLINE = "New ferry lots on the border river stir complaints"
BODY = (
    "Ferry owners have the right to know who draws the lines on their river. The provincial "
    "authorities should publish the maps before any new lot is auctioned, officials said.\n\n"
    "The lots, which cover about forty landings, were auctioned last month to two companies, "
    "said the deputy director of the provincial transport office.\n\n"
    "Ferry owners told the paper that the new lots had cut them off from the busiest "
    "landings, where passengers gather in the dry season.\n"
)
BANNER = (
    "សូមស្តាប់វិទ្យុសង្គ្រោះជាតិ Please read more river news and listen to Harbour Radio at "
    "the Ferry Club. សូមស្តាប់វីទ្យុខ្មែរប៉ុស្តិ៍/Harbour Post Radio."
)


def _paras(*lines: str) -> list[Paragraph]:
    return [Paragraph(raw=t, text=t, line=i + 1, block=i) for i, t in enumerate(lines)]


def test_the_headline_under_a_blogs_banner_in_two_scripts() -> None:
    page = (
        f"A Change of Tide\n\n{BANNER}\n\nTuesday, 14 March 2017\n\n{HEADLINE}\n\n"
        f"Sovann Tide\n\n{HEADLINE}\nMon, 13 March 2017 ppp\nSok Vanna\n\n{BODY}"
    )
    assert read_article(page).title == HEADLINE


def test_the_banner_is_labelled_furniture() -> None:
    paras = _paras("A Change of Tide", BANNER, HEADLINE, *BODY.split("\n\n"))
    label_script_banners(paras)
    assert [p.kind for p in paras[:3]] == ["", "boilerplate", ""]


def test_a_page_in_that_script_keeps_its_lines() -> None:
    khmer = "សូមស្តាប់វិទ្យុសង្គ្រោះជាតិ " * 20
    paras = _paras(BANNER, khmer, khmer)
    label_script_banners(paras)
    assert [p.kind for p in paras] == ["", "", ""]


def test_english_lines_and_vietnamese_marks_are_no_other_script() -> None:
    vietnamese = "Hà Nội, ngày 5 tháng 5 (TTXVN) - Phà hoạt động lại"
    paras = _paras(vietnamese, HEADLINE, *BODY.split("\n\n"))
    label_script_banners(paras)
    assert all(p.kind == "" for p in paras)
    assert other_script_share("Harbour Town, May 5 (VNA) - Ferries resumed") == 0.0
