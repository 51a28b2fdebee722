"""Tests of the reporter byline forms added to ``byline_prefixes`` (``data/page_layout.yaml``)
for held-out 95's miss (fix31): a reporter's post before the name ("Staff reporter Name")
and a list bullet before that label, as a Korean CMS prints its info row under the
headline. Placeholder pages; lines that only mention reporters name no writer."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article

HEADLINE = "Harbour Town marks its ferry day with a tea ceremony"
BODY = (
    "The consul and his spouse hosted a reception at a hotel in the old harbour on Friday "
    "to mark the ferry day, with a tea ceremony for the guests.\n\n"
    "In his speech, the consul said that trade between the two ports had grown every year.\n"
)


def _page(line: str) -> str:
    return f"{HEADLINE}\n{HEADLINE}\n{line}\n  • 승인 2018.09.05 18:42\n  • 댓글 0\n\n{BODY}"


@pytest.mark.parametrize(
    "line",
    [
        "  • Staff reporter Kim Min-jae",
        "  • Reporter Kim Min-jae",
        "Staff reporter Kim Min-jae",
        "Senior reporter Kim Min-jae",
        "Staff Reporter: Kim Min-jae",
        "  • By Kim Min-jae",
    ],
)
def test_a_reporter_line_in_the_info_row_names_the_writer(line: str) -> None:
    assert read_article(_page(line)).author == "Kim Min-jae"


@pytest.mark.parametrize(
    "line",
    [
        "  • Staff reporters gathered at the harbour",
        "  • Reporters Without Borders",
        "  • Staff reporter",
        "  • Writer's pictureFerry Producer",
        "Harbour Town, May 5 (VNA) - Ferries resumed",
        "  • Updated 2018.09.06 10:12",
    ],
)
def test_lines_that_only_mention_reporters_name_no_writer(line: str) -> None:
    assert read_article(_page(line)).author == ""
