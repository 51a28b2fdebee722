"""Tests of ``analysis.ingest.related_items``: the days of a list of related pieces
(held-out 73's commentary page, its lines), and the items themselves, whose bylines name
no writer of the page (misses27)."""

from __future__ import annotations

from pathlib import Path

from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.related_items import RELATED_ROLE, bulleted_item_date, related_item_spans


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


LAYOUTS = Path(__file__).parent / "data" / "layouts"
COMMENTARY = "cnas_date_title_by_name_cnn_lede_read_full_related_items_labels_outlets_dates.txt"


def test_the_related_items_bylines_name_no_writer_of_the_page() -> None:
    article = read_article((LAYOUTS / COMMENTARY).read_text(encoding="utf-8"))
    assert article.author == "Margaret Ellison"
    related = [p for p in article.paragraphs if p.role == RELATED_ROLE]
    texts = [p.text for p in related]
    assert "By Patrick Doyle" in texts and "By Samuel Ortiz" in texts
    assert "Small Navies, Long Coastlines" in texts  # an item's headline
    assert {p.kind for p in related} == {"boilerplate", "dateline"}
    # the page's own text and byline are left alone
    own = [p for p in article.paragraphs if p.role != RELATED_ROLE and p.kind == "body"]
    assert any(p.text.startswith("Officials describe") for p in own)


_ITEM = (  # one related piece: its type, day, headline, standfirst and byline
    "  • Commentary\n    • {day}\n    River Ferries in the Delta\n\n"
    "    The estuary's ferry lines are getting busier every dry season.\n\n    By {name}\n\n"
)


def test_a_page_whose_only_bylines_stand_in_bulleted_items_keeps_them() -> None:
    page = (LAYOUTS / COMMENTARY).read_text(encoding="utf-8").replace("By Margaret Ellison\n", "")
    article = read_article(page)
    assert not any(p.role == RELATED_ROLE for p in article.paragraphs)
    assert "Patrick Doyle" in article.author  # nothing tells the page's writer apart


def test_items_under_the_text_after_the_pages_byline_are_marked() -> None:
    page = (
        "March 3, 2019\n\nPiers Rebuilt Before the Rains\n\nBy Hannah Pruitt\n\n"
        "The provincial transport department has rebuilt both piers of the estuary crossing, "
        "and the ferries will run twice as often from June.\n\n"
        + _ITEM.format(day="March 1, 2019", name="Lena Okafor")
        + _ITEM.format(day="February 20, 2019", name="Tom Becker")
    )
    article = read_article(page)
    assert article.author == "Hannah Pruitt"
    related = [p.text.strip() for p in article.paragraphs if p.role == RELATED_ROLE]
    assert related[0] == "• Commentary" and related[-1] == "By Tom Becker"
    assert related.count("River Ferries in the Delta") == 2


def test_an_item_without_a_byline_is_left_out() -> None:
    paras = split_lines(
        "Title\n\nText of the page.\n\n  • Commentary\n  • March 1, 2019\n  Other piece\n"
    )
    paras[0].kind, paras[3].kind = "title", "dateline"
    assert related_item_spans(paras, 0) == []
    paras[4].role = "author"  # "Other piece" read as a byline: the item runs to it
    assert related_item_spans(paras, 0) == [range(2, 5)]
