"""Tests of ``analysis.dates.congresses``: ordinal Party Congresses, the term of a
congress and anniversaries, read through ``find_dates`` against the tables the module
loads from ``analysis/data`` (``timeline_congresses.csv``, ``periods.csv``,
``timeline_parties.csv``)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.core.data_files import load_data_file
from analysis.dates import find_dates
from analysis.dates.congresses import CONGRESSES, PARTY_ALIASES, TERMS

ANCHOR = pd.Timestamp("2024-03-13")


def only(text: str, anchor: pd.Timestamp | None = None):
    """The single match of ``text`` whose kind is not a plain date."""
    found = [m for m in find_dates(text, anchor=anchor) if m.kind != "date"]
    assert len(found) == 1, found
    return found[0]


def test_tables_mirror_their_data_files() -> None:
    congresses = load_data_file("timeline_congresses.csv")
    assert len(CONGRESSES) == len(congresses)
    first = congresses.iloc[0]
    span = CONGRESSES[(first["party"], int(first["ordinal"]))]
    assert span.date_start == pd.Timestamp(first["date_start"])
    assert span.date_end == pd.Timestamp(first["date_end"])
    assert span.date_start <= span.date_end
    assert all(span.date_start <= span.date_end for span in TERMS.values())
    # aliases are keyed in lower case, so "the Communist Party of VIETNAM" matches too
    assert all(alias == alias.lower() for alias in PARTY_ALIASES)
    assert PARTY_ALIASES["communist party of vietnam"] == "CPV"


def test_national_party_congress_is_the_cpv_congress() -> None:
    match = only("Delegates met before the 13th National Party Congress opened.")
    span = CONGRESSES[("CPV", 13)]
    assert match.kind == "congress"
    assert (match.date_start, match.date_end) == (span.date_start, span.date_end)
    assert match.note == span.note
    assert match.timex_type == ""  # a congress is not a TimeML expression
    assert match.relative is False


def test_congress_of_a_named_party() -> None:
    match = only("He attended the 20th Congress of the Communist Party of China.")
    assert match.kind == "congress"
    assert match.date_start == CONGRESSES[("CPC", 20)].date_start
    assert match.text == "the 20th Congress of the Communist Party of China"


def test_term_of_a_congress_reads_the_term_not_the_meeting() -> None:
    match = only("during the term of the 13th National Party Congress")
    term = TERMS[("CPV", 13)]
    assert match.kind == "term"
    assert match.precision == "period"
    assert (match.date_start, match.date_end) == (term.date_start, term.date_end)
    assert match.date_end > CONGRESSES[("CPV", 13)].date_end


def test_unknown_ordinal_is_flagged_not_guessed() -> None:
    match = only("the 99th National Party Congress")
    assert match.date_start is None and match.date_end is None
    assert "unknown_congress" in match.flags


@pytest.mark.parametrize(
    "text",
    [
        "the 13th Congress",  # no party, no "National"/"Party": could be anything
        "the 13th Congress of the Workers' Party of Nowhere",  # a party with no dates
    ],
)
def test_congress_without_a_known_party_is_not_read(text: str) -> None:
    assert all(m.kind != "congress" for m in find_dates(text))


def test_anniversary_takes_the_year_named_before_it() -> None:
    match = only("In 2020, the two parties marked the 75th anniversary of their ties.")
    assert match.kind == "anniversary"
    assert match.date_start == pd.Timestamp("2020-01-01")
    assert match.date_end == pd.Timestamp("2020-12-31")
    assert match.note == "founded 1945"
    assert "year_from_context" in match.flags


def test_anniversary_without_a_year_uses_the_anchor_or_stays_open() -> None:
    text = "They marked the 60th anniversary of diplomatic relations."
    resolved = only(text, ANCHOR)
    assert resolved.date_start == pd.Timestamp("2024-01-01")
    assert resolved.note == "founded 1964"
    assert resolved.relative is True
    unresolved = only(text)
    assert unresolved.date_start is None
    assert "unresolved_relative" in unresolved.flags


def test_zeroth_anniversary_is_not_a_date() -> None:
    assert all(m.kind != "anniversary" for m in find_dates("the 0th anniversary", anchor=ANCHOR))
