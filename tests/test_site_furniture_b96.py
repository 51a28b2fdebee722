"""Tests of the ``chrome`` and ``chrome_prose`` entries of ``data/header_scoring.yaml``
added for held-out 96: a site's accessibility anchors around its main region ("Top of
main content") and a publisher group's ownership and registration notice printed over
every page of its trade titles ("X is part of the Y Division of Z PLC", "This site is
operated by a business or businesses owned by ...", "Registered in England and Wales").
None is ever the headline (placeholder pages in the fixtures' layouts)."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article

HEADLINE = "Ferry service to the outer islands resumes after repairs"
TEXT = (
    "HARBOUR TOWN — The ferry service to the outer islands resumed on Monday after two "
    "weeks of repairs to the landing stage, the port office said.\n\n"
    "The first boat left at seven in the morning with forty passengers and a load of rice.\n"
)


@pytest.mark.parametrize(
    "anchor", ["Top of main content", "Bottom of main content", "Start of content"]
)
def test_an_accessibility_anchor_is_no_headline(anchor: str) -> None:
    page = (
        f"{anchor}\n\nRiver Outlook: Holding course\n\n14 May 2024\n\nKey takeaways\n\n"
        "  • More ferries are running on the main routes…\n"
        "  • …while the new landing stages are nearly finished\n\n"
        f"{TEXT}"
    )
    assert read_article(page).title == "River Outlook: Holding course"


@pytest.mark.parametrize(
    "headline",
    [
        "Top of the content market: streaming firms bid for rights",  # a headline's words
        "Harbour Town tops content rankings for river tourism",
    ],
)
def test_a_headline_about_content_is_still_the_headline(headline: str) -> None:
    page = f"{headline}\n\n14 May 2024\n\n{TEXT}"
    assert read_article(page).title == headline


NOTICE = (
    "Harbour Trade News is part of the Markets Division of Quayside Media PLC\n\n"
    "This site is operated by a business or businesses owned by Quayside Media PLC and all "
    "copyright resides with them. Quayside Media PLC's registered office is 1 Quay Road, "
    "London E1 1AA. Registered in England and Wales. Number 1234567.\n\n"
)


def test_a_publisher_groups_ownership_notice_is_no_headline() -> None:
    page = f"{NOTICE}{HEADLINE}\n\n{HEADLINE}\n\n{TEXT}"
    article = read_article(page)
    assert article.title == HEADLINE
    assert not any("Quayside" in p.text for p in article.paragraphs if p.kind in {"lede", "body"})


@pytest.mark.parametrize(
    "sentence",
    [
        # a unit of an army, a site run by an authority, a firm's registration in a story
        "The regiment is part of the 5th Infantry Division of the army and guards the river "
        "crossings near the border.",
        "The site is operated by the port authority, which plans to open a second berth "
        "there next year.",
        "The shipping firm, registered in England and Wales, bought the two ferries last "
        "year from a yard in Haiphong.",
    ],
)
def test_such_words_in_a_storys_sentence_stay_text(sentence: str) -> None:
    page = f"{HEADLINE}\n\n14 May 2024\n\n{TEXT}\n{sentence}\n"
    article = read_article(page)
    assert any(p.text == sentence and p.kind == "body" for p in article.paragraphs)


@pytest.mark.parametrize(
    "page",
    [
        # a portal's name, the time and a day-first date where a byline would stand
        f"INTERNATIONAL INVESTMENT\nAND PORTAL\n\n{HEADLINE}\n\nRiver Global 09:12 02/10/2024\n\n{TEXT}",
        # a digest's label over its teasers after the text of a reprinted story
        f"{HEADLINE}\n\nHarbour Times | 12th June 2024\n\n{TEXT}\nRiver Insights\n\n"
        "Previous\nPrevious\n\nPort opens tender for a new crane\n",
    ],
)
def test_a_sites_brand_words_in_the_byline_slot_are_no_writer(page: str) -> None:
    assert read_article(page).author == ""


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Lan Pham", "Lan Pham"),
        ("By Tran Minh, Global Affairs Correspondent", "Tran Minh"),
        ("Hanoi, May 5 (VNA) -", ""),
    ],
)
def test_bylines_around_such_words_keep_their_writer(byline: str, author: str) -> None:
    page = f"{HEADLINE}\n\n{byline}\n\n14 May 2024\n\n{TEXT}"
    assert read_article(page).author == author
