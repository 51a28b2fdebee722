"""Tests of ``analysis.ingest.layout.place_bylines``: a place subheading with its province
in brackets and an office's acronym and city name no writer (placeholder pages)."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.place_bylines import place_byline

LONGFORM = """Where the two markets meet

At the crossings of the central provinces, traders from both sides have built small markets.

Cha Lo (Quang Binh)

The market opens at dawn. Women from the other side bring honey and bamboo shoots.

Na Meo (Thanh Hoa)

Further north the trade is in cement and maize, carried by trucks that cross at night.
"""

OFFICE = """Ministry of Fisheries

Two countries agree to share catch records

Posted On: 12 MAR 2020 4:10PM by PIB Mumbai

The two governments agreed to share the catch records of their fleets every quarter.

The first exchange will take place in June.
"""


def test_place_subheadings_name_no_writer():
    article = read_article(LONGFORM)
    assert article.author == ""


def test_an_office_credit_names_no_writer():
    assert read_article(OFFICE).author == ""


def test_place_shapes():
    assert place_byline("Cha Lo (Quang Binh)")
    assert place_byline("by PIB Mumbai")
    assert place_byline("PTI, New Delhi")


def test_near_cases_stay_bylines():
    # a writer with an institution or a paper in brackets, an agency's dateline, an
    # organisation's office, a person's name
    assert not place_byline("Dr Claire Dunn (Australian National University)")
    assert not place_byline("Tran Thi Lan (The Jakarta Post)")
    assert not place_byline("Can Tho (VNA)")
    assert not place_byline("By VVAW National Office")
    assert not place_byline("By LE Minh")
    assert read_article(OFFICE.replace("by PIB Mumbai", "by Anil Rao")).author == "Anil Rao"


def test_a_credited_writer_with_a_place_in_brackets_stays_a_writer() -> None:
    """ "By Name (City)" credits a writer and the city they file from (test_chart_headings):
    only a line without "By" is read as a place subheading."""
    assert not place_byline("By Lan Pham (Hanoi)")
    assert place_byline("Lao Bao (Quang Tri)")
