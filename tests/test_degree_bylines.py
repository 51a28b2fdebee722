"""Tests for a byline without "By" closed by a degree ("Name, PhD"), held-out 114:
``title_shapes.without_degrees`` and ``name_like`` (``postnominal_degrees`` of
``data/header_scoring.yaml``) keep the line from the headline, and ``header_role_words``
of ``data/page_layout.yaml`` read it as the writer. Placeholder pages."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.page_rules import load_rules, scoring_of
from analysis.ingest.title_shapes import name_like, without_degrees

#: A journal's article page (placeholder text about river gauges).
JOURNAL_PAGE = (
    "Reading the River Before the Flood\n\n"
    "Marguerite Lindqvist, PhD\n\n"
    "Download the PDF\n\n"
    "Eleven of the thirty river gauges in the upper basin failed at least once during the "
    "last flood season, according to a survey the water office published in May.1\n\n"
    "The sections below trace how the office has kept the gauges running with a small "
    "budget and a handful of technicians.\n"
)


def test_a_name_with_its_degree_under_the_headline_is_the_writer():
    article = read_article(JOURNAL_PAGE)
    assert article.title == "Reading the River Before the Flood"
    assert article.author == "Marguerite Lindqvist"


@pytest.mark.parametrize(
    "line",
    ["Marguerite Lindqvist, PhD", "Tran Van Minh, Ph.D.", "Ana Soto, PhD, MBA", "Lee Park, DPhil"],
)
def test_a_name_closed_by_degrees_is_a_name(line: str):
    assert name_like(line, scoring_of(load_rules()))


@pytest.mark.parametrize(
    "line",
    [
        "Lessons from a Decade of Island Surveys",
        "Hanoi, May 5 (VNA)",
        "Quang Ninh, Ha Long",
        "By Nguyen Van An",
        "Scholarships for the Delta, PhD and MBA",
        "PhD Students Return to Hanoi, MBA Classes Resume",
    ],
)
def test_headlines_and_datelines_are_no_names(line: str):
    assert not name_like(line, scoring_of(load_rules()))


def test_without_degrees_leaves_other_commas():
    assert without_degrees("Ha Long, Quang Ninh") == "Ha Long, Quang Ninh"
    assert without_degrees("Ana Soto, PhD, MBA") == "Ana Soto"
