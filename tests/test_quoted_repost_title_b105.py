"""Tests of ``title_cleanup._QUOTED_DASH_BY_NAME`` (held-out 105): a centre's news item
reposting an alumnus's article prints the article's title in quotes, a spaced dash, "by",
the writer's tie to the centre and the name ("\\"Title\\" - by CWP alum Name"); the headline
is the quoted title (placeholder headings in the fixture's form)."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.title_cleanup import title_byline
from analysis.ingest.page_rules import load_rules

TEXT = (
    "Ferry operators serving the outer islands agreed on Monday to publish one timetable, "
    "so that passengers can change boats at the harbour without waiting overnight.\n\n"
    "The shared timetable will be printed in three languages and posted at every pier.\n"
)


@pytest.mark.parametrize(
    ("heading", "title", "names"),
    [
        (
            '"Island Ferries Need One Timetable" - by CWP alum Lan Pham',
            "Island Ferries Need One Timetable",
            ["Lan Pham"],
        ),
        (
            "“Island Ferries Need One Timetable” – by alumna Tran Thi Hoa",
            "Island Ferries Need One Timetable",
            ["Tran Thi Hoa"],
        ),
        (
            '"Island Ferries Need One Timetable" — by Minh Le',
            "Island Ferries Need One Timetable",
            ["Minh Le"],
        ),
    ],
)
def test_a_reposts_quoted_title_and_its_writer(heading: str, title: str, names: list[str]) -> None:
    assert title_byline(heading, load_rules()) == (title, names)


@pytest.mark.parametrize(
    "heading",
    [
        '"Bamboo Diplomacy" - by the numbers',  # no name closing it
        '"Island Ferries" - by Ferry and Train Across the Delta in Two Days',  # too long a run
        "Island ferries need one timetable - by the port office",
        "Hanoi, May 5 (VNA) - Island ferries will share one timetable",
    ],
)
def test_other_headings_keep_their_words(heading: str) -> None:
    assert title_byline(heading, load_rules())[0] == heading


def test_the_page_reads_the_quoted_title() -> None:
    page = (
        '"Island Ferries Need One Timetable" - by CWP alum Lan Pham\n'
        f"{TEXT}\nBy Hoa Tran and Lan Pham, a fellow at the Harbour Institute.\n"
    )
    assert read_article(page).title == "Island Ferries Need One Timetable"
