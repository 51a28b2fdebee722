"""Tests for ``analysis.ingest.layout.series_heads`` (fix35a): a digest's series name
under its issue's date line, over the text, is the headline; on placeholder pages."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.layout.series_heads import series_name, series_under_date
from analysis.ingest.metadata import load_scoring

_ITEMS = (
    "A delegation of the provincial party committee visited the border district last week "
    "for talks on training young teachers. The two sides agreed to double the exchanges.\n\n"
    "Farmers in the delta have begun harvesting the summer crop early to avoid the floods "
    "expected in August, and the province has asked for help with the canals.\n"
)


def _page(name: str) -> str:
    menu = "\n\n".join(
        ["Workers Weekly", "Current Issue", "Archive", "Why you should ...", "Contact"]
    )
    return f"{menu}\n\n\nIssue #1402      June 3, 2014\n\n{name}\n\n{_ITEMS}"


def test_a_series_name_under_the_issue_date_is_the_headline():
    assert read_article(_page("Region Briefs")).title == "Region Briefs"


def test_a_section_name_under_the_issue_date_is_no_series():
    assert read_article(_page("Region News")).title != "Region News"


def test_series_name_and_its_negatives():
    scoring = load_scoring()
    assert series_name("Region Briefs", scoring)
    assert series_name("Asia Weekly Roundup", scoring)
    assert not series_name("Region News", scoring)  # no series word
    assert not series_name("Briefs from the region", scoring)  # not closing the name
    assert not series_name("Party Congress 2016 Update", scoring)  # a digit
    assert not series_name("The Long Road to a Better Update", scoring)  # too long


def test_series_under_date_needs_the_day_above_and_the_text_below():
    scoring = load_scoring()
    paras = split_lines(f"Issue #1402      June 3, 2014\nRegion Briefs\n{_ITEMS}")
    assert series_under_date(paras, 1, scoring)
    paras = split_lines(f"Current Issue\nRegion Briefs\n{_ITEMS}")  # no day above
    assert not series_under_date(paras, 1, scoring)
    paras = split_lines("June 3, 2014\nRegion Briefs\nShare\n")  # no text below
    assert not series_under_date(paras, 1, scoring)
