"""Tests of ``analysis.ingest.layout.updated_runs`` (held-out 100): a short brief pasted as
one run, "Updated <date> <Title> <text>", gives its title and date; runs of other forms
are not split (placeholder pages)."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.updated_runs import _title_words

TEXT = (
    "the delta's provinces have run ferry services across the main branches of the river, "
    "most of them with boats built in local yards. Congress has taken an interest in the "
    "ferries because U.S. assistance has paid for the training of their crews and for new "
    "radios on the larger boats. The ferries carry about a million passengers a month, and "
    "several crossings are to be replaced by bridges over the next decade."
)
BRIEF = f"Updated May 5, 2021 River Ferries in the Mekong Delta Since 2010, {TEXT}\n"


def test_the_run_gives_its_title_and_date() -> None:
    article = read_article(BRIEF)
    assert article.title == "River Ferries in the Mekong Delta"
    assert str(article.header_date.date_start.date()) == "2021-05-05"


@pytest.mark.parametrize(
    ("words", "count"),
    [
        ("River Ferries in the Mekong Delta Since 2010, the", 6),
        ("Vietnam's Ferries The delta's ferries carry", 2),
        ("Ferries The ferries carry", 0),  # one word: no title
        ("the ferries carry more", 0),  # no title in title case
        ("Hanoi, May 5 (VNA) - The ferry", 0),  # a dateline
    ],
)
def test_title_words(words: str, count: int) -> None:
    assert _title_words(words.split()) == count


@pytest.mark.parametrize(
    "page",
    [
        f"River Ferries in the Mekong Delta Since 2010, {TEXT}\n",  # no date before it
        f"Hanoi, May 5 (VNA) - Since 2010, {TEXT}\n",
        f"By Nguyen Van An Since 2010, {TEXT}\n",
        "Updated May 5, 2021\n\nFerry fares frozen\n\nShort text.\n",  # no run
    ],
)
def test_other_runs_are_not_split(page: str) -> None:
    assert read_article(page).title != "River Ferries in the Mekong Delta"
