"""Tests of ``analysis.ingest.layout.clock_headings`` (held-out 100): a short heading right
over a lone clock is a debate item's headline; labels, clocks with dates and bylines over a
clock are not (placeholder pages)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.clock_headings import lone_clock, over_clock

SPEECH = (
    "House debates\n\n"
    "Tuesday, 4 March 2014\n\n"
    "Private Members' Business\n\n"
    "Ferries: Tasmania\n\n"
    "6:15 pm\n\n"
    "Photo of Ann LeeAnn Lee (Harbourside, Labor Party) Share this | Hansard source\n\n"
    "I thank the member for bringing this motion on ferry services to the House. Many of my "
    "constituents cross the strait every week, and the fares have doubled in five years.\n\n"
    "The motion asks the government to fund a second ferry and to freeze the fares until the "
    "new ship is in service. I support both requests.\n"
)

NEWS = (
    "Ferry fares frozen until the new ship sails\n\n"
    "By Nguyen Van An\n\n"
    "10:42\n\n"
    "Hanoi, May 5 (VNA) - The ferry operator said on Monday that fares would stay at this "
    "year's level until its second ship enters service next spring.\n\n"
    "The operator carried more passengers last year than in any year before, it said.\n"
)


def test_a_short_heading_over_its_clock_is_the_headline() -> None:
    assert read_article(SPEECH).title == "Ferries: Tasmania"


def test_a_byline_over_a_clock_leaves_the_headline() -> None:
    assert read_article(NEWS).title == "Ferry fares frozen until the new ship sails"


@pytest.mark.parametrize("line", ["7:40 pm", "10:42", "19.05", "7:40 p.m.", " 6:15 PM "])
def test_lone_clocks(line: str) -> None:
    assert lone_clock(line)


@pytest.mark.parametrize(
    "line",
    ["7:40 pm, 18 June 2012", "Updated: 10:42", "2012", "10:42 Hanoi", "1.5 million", "0:00"],
)
def test_no_lone_clocks(line: str) -> None:
    assert not lone_clock(line)


def test_a_player_over_its_counter_leaves_the_headline() -> None:
    page = NEWS.replace(
        "By Nguyen Van An\n\n10:42", "Thursday, Mar/13/2025 - 09:05\nListen to Audio\n0:00"
    )
    assert read_article(page).title == "Ferry fares frozen until the new ship sails"


def test_a_label_over_a_clock_is_no_heading() -> None:
    paras = [SimpleNamespace(text=t) for t in ("Updated:", "10:42", "Ferries", "6:15 pm")]
    assert not over_clock(paras, 0)
    assert not over_clock(paras, 1)
    assert over_clock(paras, 2)
    assert not over_clock(paras, 3)
