"""A writer's name and the place they file from, alone on a line ("Name in Calais"), is the
byline; a three-word title-case line ending "in <Place>" is a headline (held-out 151)."""

from __future__ import annotations

from analysis.ingest.layout.unmarked_bylines import _name_filed_in
from analysis.ingest.page_rules import load_rules


def test_name_in_place_is_a_byline() -> None:
    rules = load_rules()
    assert _name_filed_in("Harriet Calloway in Marseille", rules)
    assert _name_filed_in("Harriet Calloway in Ho Chi", rules)


def test_headline_ending_in_place_is_not() -> None:
    rules = load_rules()
    assert not _name_filed_in("Fishing Boats Held in Natuna", rules)
    assert not _name_filed_in("Student River Fair in Can Tho", rules)
    assert not _name_filed_in("Harriet Calloway", rules)
    assert not _name_filed_in("The Guardian in London", rules)
