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
