"""A line of date and credit (``analysis.ingest.layout.dateline_labels``): "By ANI
Published Date - 06:15 PM, Tue - 14 November 23" (held-out 103's Indian daily) is the
page's date with an agency's credit, no byline; "By Jane Doe Published: ..." stays a
writer's byline, and a section's name before "Updated on" is dropped as before."""

from __future__ import annotations

from analysis.ingest.bylines import byline_names
from analysis.ingest.layout.dateline_labels import (
    agency_credit_dropped,
    reference_dropped,
    weekday_dropped,
    word_before_label_dropped,
)
from analysis.ingest.layout.lines import dateline_date
from analysis.ingest.page_rules import load_rules

RULES = load_rules()


def test_agency_before_the_date_label_is_dropped() -> None:
    assert (
        agency_credit_dropped("By ANI Published Date - 06:15 PM, ", RULES)
        .strip()
        .startswith("Published Date")
    )
    assert agency_credit_dropped("By Reuters Published: ", RULES).strip() == "Published:"


def test_a_person_or_a_plain_label_stays() -> None:
    for rest in (
        "By Jane Doe Published: ",
        "By Tran Minh Quan Updated ",
        "Published on ",
        "By Staff",
    ):
        assert agency_credit_dropped(rest, RULES) == rest
    assert word_before_label_dropped("Advocacy Updated on ", RULES).strip() == "Updated on"
    assert word_before_label_dropped("Customs Update: ", RULES) == "Customs Update: "


def test_agency_date_line_is_a_dateline_and_names_no_writer() -> None:
    line = "By ANI Published Date - 06:15 PM, Tue - 14 November 23"
    found = dateline_date(line, RULES)
    assert found is not None and found.date_start.date().isoformat() == "2023-11-14"
    assert dateline_date("By Reuters Published: 14 November 2023 06:15 PM", RULES) is not None
    assert byline_names(line, RULES) == []


def test_common_lines_are_unchanged() -> None:
    assert dateline_date("By Jane Doe Published: 14 November 2023 06:15 PM", RULES) is None
    assert dateline_date("Hanoi, May 5 (VNA) - The two ministries met on Tuesday.", RULES) is None
    assert dateline_date("Updated: 14 November 2023 06:15 PM", RULES) is not None
    assert byline_names("By Jane Doe Published: 14 November 2023", RULES) == ["Jane Doe"]


def test_a_date_with_a_document_reference_is_a_dateline_no_headline() -> None:
    """(held-out 123) A statement's date line with its index above the headline."""
    for line in (
        "7 October 2015 AI Index: ASA 41/2514/2015 ",
        "12 May 2019 Ref: PO/118/19",
        "March 3, 2021 Our ref: HN/22/2021",
    ):
        assert dateline_date(line, RULES) is not None, line
    assert reference_dropped(" AI Index: ASA 41/2514/2015").strip() == ""


def test_near_reference_lines_are_no_datelines() -> None:
    for line in (
        "7 October 2015 Index of port fees rises again",  # no colon, no code
        "Index: how the ports compare, 7 October 2015",  # a label with words, not a code
        "7 October 2015 AI Index: ASA 41/2514/2015 Viet Nam must free the advocates",
        "Ref: PO/118/19",  # no date at all
    ):
        assert dateline_date(line, RULES) is None, line
    assert reference_dropped(" Symbol of the talks") == " Symbol of the talks"


def test_a_german_interface_date_header_is_a_dateline() -> None:
    """(held-out 123) A Blogger page under the German interface heads its posts so."""
    for line in ("Mittwoch, 21. Oktober 2015", "Dienstag, 10. März 2015", "Sonntag, 3. Mai 2020"):
        assert dateline_date(line, RULES) is not None, line
    assert weekday_dropped("Mittwoch, ").strip(" ,") == ""


def test_german_weekday_lines_with_more_are_no_datelines() -> None:
    for line in (
        "Mittwoch, 21. Oktober 2015: Hanoi and Berlin sign a port deal",
        "Montagnard churches, 21 October 2015",  # a word that starts like a weekday
        "Dienstag und Mittwoch: talks on fisheries",  # no date
    ):
        assert dateline_date(line, RULES) is None, line
