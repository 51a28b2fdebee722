"""Tests of ``analysis.ingest.layout.author_information`` (held-out 100): the writers a
brief lists under its closing "Author Information" heading, one "Name, Post" a line, are
its authors; a disclaimer's sentence or a line under another heading is no writer
(placeholder pages)."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.author_information import name_post_writer
from analysis.ingest.page_rules import load_rules

TEXT = (
    "The delta's provinces have run ferry services across the main branches of the river "
    "for decades, most of them with boats built in local yards. Congress has taken an "
    "interest in the ferries because U.S. assistance has paid for the training of crews.\n\n"
)
DISCLAIMER = (
    "Disclaimer\n\nThis document was prepared by the Research Service. It serves as shared "
    "staff to the committees and Members, and its reports are not subject to copyright.\n"
)


def test_the_listed_writers_are_the_authors() -> None:
    page = (
        f"{TEXT}Author Information\n\nAnna K. Berg, Specialist in Asian Affairs\n\n"
        f"Tom Reyes, Analyst in Foreign Affairs\n\n{DISCLAIMER}"
    )
    assert read_article(page).author == "Anna K. Berg; Tom Reyes"


def test_no_heading_no_writer() -> None:
    page = f"{TEXT}Contact Information\n\nAnna K. Berg, Specialist in Asian Affairs\n\n{DISCLAIMER}"
    assert "Anna K. Berg" not in read_article(page).author


@pytest.mark.parametrize(
    "line",
    [
        "This document was prepared by the Research Service, and its staff.",
        "Hanoi, May 5 (VNA) - The ferry line reopened",
        "By Nguyen Van An",
        "Updated: 6 May 2021, 14:22",
        "Disclaimer",
    ],
)
def test_no_name_post_line(line: str) -> None:
    assert name_post_writer(line, load_rules()) == []
