"""Tests for ``analysis.ingest.site_suffix_titles`` (fix40a): a page's first line
"<Title> | <Site Name>", whose site name the address's host spells, gives the page's title
over a series' name read further down; a listing's heading printed again stays passed over,
on placeholder pages read with their address as a sidecar gives it."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.ingest.site_suffix_titles import suffixed_title
from benchmarks.accuracy import read_one

URL = "https://placeholderwatch.org/report/river-towns/2010/laos"

#: A country report: its title line, the series' name, the edition, labels, the overview.
REPORT = [
    "Laos | Placeholder Watch",
    "",
    "River Towns Review",
    "",
    "River Towns Review 2010",
    "",
    "2010 Scores",
    "",
    "The ferry towns of the north lost their night crossings in 2009 when the provincial "
    "budget was cut, and the towns' councils were not consulted.",
    "",
    "The review's overview notes that two of the towns have since found money for one crew.",
]

#: A listing: its title line, its heading again, its first item and the item's date.
LISTING = [
    "River Affairs Publications | Placeholder Watch",
    "",
    "River Affairs Publications",
    "",
    "Night ferries and the towns that kept them running",
    "",
    "Apr 02, 2019",
    "Ferry logbooks of three towns show how the crossings survived two budget cuts and a flood.",
]


def _title(tmp_path: Path, lines: list[str], url: str = URL) -> str:
    path = tmp_path / "page.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(read_one(path, url)[0]["title"])


def test_title_line_names_the_report(tmp_path: Path) -> None:
    assert _title(tmp_path, REPORT) == "Laos"


def test_a_listing_heading_printed_again_stays_passed_over(tmp_path: Path) -> None:
    url = "https://placeholderwatch.org/publications-list/River%20Affairs"
    title = _title(tmp_path, LISTING, url)
    assert title != "River Affairs Publications | Placeholder Watch"
    assert title == _title(tmp_path, LISTING, "https://other.org/publications-list/River")


@pytest.mark.parametrize(
    ("line", "url", "expected"),
    [
        ("Laos | Placeholder Watch", URL, "Laos"),
        ("Laos | The Placeholder Watch", "https://theplaceholderwatch.org/a", "Laos"),
        ("Laos | Placeholder Watch", "https://other.org/a", ""),
        ("Home | Placeholder Watch", URL, ""),
        ("Laos – Placeholder Watch", URL, ""),
    ],
)
def test_suffixed_title(line: str, url: str, expected: str) -> None:
    assert suffixed_title(line, url) == expected
