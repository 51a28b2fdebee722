"""Tests of ``analysis.ingest.layout.contributor_lines``: reporters credited under the text."""

from __future__ import annotations

from analysis.ingest.layout.contributor_lines import contributors
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.page_rules import load_rules

RULES = load_rules()
BODY = "Vietnam's embassy in Manila sent a consular team to the province to arrange their papers."


def test_a_dash_with_line_under_the_text_names_contributors() -> None:
    """held-out 70 (a Manila paper): "– With Lea Santiago" as the last line."""
    paras = split_lines(f"{BODY}\n– With Lea Santiago\n")
    assert contributors(paras, 0, RULES) == ["Lea Santiago"]
    paras = split_lines(f"{BODY}\n— with Lea Santiago and Ben Cruz\n")
    assert contributors(paras, 0, RULES) == ["Lea Santiago", "Ben Cruz"]


def test_an_agency_in_brackets_or_no_text_gives_no_contributor() -> None:
    assert contributors(split_lines(f"{BODY}\n(With reports from Xinhua)\n"), 0, RULES) == []
    assert contributors(split_lines(f"{BODY}\n– With Lea Santiago\n"), -1, RULES) == []
    assert contributors(split_lines(f"{BODY}\n– With reports from Xinhua\n"), 0, RULES) == []
