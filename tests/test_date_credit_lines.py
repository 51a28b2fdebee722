"""Tests of ``analysis.ingest.layout.date_credit_lines``: a date line whose words beside
the date name no writer (held-out 75's fixtures), and the bylines read with them."""

from __future__ import annotations

from pathlib import Path

from analysis.ingest.layout import read_article
from analysis.ingest.layout.date_credit_lines import no_writer_beside_date
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.page_rules import load_rules

RULES = load_rules()
LAYOUTS = Path(__file__).resolve().parent / "data" / "layouts"


def _fixture(name: str) -> str:
    return (LAYOUTS / name).read_text(encoding="utf-8")


def test_a_source_beside_the_date_over_a_marked_byline_is_no_writer():
    text = _fixture(
        "cvdvn_repost_title_standfirst_caps_month_day_year_time_outlet_misspelt_by_two_names"
        "_each_with_role_after_comma.txt"
    )
    paras = split_lines(text)
    line = next(i for i, p in enumerate(paras) if p.text.startswith("APRIL 29, 2023"))
    assert no_writer_beside_date(paras, line, RULES)
    assert read_article(text).author == "Margaret L. Howe; Daniel Okafor"


def test_a_place_the_text_names_beside_the_date_is_no_writer():
    text = _fixture(
        "ieumonitoring_editorial_remarks_title_place_day_month_year_line_salutation_body"
        "_no_byline.txt"
    )
    paras = split_lines(text)
    line = next(i for i, p in enumerate(paras) if p.text.startswith("Siem Reap, 12"))
    assert no_writer_beside_date(paras, line, RULES)
    assert read_article(text).author == ""


def test_a_writer_beside_the_date_stays_a_writer():
    page = (
        "Rice farmers try a new seed\n\n"
        "Friday, 22 June 2012 Keo Piseth\n\n"
        "Farmers in Takeo province are planting a new seed this season, officials said.\n\n"
        "The seed needs less water than the old one, they said.\n"
    )
    paras = split_lines(page)
    line = next(i for i, p in enumerate(paras) if p.text.startswith("Friday"))
    assert not no_writer_beside_date(paras, line, RULES)
    assert read_article(page).author == "Keo Piseth"
