"""Tests of a site's name line and its text as an outlet (``layout.site_name_lines``)."""

from __future__ import annotations

from analysis.ingest.layout.site_name_lines import _capitalised, _site_name_text, _undoubled
from analysis.ingest.page_rules import load_rules, scoring_of

RULES = load_rules()
SCORING = scoring_of(RULES)


def test_site_name_text() -> None:
    assert _site_name_text("QUANG NINH PORTAL") == "Quang Ninh Portal"
    assert _site_name_text("Defense Priorities Defense Priorities") == "Defense Priorities"
    motto = "The Irrawaddy News Magazine [Covering Burma and Southeast Asia]"
    assert _site_name_text(motto, SCORING) == "The Irrawaddy"
    assert _undoubled(["a", "b", "a", "b"]) == ["a", "b"]
    assert _undoubled(["a", "b", "c"]) == ["a", "b", "c"]
    assert _undoubled([]) == []
    assert _capitalised(["Voice", "of", "Laos"])
    assert _capitalised(["PetroVietnam"])
    assert not _capitalised(["voice", "Laos"])
