"""Tests of ``analysis.ingest.layout.standfirsts``: a paragraph too long to be a
standfirst keeps the text's start where the prose begins (held-out 78's aggregator page,
its layout with placeholder sentences on another subject)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.dates import header_end
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.layout.standfirsts import STANDFIRST_MAX_WORDS, longer_than_standfirst

_LONG = " ".join(["The ferry operators said the new timetable would add two crossings a day."] * 8)
_PAGE = (
    "A passenger ferry (Photo: Placeholder)- The transport department told the council why "
    "the ferry timetable changed this month.\n"
    "{second}\n\n"
    "June 10, 2022 08:15 UTC\n\n"
    "Bến phà mở thêm chuyến mới trong mùa hè.\n"
)


def test_a_long_paragraph_above_the_timestamp_stays_text() -> None:
    article = read_article(_PAGE.format(second=_LONG))
    second = next(p for p in article.paragraphs if p.text.startswith("The ferry operators"))
    assert second.kind in ("lede", "body")


def test_header_end_passes_a_short_standfirst_only() -> None:
    """A short paragraph above the header's date is a standfirst: the text starts after
    the date; a paragraph too long for one keeps the start where the prose begins."""
    for second, start in (("Two more crossings a day from June.", 3), (_LONG, 0)):
        paras = split_lines(f"{_LONG[:80]}.\n\n{second}\n\nJune 10, 2022 08:15\n\n{_LONG}\n")
        paras[2].kind = "dateline"
        assert header_end(paras, 0) == start, second[:20]


@given(st.lists(st.integers(0, 2 * STANDFIRST_MAX_WORDS), max_size=3))
def test_the_word_limit(lengths: list[int]) -> None:
    texts = [" ".join(["w"] * n) for n in lengths]
    assert longer_than_standfirst(texts) == any(n > STANDFIRST_MAX_WORDS for n in lengths)
