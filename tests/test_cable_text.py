"""Tests of ``analysis.ingest.layout.cable_text``: a cable's text saved without its
routing block, numbered paragraphs in capitals, is text with no headline."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.cable_text import cable_text, label_cable_text
from analysis.ingest.layout.lines import split_lines

#: A cable's text of our own: numbered paragraphs in capitals, hard-wrapped, a word broken
#: at a line's end, the teletype copy's page break inside the text.
_CABLE = """1. PROVINCIAL FERRY OFFICIALS MET THE CONSULATE'S STAFF ON
MAY 3 TO DESCRIBE THE NEW TIMETABLE FOR THE CROSSINGS OF THE LOW-
ER RIVER. THEY SAID THE BOATS WOULD RUN EVERY HOUR IN THE DRY
SEASON AND EVERY TWO HOURS IN THE FLOOD MONTHS.
2. THE OFFICIALS ASKED FOR HELP WITH LIFE JACKETS FOR THE
SMALLER BOATS AND WITH TRAINING FOR THEIR PILOTS.
UNCLASSIFIED
UNCLASSIFIED
PAGE 02 LAKESIDE 01234 031200Z
3. COMMENT: THE OFFICIALS WERE FRANK ABOUT THE STATE OF THE
OLDER BOATS AND ASKED THAT THE REQUEST BE ANSWERED BEFORE JULY.
"""


def test_a_cable_text_is_all_text_and_has_no_headline() -> None:
    article = read_article(_CABLE)
    assert article.title == ""
    breaks = [p for p in article.paragraphs if p.text.startswith(("UNCLASSIFIED", "PAGE"))]
    assert len(breaks) == 3
    assert all(p.kind == "boilerplate" for p in breaks)
    text = [p for p in article.paragraphs if p not in breaks]
    assert all(p.kind in ("lede", "body") for p in text)


def test_mixed_case_points_and_pages_opening_otherwise_are_left() -> None:
    points = "1. The ferry will run every hour.\n2. Life jackets will be checked.\n"
    assert not cable_text(split_lines(points))
    headed = "FERRY TIMETABLE\n" + _CABLE
    assert not cable_text(split_lines(headed))
    one = "1. ONE PARAGRAPH ONLY IN CAPITALS\nAND ITS SECOND LINE.\n"
    assert not cable_text(split_lines(one))


@given(
    paragraphs=st.lists(
        st.lists(
            st.sampled_from(["THE", "FERRY", "RIVER", "BOATS", "OFFICIALS", "SAID", "IN", "MAY"]),
            min_size=3,
            max_size=12,
        ),
        min_size=2,
        max_size=6,
    )
)
def test_any_numbered_capitals_paragraphs_are_text(paragraphs: list[list[str]]) -> None:
    text = "".join(f"{n}. {' '.join(words)}\n" for n, words in enumerate(paragraphs, 1))
    paras = split_lines(text)
    assert label_cable_text(paras)
    assert all(p.kind == "body" for p in paras if p.text.strip())
