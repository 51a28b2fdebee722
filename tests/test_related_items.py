"""Tests of ``analysis.ingest.related_items``: the days of a list of related pieces
(held-out 73's commentary page, its lines)."""

from __future__ import annotations

from analysis.ingest.related_items import bulleted_item_date


def test_a_bulleted_date_below_the_headline_is_a_related_items_day() -> None:
    assert bulleted_item_date("    • November 15, 2018", "dateline", 9, 1)
    assert bulleted_item_date("▪ October 30, 2018", "dateline", 14, 1)


def test_a_bulleted_clock_above_the_headline_or_a_dated_title_row_is_no_item() -> None:
    # the site's clock over the headline (tests/test_metadata.py's yearless lede day)
    assert not bulleted_item_date("• Sunday, 24 August 2025", "dateline", 0, 2)
    # a bullet before a date and a file's title: a document host's upload row
    assert not bulleted_item_date("• 3/2/2018 Talks in Hanoi", "header_line", 5, 1)
    # no bullet, or no headline found
    assert not bulleted_item_date("November 15, 2018", "dateline", 9, 1)
    assert not bulleted_item_date("• November 15, 2018", "dateline", 9, -1)
