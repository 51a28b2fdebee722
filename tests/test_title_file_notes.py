"""Tests of ``analysis.ingest.layout.title_file_notes``: a library's record line closes its
headline with bracketed notes on the file and its version ("[Updated May 14, 2008]   [open
pdf - 212KB]", held-out 100's hsdl page); the headline is read without them. A bracketed
date or word that is no file note stays part of the headline (placeholder pages)."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.title_file_notes import without_file_notes

HEADLINE = "Vietnam's River Ports: Background and Issues for Congress"
TEXT = (
    '"The river ports of the Mekong Delta have grown quickly over the past decade, driven by '
    'exports of rice and seafood and by new terminals near the cities."\n\n'
    "Report Number:\nCRS Report for Congress, RL30001\nPublic Domain\n"
)


@pytest.mark.parametrize(
    "notes",
    [
        " [Updated May 14, 2008]   [open pdf - 212KB]",
        " [open pdf - 212KB]",
        " [PDF 1.2 MB]",
        " [Revised 3 March 2011] [Download PDF - 95KB]",
        " [pdf, 340 kB]",
    ],
)
def test_the_headline_without_its_file_notes(notes: str) -> None:
    assert read_article(f"{HEADLINE}{notes}\n\n{TEXT}").title == HEADLINE


@pytest.mark.parametrize(
    "title",
    [
        "Talks on the dam [May 14, 2008]",  # a date alone: no file note
        "Report [pdf]",  # too short once cut
        "By Nguyen Van An [Updated May 14, 2008]",
        "Ferry timetable (PDF) for the summer season",  # round brackets inside the line
        "Updated: May 14, 2008 [Print]",
    ],
)
def test_other_brackets_stay(title: str) -> None:
    assert without_file_notes(title) == title
