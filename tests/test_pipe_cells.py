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


#: (held-out 107) A weekly roundup pasted from its first picture's caption, a table
#: cell closed by its bar, then a subheading and dated paragraphs.
ROUNDUP = (
    "Delegates at the review meeting of the consular office in Hanoi. (Photo: Thu Trang) |\n"
    "Consular work\n"
    "On August 12, the ministry reviewed its consular work for the first half of the year "
    "and asked its missions to issue travel papers faster.\n"
    "On August 13, a group of business associations proposed closer support for traders.\n"
    "Multilateral diplomacy\n"
    "On August 14, a delegation attended a regional meeting on the rights of migrant "
    "workers and shared its experience of pre-departure training.\n"
)


def test_a_line_under_a_first_caption_cell_is_no_headline() -> None:
    assert read_article(ROUNDUP).title == ""


def test_a_headline_under_a_photo_credit_without_a_cell_stays() -> None:
    # a think tank's page: the lead photo's credit, then the headline (no table cell)
    page = (
        "Photo: Tran Minh/AFP\n"
        "What Would a Ferry Code Change for River Towns?\n"
        "Commentary by Anna Le\n"
        "Published May 8, 2024\n"
        "River towns have argued about the ferry timetable for years, and a code of conduct "
        "for operators was first proposed in 2019.\n"
    )
    assert read_article(page).title == "What Would a Ferry Code Change for River Towns?"
    # a navigation bar closed by a bar over the headline is no caption
    bar = (
        "Home | Photos |\n"
        "Ferry crews train for the flood season\n"
        "Hanoi, May 5 (VNA) – Crews of the river ferries began a week of drills on Monday, "
        "the first since the dry season ended.\n"
    )
    assert read_article(bar).title == "Ferry crews train for the flood season"
