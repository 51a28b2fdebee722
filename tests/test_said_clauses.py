"""Tests of ``analysis.ingest.layout.said_clauses``: a copy saved from its standfirst,
closed by a reporting clause in the past tense, keeps no headline (fix42a, held-out 136's
noosnetwork, held-out 141's dmilt)."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.said_clauses import said_clause

#: A copy saved from its standfirst (placeholder text of our own), one paragraph a line.
STANDFIRST_COPY = (
    "The ferry link “opens a new door for the delta,” the river board’s chair has said\n"
    "The board, which runs the crossings this year, announced on Friday that the new link "
    "would start in the spring.\n"
    "Two provinces founded the board in 2010, and it has since taken on four more piers.\n"
    "Officials said the link would not change the other crossings.\n"
)


def test_a_standfirst_closed_by_a_said_clause_is_no_headline() -> None:
    assert read_article(STANDFIRST_COPY).title == ""


def test_a_headlines_present_says_clause_stays_a_headline() -> None:
    page = STANDFIRST_COPY.replace(
        "The ferry link “opens a new door for the delta,” the river board’s chair has said",
        "Ferry link opens a new door for the delta, says river board",
    )
    assert read_article(page).title == "Ferry link opens a new door for the delta, says river board"
    assert not said_clause("Ferry link opens a new door for the delta, says river board")
