"""Tests of ``analysis.ingest.layout.glued_credits``: credits split off the end of a line."""

from analysis.ingest.layout.glued_credits import split_glued_credits
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.page_rules import load_rules

RULES = load_rules()


def _split(text: str) -> list[tuple[str, str, str]]:
    paras = split_lines(text)
    split_glued_credits(paras, RULES)
    return [(p.text, p.kind, p.role) for p in paras]


def test_an_agency_marker_glued_to_the_last_sentence_is_its_own_line() -> None:
    found = _split("Both sides agreed to meet again next spring, he added.- (VNA)")
    assert found == [
        ("Both sides agreed to meet again next spring, he added.", "", ""),
        ("- (VNA)", "credit", "marker"),
    ]


def test_an_outlets_name_after_a_closing_dash_is_a_marker() -> None:
    found = _split("The talks will resume in the capital next month, he said. — Bernama")
    assert found == [
        ("The talks will resume in the capital next month, he said.", "", ""),
        ("— Bernama", "credit", "marker"),
    ]


def test_a_dash_before_a_name_that_is_no_outlet_splits_nothing() -> None:
    line = "The talks will resume in the capital next month, he said. — Harbour Street"
    assert _split(line) == [(line, "", "")]


def test_a_byline_glued_to_the_date_label_after_it_is_split() -> None:
    found = _split("By Rosa DelmarPublished : April 12, 2024 - 10:05")
    assert found == [("By Rosa Delmar", "", ""), ("Published : April 12, 2024 - 10:05", "", "")]
    found = _split("By Rosa J.Updated on: 12/04/2024")
    assert found == [("By Rosa J.", "", ""), ("Updated on: 12/04/2024", "", "")]


def test_a_spaced_date_label_or_a_line_without_by_is_not_split() -> None:
    for line in (
        "By Rosa Delmar Published: April 12, 2024",  # spaced: read by the byline grammar
        "Rosa DelmarPublished : April 12, 2024",  # no "By": no byline to split off
        "By the river, Published works on the valley",  # no label form after the glue
    ):
        assert _split(line) == [(line, "", "")]
