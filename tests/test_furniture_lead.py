"""Tests of ``analysis.ingest.layout.furniture_lead``: the run of page furniture a copy
opens with (held-out 106); placeholder lines."""

from __future__ import annotations

from types import SimpleNamespace

from analysis.ingest.layout.furniture_lead import furniture_lead


def lines(*rows: tuple[str, str]) -> list[SimpleNamespace]:
    return [SimpleNamespace(kind=kind, text=text) for kind, text in rows]


def test_a_capture_headers_lines_and_its_address_are_the_furniture_run():
    page = lines(
        ("boilerplate", "archive.today"),
        ("boilerplate", "Saved from"),
        ("", "https://news.example.org/a-title-123.html"),
        ("dateline", "9 Feb 2024 11:20:31 UTC"),
        ("boilerplate", "report bug or abuse"),
        ("title", "Harbour pilots begin a joint course"),
        ("", "Pilots will practise berthing large ships in fog."),
    )
    assert furniture_lead(page) == 5


def test_a_page_opening_with_its_date_or_headline_has_no_furniture_run():
    assert furniture_lead(lines(("dateline", "May 5, 2024"), ("title", "A headline"))) == 0
    assert furniture_lead(lines(("title", "A headline"), ("boilerplate", "Share"))) == 0
    # a wire dateline opening the text is no furniture
    lede = "Hanoi, May 5 (VNA) - Officials met on Sunday to review the plan."
    assert furniture_lead(lines(("", lede), ("boilerplate", "Share"))) == 0
