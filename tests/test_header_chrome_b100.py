"""Tests of the ``chrome`` entries of ``data/header_scoring.yaml`` added for held-out 100:
a parliament's record pages put the chamber's record, its order of business, a committees
section's name, a Hansard fragment's note and download row, its pager and a speech's
member line with its links over the text. None is ever the headline (placeholder pages in
the fixtures' layouts); headlines of the same words stay headlines."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.metadata import load_scoring

SPEECH = (
    "Mr BROWN (Harbourside) (10:42): I second the motion. Ferry towns on both sides of the "
    "strait have more in common than we admit, and the links between their ports go back "
    "twenty years.\n\n"
    "  Those links matter, and the motion asks the government to support them.\n"
)
FRAGMENT = (
    "Note: Where available, the PDF/Word icon below is provided to view the complete and "
    "fully formatted document\n"
    " Download Current HansardDownload Current Hansard    View Or Save XMLView/Save XML\n\n"
    f"Previous Fragment    Next Fragment\nMonday, 25 February 2019\nPage: 10512\n\n{SPEECH}"
)


def test_a_hansard_fragment_has_no_headline() -> None:
    article = read_article(FRAGMENT)
    assert article.title == ""
    assert article.header_date is not None


@pytest.mark.parametrize(
    "line",
    [
        "House debates",
        "Senate Hansard",
        "Private Members' Business",
        "Questions without Notice",
        "House of Representatives Committees",
        "Note: Where available, the PDF/Word icon below is provided to view the complete "
        "and fully formatted document",
        "Download Current HansardDownload Current Hansard    View Or Save XMLView/Save XML",
        "Previous Fragment    Next Fragment",
        "Photo of Ann LeeAnn Lee (Harbourside, Labor Party) Share this | Hansard source",
    ],
)
def test_parliament_furniture_is_chrome(line: str) -> None:
    assert load_scoring().chrome.fullmatch(line.strip())


@pytest.mark.parametrize(
    "line",
    [
        "House debates ferry bill",  # running words after the chamber's record
        "Senate committee backs ferry subsidies",
        "Joint committees to review the ferry pact",
        "Questions without notice on the ferry contract raise tempers",
        "Hanoi, May 5 (VNA) - The ferry line reopened",
        "By Nguyen Van An",
        "Updated: 6 May 2021, 14:22",
        "Share this story with a friend who takes the ferry",
    ],
)
def test_headline_shaped_lines_are_not_chrome(line: str) -> None:
    assert not load_scoring().chrome.fullmatch(line)
