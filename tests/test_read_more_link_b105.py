"""Tests of ``continue_links._READ_MORE`` (held-out 105): a tag page saved from the first
item's teaser, with no headline line above it, closes the teaser with 'Read More "Title"';
the link's quoted text is the page's title (placeholder pages in the fixture's layout)."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.ingest.continue_links import continue_link_title
from analysis.ingest.layout import read_article
from benchmarks.accuracy import read_one

TAG_PAGE = (
    "In the summer of 1973 a small team of surveyors set out to chart the approaches to the "
    "harbour for the ferries that would follow. Their boats were borrowed and their charts "
    'were decades old… Read More "Charting the Harbour: The Survey Before the Ferries"\n'
    "The Lighthouse Keepers of the Outer Islands\n"
    "In 1959 the port office received an unusual request from the keepers of the island "
    'lighthouse, and what followed was a lesson in how aid… Read More "The Lighthouse '
    'Keepers of the Outer Islands"\n'
)


def test_the_first_items_read_more_link_names_the_page(tmp_path: Path) -> None:
    path = tmp_path / "tag.txt"
    path.write_text(TAG_PAGE, encoding="utf-8")
    doc, _ = read_one(path)
    assert doc["title"] == "Charting the Harbour: The Survey Before the Ferries"


@pytest.mark.parametrize(
    "text",
    [
        "The ferries run again from Monday, the port office said. Read more",  # no title
        "The ferries run again from Monday. Read more about the timetable here.",  # unquoted
        'The port office said the ferries would "read more like buses" soon.',  # a quote
    ],
)
def test_other_read_more_lines_name_no_title(text: str) -> None:
    assert continue_link_title(text) == ""


def test_a_page_with_its_own_headline_keeps_it() -> None:
    headline = "Ferries Return to the Outer Islands"
    page = f"{headline}\n\nBy Lan Pham\n\nHanoi, May 5 (VNA) - {TAG_PAGE}"
    assert read_article(page).title == headline
