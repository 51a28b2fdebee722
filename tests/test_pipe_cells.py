"""Tests of ``analysis.ingest.layout.pipe_cells`` (held-out 100): a line opened by a lone
pipe (a bar's last cell, a body's name) is never the headline; table rows and pipe-joined
headlines are read as before (placeholder pages)."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.pipe_cells import open_pipe_cell

CHAPTER = (
    "Senate Committees\n\n\n"
    "| Standing Committee on Rural Affairs, Transport and Ports\n\n"
    "Navigation: Previous Page | Contents | Next Page\n\n"
    "Chapter 3 Ferry services and river ports\n\n"
    "3.1                   The Department’s submission stated that ferry services on the river "
    "had carried more than two million passengers in the year to June.[1]\n\n"
    "3.2                   The Committee heard that several river ports needed new pontoons "
    "before the wet season, and that the state had promised to fund two of them.[2]\n"
)


def test_a_bar_cell_is_not_the_headline() -> None:
    assert read_article(CHAPTER).title == "Chapter 3 Ferry services and river ports"


@pytest.mark.parametrize(
    "line", ["| Standing Committee on Rural Affairs", "  | Ferry Workers Union", "| Print"]
)
def test_open_pipe_cells(line: str) -> None:
    assert open_pipe_cell(line)


@pytest.mark.parametrize(
    "line",
    [
        "| Ferry union reviews its year of work | |",  # a table row: its cell is a headline
        "| The ferry left at dawn. Source: HAUFO |",
        "Asia | Ferry union reviews its year",
        "Ferry talks end | Harbour Times",
        "Hanoi, May 5 (VNA) - The ferry line reopened",
        "By Nguyen Van An",
        "Updated: 6 May 2021, 14:22 |",
        "|",
    ],
)
def test_rows_and_headlines_are_no_open_cells(line: str) -> None:
    assert not open_pipe_cell(line)
