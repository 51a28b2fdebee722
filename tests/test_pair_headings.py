"""fix43c: a country file's first line naming a pair of places is its headline."""

from __future__ import annotations

from analysis.ingest.layout import read_article


def test_a_country_files_pair_heading_over_section_headings_is_its_title() -> None:
    page = (
        "Norway-Vietnam relations\n\nOverview\n\nPolitical relations\n\n"
        "The two states keep a steady dialogue and meet at several levels each year.\n\n"
        "Economic relations\n\n"
        "Firms of both sides trade in fish, machines and services, and the sum grows.\n"
    )
    assert read_article(page).title == "Norway-Vietnam relations"


def test_a_pair_label_over_a_date_line_stays_no_title() -> None:
    page = (
        "Norway-Viet Nam Relations\n\nJuly 21, 2017\n\n"
        "The two states keep a steady dialogue and meet at several levels each year.\n"
    )
    assert read_article(page).title != "Norway-Viet Nam Relations"
