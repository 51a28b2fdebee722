"""Tests of ``layout.lines.SENTENCE_STOP`` with a footnote's mark closing the sentence
(held-out 100): "... of seafood exports.[4]" ends a sentence, so a committee report's last
paragraph is text and the list items above it are kept (a placeholder chapter)."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import SENTENCE_STOP, is_prose

CHAPTER = (
    "Chapter 3 Ferry services and river ports\n\n"
    "3.1                   The Department’s submission stated that ferry services on the river "
    "had carried more than two million passengers in the year to June.[1]\n\n"
    "3.2                   The following ports have new pontoons:\n\n"
    "n  Echuca (2019 and 2021);\n\n"
    "n  Mildura (2022); and\n\n"
    "n  Renmark (2023).[2]\n\n"
    "3.3                   The Committee heard that the pontoons had shortened the ferries’ "
    "turnaround at each port.[3]\n"
)


def test_the_last_footnoted_paragraph_is_text() -> None:
    kinds = [p.kind for p in read_article(CHAPTER).paragraphs if p.text]
    assert kinds[0] == "title"
    assert all(kind in ("lede", "body", "heading") for kind in kinds[1:])
    assert is_prose("The Committee heard that the pontoons had cut the turnaround at each port.[3]")


@pytest.mark.parametrize("text", ["exports.[4]", "exports.”[12]", "ports:[2]", "ports."])
def test_footnoted_stops(text: str) -> None:
    assert SENTENCE_STOP.search(text)


@pytest.mark.parametrize(
    "text",
    ["Ferry ports of the river [3]", "Annex [12]", "By Nguyen Van An", "Hanoi, May 5 (VNA)"],
)
def test_no_stop_before_the_mark(text: str) -> None:
    assert not SENTENCE_STOP.search(text)
