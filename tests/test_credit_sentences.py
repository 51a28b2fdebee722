"""Tests of ``analysis.ingest.layout.credit_sentences``: a closing run of credit sentences
("Translated by Name. Written in English by Name.") names the writer, never the translator
or the editor (placeholder pages)."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.credit_sentences import credit_run_names
from analysis.ingest.page_rules import load_rules

RULES = load_rules()

TITLE = "Ferry crews on the border river wait for new permits"
BODY = (
    "Boatmen who carry traders across the river say the new permits have been promised "
    "for a year, and that the old ones expire next month.\n\n"
    "Officials on both banks said the forms would be printed before the rainy season."
)


def read(closing: str):
    return read_article(f"{TITLE}\n\n{BODY}\n\n{closing}\n")


def test_the_writer_in_english_is_the_author_not_the_translator():
    closing = (
        "Reported by the radio's Lao Service. Translated by Keo Sackda. Written in English "
        "by Marta Olsen."
    )
    assert read(closing).author == "Marta Olsen"


def test_a_hard_wrapped_run_and_a_copyright_line_under_it():
    closing = (
        "Reported by the radio's Lao Service. Translated by Keo Sackda. Written in English "
        "by Marta\n\nOlsen.\n\nCopyright © 2020, the radio. Used with permission."
    )
    assert read(closing).author == "Marta Olsen"


def test_a_reporter_for_a_desk_is_named_without_the_desk():
    text = "Reported by Keo Sackda for the Lao Service. Edited by Paul J. Rowe."
    assert credit_run_names(text, RULES) == ["Keo Sackda"]


def test_near_cases_name_no_writer():
    # one credit sentence alone, an editor and a translator only, a desk, sentences of the text
    assert credit_run_names("Written in English by Marta Olsen.", RULES) == []
    assert credit_run_names("Edited by Paul Rowe. Translated by Keo Sackda.", RULES) == []
    assert credit_run_names("Reported by the Lao Service. Translated by Keo Sackda.", RULES) == []
    prose = "The survey was carried out by the ministry. It was written by Paul Rowe."
    assert credit_run_names(prose, RULES) == []
    assert read(prose).author == ""


def test_a_byline_wins_over_the_credit_run():
    page = (
        f"{TITLE}\n\nBy Anna Berg\n\n{BODY}\n\nTranslated by Keo Sackda. Written in English "
        "by Marta Olsen.\n"
    )
    assert read_article(page).author == "Anna Berg"
