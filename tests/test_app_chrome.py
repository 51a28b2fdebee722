"""A platform's reaction credit and a mirror's app-open prompt over a post are no headline
(``layout/app_chrome.py``, held-out 99): "Mar 9, 2023Liked by Name" over a comment leaves
the page without a title but still dated, while headlines with the same words, bylines,
agency datelines and "Updated" lines keep their readings."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.ingest.layout.app_chrome import app_chrome_line
from analysis.ingest.layout.reader_prompts import prompt_features
from benchmarks.accuracy import read_one

TEXT = (
    "I have followed the river talks for years, and the new water centre is the first "
    "thing both delegations have agreed to fund together since the basin plan was signed."
)


def _doc(tmp_path: Path, *lines: str):
    path = tmp_path / "page.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    doc, _ = read_one(path, "https://lettersfromhue.blog/p/river-talks/comments")
    return doc


@pytest.mark.parametrize(
    "line",
    [
        "Mar 9, 2023Liked by Owen Marsh",
        "Liked by Owen Marsh",
        "12 Jan 2024 · Reposted by Lan Chi and 3 others",
        "If the open doesn't start, click here",
        "Open in app",
    ],
)
def test_platform_lines_are_app_chrome(line: str) -> None:
    assert app_chrome_line(line)
    assert prompt_features(line) == ["reader_prompt"]


@pytest.mark.parametrize(
    "line",
    [
        "Plan liked by voters passes the assembly",
        "Liked by Hanoi and Tokyo alike, the rail plan moves ahead",
        "By Owen Marsh",
        "Hanoi, May 5 (VNA) - The talks opened",
        "Updated March 10, 2023",
        "If the talks don't start, Hanoi will wait",
    ],
)
def test_headlines_and_bylines_are_not_app_chrome(line: str) -> None:
    assert not app_chrome_line(line)


def test_a_reaction_credit_over_a_comment_is_no_title(tmp_path: Path) -> None:
    doc = _doc(
        tmp_path, "Mar 9, 2023Liked by Owen Marsh", "", TEXT, "", TEXT, "", "Expand full comment"
    )
    assert doc["title"] == ""
    assert doc["author"] == ""
    assert str(doc["published"])[:10] == "2023-03-09"


def test_a_headline_over_a_byline_stays(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "Plan liked by voters passes the assembly", "By Owen Marsh", TEXT)
    assert doc["title"] == "Plan liked by voters passes the assembly"
    assert doc["author"] == "Owen Marsh"


def test_a_mirrors_channel_title_is_no_headline(tmp_path: Path) -> None:
    doc = _doc(
        tmp_path,
        "If the open doesn't start, click here",
        "Mekong Watch Telegram | DID YOU KNOW?",
        "Date: | Mekong Watch",
        TEXT,
        "Mekong Watch from VN",
    )
    assert doc["title"] == ""


def test_a_headline_naming_a_platform_stays(tmp_path: Path) -> None:
    headline = "Vietnam weighs new rules for Telegram | Analysis"
    doc = _doc(tmp_path, headline, "By Owen Marsh", "Hanoi, May 5 (VNA) - " + TEXT)
    assert doc["title"].startswith("Vietnam weighs new rules for Telegram")  # (" | Analysis":
    # a section suffix the title cleanup drops)
    assert doc["author"] == "Owen Marsh"
    doc = _doc(tmp_path, "Vietnam Telegram | Channel rules tighten", "By Owen Marsh", TEXT)
    assert doc["title"] == "Vietnam Telegram | Channel rules tighten"
