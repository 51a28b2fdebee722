"""Tests for ``analysis.ingest.layout.writer_standfirsts`` (fix35a): a standfirst closed
by its writer's credit (", writes Name") is no headline; on placeholder pages."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.writer_standfirsts import (
    writer_standfirst,
    writer_standfirst_features,
)

_TEXT = (
    "THE first question our hosts at the provincial trade union asked was how many of us "
    "had visited a rice mill before. Only two hands went up, both of them veterans.\n"
    "For the rest of us, the week was a short course in how a cooperative keeps its books "
    "open to every member, and why the members read them.\n"
)


def test_a_teaser_closed_by_its_writer_over_a_page_without_headline_gives_no_title():
    page = (
        "Bus fares are climbing faster than pay again – and the operators still pay "
        "out dividends, writes Ellen Marsh\n" + _TEXT
    )
    assert read_article(page).title == ""


def test_a_headline_over_a_standfirst_closed_by_its_writer_stays_the_headline():
    page = (
        "Cooperatives keep their books open\n\n"
        "A week in the delta showed what village accounts can teach our own, writes "
        "Ellen Marsh\n\n" + _TEXT
    )
    assert read_article(page).title == "Cooperatives keep their books open"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Bus fares are climbing faster than pay again, writes Ellen Marsh", True),
        ("Why the delta's mills still matter to the region – writes E. J. Marsh.", True),
        ("A week in the delta showed what accounts can teach, argues Tom O'Neil", True),
        # a headline quoting a speaker with "says"
        ("Ports on the river will reopen in May, says minister", False),
        ("Ports on the river will reopen in May, says Nguyen Van An", False),
        # the credit's sentence too short: a headline naming a writer
        ("Letters, writes Ellen Marsh", False),
        # the verb not closing the line with a name
        ("Ellen Marsh writes about the delta's mills and their books", False),
        ("The delta's mills are busy again, writes the correspondent", False),
    ],
)
def test_writer_standfirst_and_its_negatives(line: str, expected: bool):
    assert writer_standfirst(line) is expected
    assert writer_standfirst_features(line) == (["writer_standfirst"] if expected else [])
