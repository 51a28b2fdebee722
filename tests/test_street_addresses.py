"""Tests of ``analysis.ingest.layout.street_addresses``: a postal address under the text is
no byline (placeholder pages)."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.street_addresses import postal_address

PAGE = """Port towns on the delta prepare for the dry season

Harbour masters in three delta towns said on Monday that dredging would start early this year.

The work will keep the channels open for barges carrying rice to the coast.

Copyright © 2021, the Institute. All rights reserved.
K St. NW, Suite 410, Washington DC 20005.
"""


def test_an_address_under_the_text_is_no_writer():
    assert read_article(PAGE).author == ""


def test_address_shapes():
    assert postal_address("K St. NW, Suite 410, Washington DC 20005.")
    assert postal_address("1200 Harbour Ave. NW, Washington, DC 20036")
    assert postal_address("Rue des Quais 12, 75004 Paris")


def test_near_cases_are_no_address():
    # a paper's name with a year, a street in a writer's line, a suite without a street
    assert not postal_address("By Lena Ho, The Wall Street Journal, 2019")
    assert not postal_address("Nguyen Van Binh, 12 Hang Bai Street")
    assert not postal_address("Suite 300")


def test_a_byline_over_the_text_stays():
    page = PAGE.replace("\n\nHarbour", "\n\nBy Lena Ho\n\nHarbour", 1)
    assert read_article(page).author == "Lena Ho"
