"""Tests of the newsletter sign-up box added to ``chrome`` and ``chrome_prose`` of
``data/header_scoring.yaml`` for held-out 105: a think tank's listing page opens with
"Stay updated" over "Get your weekly newsletter with ...", a sentence that had been read
as the page's first text, so the header ended above the items' headlines (placeholder
pages in the fixture's layout)."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article

HEADLINE = "Ferry Operators Agree on a Shared Timetable for the Outer Islands"
TEXT = (
    "Ferry operators serving the outer islands agreed on Monday to publish one timetable, "
    "so that passengers can change boats at the harbour without waiting overnight. The "
    "shared timetable will be printed in three languages and posted at every pier, and the "
    "operators will meet again in the autumn to add the winter crossings. […]\n"
)

LISTING = (
    "Stay updated\n\nGet your weekly newsletter with expert’s analysis on the most "
    "important global issues.\n\n\nExplore our unique analysis\n\nContent\n\nHarbour Notes\n\n"
    f"Mar 14, 2019\n\n{HEADLINE}\n\nBy Lan Pham\n\n{TEXT}\nShipping\n\nHarbour Notes\n\n"
    "Mar 13, 2019\n\nPilots Ask for One Radio Code in the Gulf\n\nBy Minh Tran\n\n"
    "Pilots guiding ships into the gulf's ports still use four sets of radio phrases, and "
    "two near-collisions last year were traced to a misheard order. A shared code, tested "
    "in a simulator at the pilots' school, could be adopted within a season if the port "
    "authorities agree on who pays for the training. […]\n\nPorts\n\n"
    "Harbour Notes\n\nMar 12, 2019\n\nThree Ways to Keep Cables Working After a Storm\n\n"
    "By Hoa Le and Nam Vu\n\nWhen a landslide on the seabed cut two cables in October, "
    "repair ships waited nine days for permits. […]\n\nEnergy\n"
)


def test_the_first_items_headline_under_the_newsletter_box() -> None:
    article = read_article(LISTING)
    assert article.title == HEADLINE
    assert article.author == "Lan Pham"
    assert [p.kind for p in article.paragraphs[:2]] == ["boilerplate", "boilerplate"]


@pytest.mark.parametrize(
    "headline",
    [
        "Stay Updated on Ferry Timetables, Port Office Urges Travellers",  # more words
        "Port Office Launches a Weekly Newsletter for Ferry Crews",  # a newsletter's news
    ],
)
def test_headlines_opening_with_the_same_words_stay_headlines(headline: str) -> None:
    page = f"{headline}\n\nBy Lan Pham\n\nHanoi, May 5 (VNA) - {TEXT}"
    assert read_article(page).title == headline


def test_a_sentence_of_text_naming_a_newsletter_stays_text() -> None:
    text = (
        "Readers can get the weekly newsletter of the port office by e-mail, the office said "
        "on Monday, and the first issue lists every ferry crossing in the province.\n"
    )
    article = read_article(f"{HEADLINE}\n\nBy Lan Pham\n\n{TEXT}\n{text}")
    assert article.title == HEADLINE
    line = next(p for p in article.paragraphs if "newsletter of the port" in p.text)
    assert line.kind != "boilerplate"
