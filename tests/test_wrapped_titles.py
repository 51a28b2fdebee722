"""Tests for ``analysis.ingest.layout.wrapped_titles`` (fix35c, held-out 118): a title
wrapped in a narrow column of title-case lines is joined whole; on placeholder pages in
the fixture's layout (a consultancy's briefing as a document host's text)."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.wrapped_titles import colon_head_goes_on, middle_piece

QA = "\n".join(
    [
        "A reporter in Hue sent these questions for background.",
        "Q1-Why have the two provinces agreed to share their ferry timetables now?",
        "ANSWER: Both provincial governments want fewer passengers stranded overnight at "
        "the piers, and neither can run enough boats alone to avoid it in the busy season.",
    ]
)


def test_a_title_wrapped_in_a_narrow_column() -> None:
    page = "\n".join(
        [
            "Background Briefing:",
            "",
            "Harbour Analysis Group",
            "Hue and Da Nang: River Ferries, Night",
            "Crossings and the Future of",
            "Coastal Transport",
            "Anna B. Kessler",
            "June 2, 2021",
            "",
            QA,
        ]
    )
    expected = "Hue and Da Nang: River Ferries, Night Crossings and the Future of Coastal Transport"
    assert read_article(page).title == expected


def test_a_colon_head_over_its_wrapped_rest() -> None:
    page = "\n".join(
        ["Hue and Da Nang:", "River Ferries and the Future of", "Coastal Transport", "", QA]
    )
    assert (
        read_article(page).title
        == "Hue and Da Nang: River Ferries and the Future of Coastal Transport"
    )


@pytest.mark.parametrize(
    ("upper", "lower", "expected"),
    [
        ("Hue and Da Nang Ferries:", "Night Crossings, Fares", True),
        # a label over a person's name, a sentence, a dated line, a short head
        ("Prepared for the Council:", "Martin Keller", False),
        ("Prepared for the Council:", "The ferries run at night.", False),
        ("Prepared for the Council:", "Meeting of June 2021", False),
        ("Ferries:", "Night Crossings", False),
        # a head in sentence case
        ("Hue and Da Nang ferries:", "Night Crossings, Fares", False),
    ],
)
def test_colon_head_goes_on(upper: str, lower: str, expected: bool) -> None:
    assert colon_head_goes_on(upper, lower) is expected


@pytest.mark.parametrize(
    ("upper", "lower", "expected"),
    [
        ("River Ferries, Night", "Crossings and the Future of", True),
        # the upper line closes a sentence, a clause, or is in sentence case
        ("River ferries run at night.", "Crossings and the Future of", False),
        ("River Ferries, Night,", "Crossings and the Future of", False),
        ("River ferries at night", "Crossings and the Future of", False),
        # the lower line ends in a word a headline may end with, or holds a year
        ("River Ferries, Night", "Crossings and the Future", False),
        ("River Ferries, Night", "Crossings of 2021 and the", False),
        # two words above; a name closed by "An" (a Vietnamese given name, no joining word)
        ("River Ferries", "Crossings and the Future of", False),
        ("RIVER FERRIES RESUME: LESSONS FOR THE PORTS", "Nguyen Van An", False),
        ("River Ferries, Night", "CROSSINGS AND THE FUTURE OF", False),
    ],
)
def test_middle_piece(upper: str, lower: str, expected: bool) -> None:
    assert middle_piece(upper, lower) is expected


def test_an_office_name_broken_under_a_hard_wrapped_headline_stays_apart() -> None:
    """Held-out 121: a release copied with its lines hard-wrapped short; "Office of" /
    "the Government" under the headline is the venue, not the headline's last piece
    (a middle piece holds ``MIDDLE_MIN_WORDS`` words or more)."""
    page = "\n".join(
        [
            "Remarks by the Two Ministers and",
            "Their Delegations Before the River Talks",
            "Office of",
            "the Provincial Council",
            "Hue, Vietnam",
            "",
            "MINISTER LAN: Thank you for coming to the council this morning, and for the "
            "work your teams did on the ferry timetables over the past month.",
        ]
    )
    assert read_article(page).title == (
        "Remarks by the Two Ministers and Their Delegations Before the River Talks"
    )
    assert not middle_piece("Their Delegations Before the River Talks", "Office of")
    assert middle_piece("Their Delegations Before the River", "Talks and the Ferries of")
