"""Tests of ``analysis.ingest.layout.outlet_reports``: "<Outlet> reports" on a line of its
own is a source credit, not a writer (held-out 76's design-magazine repost)."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.outlet_reports import outlet_report
from analysis.ingest.page_rules import load_rules

RULES = load_rules()

TITLE = "Ferry crews to train in river rescue"
TEXT = (
    "When I travel along the delta's rivers, I often meet ferry crews who have never "
    "been taught how to pull a passenger out of fast water, and who ask for that training."
)


def test_an_outlet_reports_line_is_a_source_not_a_writer() -> None:
    assert outlet_report("Nhan Dan reports", RULES) == "Nhan Dan"
    assert outlet_report("VNA reported", RULES) == "Vietnam News Agency"
    assert outlet_report("Tran Van Hoang reports", RULES) is None
    assert read_article(f"{TITLE}\n\nNhan Dan reports\n\n{TEXT}\n").author == ""
