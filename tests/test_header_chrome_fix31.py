"""Tests of the ``chrome`` entries of ``data/header_scoring.yaml`` added for the misses of
held-out 98 (fix31): a feed mirror's channel bar ("Viewing all N articles", "Browse latest
View live", "Channel: <feed>", a tracker's alt text) and a hashtag page's heading ("Latest
news with #Tag") over the first item. Neither is ever the headline (placeholder pages);
headlines of the same words stay headlines."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.metadata import load_scoring
from analysis.ingest.page_rules import load_rules

HEADLINE = "Ferry service to the outer islands resumes after repairs"
TEXT = (
    "Harbour Town, May 4 (VNA) – The ferry service to the outer islands resumed on Monday "
    "after two weeks of repairs to the landing stage, the port office said.\n\n"
    "The first boat left at seven in the morning with forty passengers and a load of rice.\n"
)

PAGES = {
    # a feed mirror's channel page: tracker alt, channel, counts, buttons, item, counters
    "mirror": "Quantcast\nChannel: Top Stories – Harbour Town Daily\nViewing all 2304 articles\n"
    f"Browse latest View live\n\n{HEADLINE}\n\n$\n0\n0\n\nAnna Berg\n\n{TEXT}",
    "mirror_all": f"Browse all 25 articles\n\n{HEADLINE}\n\n{TEXT}",
    # a hashtag page: its heading, then each item's paper, date, section bullets, title
    "hashtag": f"Latest news with #FerryLinks\n\nHarbour Daily\n12-08-2025\n- World\n"
    f"- Harbour Daily\n{HEADLINE}\n{TEXT}",
    "hashtag_alone": f"#FerryLinks\n\n{HEADLINE}\n\n{TEXT}",
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_the_headline_under_the_listing_chrome(name: str) -> None:
    assert read_article(PAGES[name]).title == HEADLINE


@pytest.mark.parametrize(
    "line",
    [
        "Ferry news with #FerryLinks trending across the delta",  # running words after
        "Why #FerryLinks became the delta's favourite tag",
        "Browse the latest ferry timetables online",
        "Viewing the delta from a night ferry",
        "Channel swimmers cross to the outer islands",
        "Harbour Town, May 5 (VNA) - Ferries resumed",  # a dateline
        "By Anna Berg",
        "Updated: May 5, 2024 10:12",
    ],
)
def test_headline_shaped_lines_are_not_listing_chrome(line: str) -> None:
    assert not load_scoring().chrome.fullmatch(line)


@given(st.integers(min_value=1, max_value=999999))
def test_any_article_count_on_a_mirror_is_chrome(count: int) -> None:
    assert load_scoring().chrome.fullmatch(f"Viewing all {count} articles")


# (fix31 4) "Press Briefing" alone over a briefing's headline: a section label
BRIEFING = (
    "Press Briefing\n\nBriefing of Ms. Ana Reyes with Transport Undersecretary Paolo Cruz\n\n"
    "MS. REYES: Good afternoon, and welcome to our briefing this Thursday on the new "
    "ferry routes to the southern islands.\n\n"
    "USEC. CRUZ: Thank you. The first boats will sail next month, and we expect them to "
    "carry some two thousand passengers a week.\n"
)


def test_a_press_briefing_label_is_no_outlet_and_no_headline() -> None:
    article = read_article(BRIEFING)
    assert article.outlet != "Press Briefing"
    assert article.title.startswith("Briefing of Ms. Ana Reyes")


@pytest.mark.parametrize(
    "line",
    [
        "Press briefing on ferry routes set for Monday",
        "Press Briefing of Ms. Ana Reyes with Undersecretary Paolo Cruz",
        "Daily press briefing: ferries resume",
        "Harbour Town, May 5 (VNA) - Ferries resumed",
    ],
)
def test_headlines_holding_the_words_are_no_section_label(line: str) -> None:
    assert not load_rules().scoring.section_label.fullmatch(line)


# (fix31 8) a picture's timestamp file name over the headline: no date, no headline
STAMPED = (
    "20170614 094122\n\nHarbour Town and Port Lia review a study on ferry wakes\n\n"
    "Harbour Town, Port Lia, 21 Jun 2017\n\n"
    "Officials of the two ports met in Harbour Town on 14 June 2017 to review a study of "
    "the wakes that ferries leave along the river banks.\n\n"
    "The study counted the boats passing eleven villages during the dry season.\n"
)


def test_a_pictures_timestamp_name_is_no_date_line() -> None:
    article = read_article(STAMPED)
    assert article.header_date is not None
    assert article.header_date.date_start.strftime("%Y-%m-%d") == "2017-06-21"
    assert article.title == "Harbour Town and Port Lia review a study on ferry wakes"


@pytest.mark.parametrize(
    "line",
    ["20170614", "2017-06-14 09:41:22", "14/06/2017 09:41", "20170614 ferry wakes report"],
)
def test_dates_with_their_times_are_no_timestamp_names(line: str) -> None:
    assert not load_scoring().chrome.fullmatch(line)
