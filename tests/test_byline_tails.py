"""Tests of ``analysis.ingest.byline_tails``: what a byline carries after its writers'
names that names no writer (lines from held-out 72's fixtures)."""

from __future__ import annotations

from analysis.ingest.byline_tails import without_et_al, writer_post
from analysis.ingest.bylines import clean_author
from analysis.ingest.layout import read_article
from analysis.ingest.page_rules import load_rules

RULES = load_rules()


def test_agencies_after_the_writer_and_her_place_are_dropped():
    assert without_et_al("Rachel Whitmore in Bangkok and agencies") == "Rachel Whitmore in Bangkok"
    assert without_et_al("Nguyen Van An et al.") == "Nguyen Van An"


def test_a_name_ending_in_the_same_letters_is_kept():
    assert without_et_al("Rachel Whitmore in Bangkok") == "Rachel Whitmore in Bangkok"


def test_the_writers_post_after_a_slash_is_no_outlet():
    assert writer_post("Staff reporter", RULES)
    assert writer_post("Staff reporter, with staff writer", RULES)


def test_an_outlet_or_a_place_after_a_slash_is_no_post():
    for part in ("Taipei Times", "VNA", "Hanoi", "Staff reporter, Taipei", ""):
        assert not writer_post(part, RULES), part


def test_two_writers_over_their_post_are_both_read():
    byline = "By Hsu Wei-lun and Lin Pei-chen / Staff reporter, with staff writer"
    assert clean_author(byline, RULES) == "Hsu Wei-lun; Lin Pei-chen"


def test_a_writer_in_a_city_and_agencies_beside_the_date_is_the_author():
    page = (
        "Mekong fishers turn to tourism as catches shrink\n\n"
        "Families in the delta are offering homestays and boat tours as dams upstream change "
        "the river\n\n"
        "Rachel Whitmore in Bangkok and agencies\n\n"
        "Tue 9 Apr 2024 06.00 BST\n\n"
        "Fishing families in Vietnam's Mekong delta are turning their houses into homestays as "
        "catches in the river fall year after year.\n\n"
        "Local officials in Dong Thap province say the number of licensed homestays has "
        "tripled since 2020.\n"
    )
    assert read_article(page).author == "Rachel Whitmore"
