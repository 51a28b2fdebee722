"""Writers named in a page's opening rather than by a byline (``writers_in_text`` of
``data/header_scoring.yaml``, read by ``layout/unbylined_authors.py``): forms many sites print
in a deck or a standfirst, on placeholder pages."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article

PAGE = """River Post

Ferry links across the border river reopen after the floods

{deck}

Boats carrying traders and their goods crossed the river again on Monday, three weeks after the floods closed both landing stages.

Officials of the two border districts said the timetable would return to four crossings a day by the end of the month.
"""


@pytest.mark.parametrize(
    ("deck", "writer"),
    [
        (
            "Ruritanian ambassador to Việt Nam Anna Maria Berg writes to Harbour Daily on her "
            "country's national day",
            "Anna Maria Berg",
        ),
        (
            "Finland's envoy in Hanoi Kari Lehto writes for Harbour Daily on fifty years of "
            "ferry trade",
            "Kari Lehto",
        ),
        ("Trade counsellor Olga Marin writes to Harbour Daily about the river", "Olga Marin"),
    ],
)
def test_a_deck_naming_the_guest_writer_and_the_paper(deck: str, writer: str) -> None:
    assert read_article(PAGE.format(deck=deck)).author == writer


@pytest.mark.parametrize(
    "deck",
    [
        "The ferry company writes to Harbour Daily every spring about its timetable",
        "Every week she writes to River Post about the boats",
        "Traders said Anna Berg writes letters to the district about the landing stages",
    ],
)
def test_no_writer_without_a_named_writer_before_writes_to(deck: str) -> None:
    assert read_article(PAGE.format(deck=deck)).author == ""


@pytest.mark.parametrize(
    ("deck", "writer"),
    [
        (
            "On a quiet afternoon at the landing stage, the district's ferry master talked to "
            "Harbour Daily editor Mira Solberg. He began work on the boats at sixteen",
            "Mira Solberg",
        ),
        (
            "Harbour Daily reporter Jonas Eide sat down with the ferry master to ask about "
            "the flood season",
            "Jonas Eide",
        ),
    ],
)
def test_an_interview_standfirst_naming_the_papers_interviewer(deck: str, writer: str) -> None:
    assert read_article(PAGE.format(deck=deck)).author == writer


def test_a_guest_who_talked_to_a_crowd_names_no_writer() -> None:
    deck = "The ferry master talked to Harbour Daily readers about the flood season"
    assert read_article(PAGE.format(deck=deck)).author == ""


def test_a_byline_run_into_the_opening_after_its_first_sentence() -> None:
    deck = (
        "Two ferries were moved to the northern landing, officials said. By Lena Okafor, "
        "Mekong Correspondent The district closed the southern stage after the floods"
    )
    assert read_article(PAGE.format(deck=deck)).author == "Lena Okafor"
    quoted = "Officials said the work went by Lena Okafor, the ferry master, and her crew."
    assert read_article(PAGE.format(deck=quoted)).author == ""
