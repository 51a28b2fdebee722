"""Tests of ``analysis.ingest.layout.sentence_bylines``: a byline run straight into the
lede's first sentence (held-out 111, fix33d), on a listing of our own (river ferries)."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.sentence_bylines import run_in_name
from analysis.ingest.page_rules import load_rules

PAGE = "\n".join(
    [
        "Transport",
        "",
        "  • Rivers",
        "    Ferries Return to the Lower Delta",
        "    By Corin Ashby The ferry lines that closed when the bridges opened are coming "
        "back, and the provinces now pay part of the fares. Riders say the boats are slower "
        "but cheaper, and traders like the landing stages close to the markets.",
        "  • Ports",
        "    A Quieter Year at the River Ports",
        "    Cargo through the river ports fell slightly last year, the ministry said.",
    ]
)


def test_a_byline_run_into_the_teaser_names_its_writer() -> None:
    article = read_article(PAGE)
    assert article.title == "Ferries Return to the Lower Delta"
    assert article.author == "Corin Ashby"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("By Corin Ashby The ferry lines are back.", "Corin Ashby"),
        ("By Mai Thu Hoang In the dry season the boats run twice.", "Mai Thu Hoang"),
        # Negatives: a place after the name, a headline in title case, lower-case "by",
        # a dateline, an agency, a byline with its own mark.
        ("By Le Van Tam In Hanoi", ""),
        ("By Land And The Sea Routes Of The Delta", ""),
        ("by Corin Ashby The ferry lines are back.", ""),
        ("Hanoi, May 5 (VNA) - The ferry lines are back.", ""),
        ("By Reuters The ferry lines are back.", ""),
        ("By Corin Ashby, Can Tho: The ferry lines are back.", ""),
        ("Updated By Corin Ashby The ferry lines are back.", ""),
    ],
)
def test_run_in_name(text: str, name: str) -> None:
    assert run_in_name(text, load_rules()) == name
