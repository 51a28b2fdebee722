"""Tests of ``analysis.ingest.layout.crumb_cuts``: a glued breadcrumb trail closed by the
headline cut with an ellipsis (held-out 92), on a page of our own (a barge line)."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from analysis.core.text import count_words
from analysis.ingest.layout import read_article
from analysis.ingest.layout.crumb_cuts import (
    _CUT_END,
    LOCATE_WORDS,
    MAX_TRAIL_WORDS,
    MIN_COPY_WORDS,
    crumb_cut_copy,
)
from tests.strategies import real_lines

HEADLINE = "New Barge Line Links Two Border Ports on the Red River"

PAGE = "\n".join(
    [
        "HomeRiver TradeNew Barge Line Links Two Border Ports on the,...",
        "",
        HEADLINE,
        "",
        "A new barge line between two border ports carried its first loads of fruit this week.",
        "",
        "The barges run twice a week, and trucks take the goods on to the markets.",
    ]
)


def test_the_trail_is_set_aside_and_the_headline_under_it_is_the_title() -> None:
    article = read_article(PAGE)
    assert article.title == HEADLINE
    trail = article.paragraphs[0]
    assert trail.kind == "boilerplate"


def test_a_cut_headline_without_a_trail_or_another_line_is_no_copy() -> None:
    assert not crumb_cut_copy("New Barge Line Links Two Border Ports on the,...", HEADLINE)
    assert not crumb_cut_copy("HomeRiver TradeOld Ferry Line Closes After a,...", HEADLINE)
    assert not crumb_cut_copy("HomeRiver TradeNew Barge Line Links Two Border Ports", HEADLINE)


@given(st.text(max_size=80), st.text(max_size=80))
def test_a_line_without_a_closing_ellipsis_is_never_a_cut_copy(line: str, nxt: str) -> None:
    assume(not re.search(r"(?:\.{3}|…)\s*$", line))
    assert not crumb_cut_copy(line, nxt)


def _crumb_cut_copy_slow(line: str, nxt: str) -> bool:
    """``crumb_cut_copy`` without perf31's gate: the ellipsis searched for along every line."""
    cut = _CUT_END.search(line)
    words = nxt.split()
    if cut is None or len(words) <= LOCATE_WORDS:
        return False
    body = line[: cut.start()]
    at = body.find(" ".join(words[:LOCATE_WORDS]))
    if at <= 0:
        return False
    copy = body[at:]
    return (
        count_words(copy) >= MIN_COPY_WORDS
        and count_words(body[:at]) <= MAX_TRAIL_WORDS
        and nxt.startswith(copy)
        and len(nxt) > len(copy)
    )


#: Pieces of trails and headlines, ellipses and every kind of blank ``\s`` reads.
_PIECES = st.sampled_from(
    [
        "Home",
        "News",
        "New Barge Line",
        " Links Two",
        " Border Ports",
        ",",
        "...",
        "…",
        ". ",
        " ",
        "\n",
        "\t",
        "\u00a0",
        "\u2028",
        "\u3000",
        "\x1c",
        "\x85",
        "–",
    ]
)


#: A trail closed by the headline cut after six words, before the ellipsis.
_TRAIL = "HomeRiver TradeNew Barge Line Links Two Border"


@given(st.lists(_PIECES, max_size=12).map("".join), st.booleans(), st.data())
def test_the_ellipsis_gate_agrees_with_the_search(
    tail: str, trail: bool, data: st.DataObject
) -> None:
    """The gate agrees with the search on lines of pieces, blanks and ellipses, and on a
    real trail followed by them (a cut copy or not by its ending)."""
    line = _TRAIL + tail if trail else tail
    nxt = data.draw(st.sampled_from([HEADLINE, line, line.rstrip(" .…,") + " Ports today"]))
    assert crumb_cut_copy(line, nxt) == _crumb_cut_copy_slow(line, nxt)


def test_the_ellipsis_gate_agrees_on_the_zoos_lines() -> None:
    lines = real_lines()
    for line, nxt in itertools.pairwise(lines):
        assert crumb_cut_copy(line, nxt) == _crumb_cut_copy_slow(line, nxt)
    for line in lines:  # each line cut after a few words over itself whole
        cut = " ".join(line.split()[:6]) + ",..."
        assert crumb_cut_copy("Home" + cut, line) == _crumb_cut_copy_slow("Home" + cut, line)


@pytest.mark.parametrize(
    "blank", ["", " ", "\n", "\t", "\u00a0", "\u2028", "\u3000", "\x1c", "\x85"]
)
@pytest.mark.parametrize("ellipsis", ["...", "…", ",...", " –…", "..", ". . ."])
def test_the_ellipsis_gate_reads_every_blank_as_the_search(blank: str, ellipsis: str) -> None:
    line = _TRAIL + ellipsis + blank + blank
    assert crumb_cut_copy(line, HEADLINE) == _crumb_cut_copy_slow(line, HEADLINE)
