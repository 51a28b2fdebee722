"""Tests of bylines without "By" or a label (``layout.unmarked_bylines``): a name in
capitals, with a star or before a bar, a name and a listed outlet joined by a dash, a
"Name, post, organisation" line; placeholder names."""

from __future__ import annotations

import pytest

from analysis.ingest.layout.unmarked_bylines import _unmarked_byline
from analysis.ingest.page_rules import load_rules

RULES = load_rules()


@pytest.mark.parametrize(
    "line",
    [
        "LAN PHAM",
        "Lan Pham *",
        "Lan Pham |",
        "Lan Pham - The Philippine Star",
        "Minh Tran, senior fellow, Institute of Regional Studies",
    ],
)
def test_unmarked_bylines(line: str) -> None:
    assert _unmarked_byline(line, RULES)


@pytest.mark.parametrize(
    "line",
    [
        "Lan Pham - Weekend Notes",  # no listed outlet after the dash
        "Pham, L. (2020). Sea lanes. Hanoi: Press.",  # a reference list's entry
    ],
)
def test_lines_that_are_no_unmarked_byline(line: str) -> None:
    assert not _unmarked_byline(line, RULES)
