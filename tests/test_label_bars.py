"""Tests of ``analysis.ingest.layout.label_bars``: a credit's label joined to its names by a
CJK bar (held-out 92), on a page of our own (a border trade fair's crew credits)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.label_bars import label_bar_text

PAGE = "\n".join(
    [
        "On the morning of May 3rd, a border fair for the farmers of two towns opened with",
        "two hundred stalls of fruit, tea and farm tools on both banks of the river.",
        "",
        "  The fair will last five days, and the stalls of both sides are free of charge.",
        "",
        "  Producer丨Chen Yong",
        "",
        "  Reporter丨Wang Lei, Zhao Min",
    ]
)


def test_the_reporters_after_a_bar_are_the_writers_and_the_producer_is_not() -> None:
    article = read_article(PAGE)
    assert article.author == "Wang Lei; Zhao Min"


def test_the_full_width_line_is_a_bar_too() -> None:
    assert label_bar_text("Video editor｜Li Na") == "Video editor: Li Na"
    assert label_bar_text("Reporter丨Wang Lei") == "Reporter: Wang Lei"


def test_a_bar_inside_text_or_after_a_long_opening_is_left() -> None:
    text = "The fair opened on the river bank with many stalls丨and a stage."
    assert label_bar_text(text) == text
    assert label_bar_text("丨Wang Lei") == "丨Wang Lei"


@given(st.text(alphabet=st.characters(blacklist_characters="丨｜"), max_size=80))
def test_a_line_without_a_bar_is_unchanged(text: str) -> None:
    assert label_bar_text(text) == text
