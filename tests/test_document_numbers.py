"""Tests of ``analysis.ingest.layout.document_numbers`` (held-out 97): a documentary
edition's headline keeps neither the document's number nor the footnote marker."""

from __future__ import annotations

import pytest

from analysis.ingest.layout.document_numbers import without_document_number


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        (
            "87. Telegram From the Ministry of Transport to the Consulate in Pakse1",
            "Telegram From the Ministry of Transport to the Consulate in Pakse",
        ),
        (
            "4. Memorandum of Conversation on the ferry landings12",
            "Memorandum of Conversation on the ferry landings",
        ),
        ("310. Editorial Note2", "Editorial Note"),
    ],
)
def test_the_editions_number_and_marker_leave_the_headline(title: str, headline: str) -> None:
    assert without_document_number(title) == headline


@pytest.mark.parametrize(
    "title",
    [
        "5. Things to know about the river treaty",  # a listicle's item: no kind
        "10. Memorandum on the G20",  # the digits close an upper-case name
        "2024. Telegram traffic fell by half",  # no marker glued
        "Telegram From the Embassy in Laos1",  # no number
        "Hanoi, May 5 (VNA) - Telegram services resumed2",  # no number before the kind
        "3. Letter from the delegates on Covid-19",  # a hyphen before the digits
    ],
)
def test_other_headlines_keep_their_digits(title: str) -> None:
    assert without_document_number(title) == title
