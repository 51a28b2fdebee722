"""Tests of ``analysis.ingest.layout.briefing_labels`` (held-out 100): a briefing note's
hard-wrapped label and its numbered item headings are no headline, so a note that prints
none has no title; headlines broken over lines, kicker headlines and numbered lines of
other forms are read as before (placeholder pages)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.briefing_labels import briefing_features
from analysis.ingest.metadata import load_scoring

NOTE = (
    "14 May 2019\n"
    "Spokesperson for the UN High Commissioner for Human\n"
    "Rights: Tomas Lindqvist\n"
    "Location:\n"
    "Geneva\n"
    "Subject: (1)\n"
    "Ruritania\n"
    "(2)\n"
    "Freedonia\n"
    "(1) Ruritania\n"
    "We are concerned about the arrest in Ruritania of three ferry\n"
    "workers who asked for unpaid wages, and about reports that they\n"
    "have not been allowed to see a lawyer.\n"
    "The three were detained on 9 May in the port city under an\n"
    "article of the penal code that punishes the disturbance of public\n"
    "order, the spokesperson said.\n"
)


def test_a_briefing_note_without_a_title_has_none() -> None:
    article = read_article(NOTE)
    assert article.title == ""
    assert article.header_date is not None


def _features(*lines: str) -> list[list[str]]:
    paras = [SimpleNamespace(text=t) for t in lines]
    return [briefing_features(paras, i, load_scoring()) for i in range(len(paras))]


def test_the_wrapped_label_and_its_end() -> None:
    assert _features(
        "Spokesperson for the UN High Commissioner for Human",
        "Rights: Tomas Lindqvist",
        "Location:",
    ) == [["wrapped_label"], ["wrapped_label"], []]


def test_a_bracketed_number_opens_an_item() -> None:
    assert _features("(1) Ruritania") == [["bracket_numbered"]]


@pytest.mark.parametrize(
    ("first", "second", "third"),
    [
        ("Ferry talks end without a deal", "Hanoi, May 5 (VNA) - Talks ended.", "Location:"),
        ("Ferry talks end without a deal", "By Nguyen Van An", "Location:"),
        ("Ferry talks end without a deal", "Updated: 6 May 2021, 14:22", "Location:"),
        ("Ferry talks end without a deal", "Profile: The port city", "Location:"),
        ("Ferry talks end.", "Rights: Tomas Lindqvist", "Location:"),  # a sentence
        ("Contact: the press office", "Rights: Tomas Lindqvist", "Location:"),
        # a headline over a source line or a picture's credit, then no bare label
        ("FERRY CREWS HELP REBUILD A PIER", "FROM:  U.S. TRANSPORT DEPARTMENT", "Right: Crews"),
        ("Community papers are the last court reporters", "Image: Lorenzo Fai", "Image: Ann"),
    ],
)
def test_no_wrapped_label(first: str, second: str, third: str) -> None:
    assert _features(first, second, third)[0] == []


def test_a_label_end_over_text_is_no_wrapped_label() -> None:
    assert _features("Ferry crews help rebuild a pier", "Image: Lorenzo Fai", "Image: Ann Lee") == [
        [],
        [],
        [],
    ]


@pytest.mark.parametrize("line", ["1) Ruritania", "(Ruritania) ferry talks", "(2)", "2019 (1)"])
def test_no_bracketed_number(line: str) -> None:
    assert "bracket_numbered" not in _features(line)[0]
