"""Tests of the ``chrome`` and ``chrome_prose`` entries of ``data/header_scoring.yaml``
added for held-out 90: a section's "More <Section> News" link, the site's requests about
the reader's browser ("Make us your home page", "Please Update your browser" and its
notice), a radio station's player bar (frequencies, buttons, a counter at zero, the
licensee and its postal address) and a summary page's "Key Topics" label. None is ever the
headline or a writer (placeholder pages in the fixtures' layouts)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.metadata import load_scoring

HEADLINE = "Ferry service to the outer islands resumes after repairs"
TEXT = (
    "HARBOUR TOWN — The ferry service to the outer islands resumed on Monday after two "
    "weeks of repairs to the landing stage, the port office said.\n\n"
    "The first boat left at seven in the morning with forty passengers and a load of rice.\n"
)

PAGES = {
    # a chain paper's copy of a wire story: the section's link over the headline
    "more_link": f"More Politics News\n\n{HEADLINE}\n\nThe Associated Press\n\n"
    f"October 16, 2017\n\n{TEXT}",
    # a paper's bookmark prompt over the headline
    "home_page": f"Make us your home page\n\n{HEADLINE}\n\n{TEXT}",
    # a paper's notice to old browsers over its masthead and headline
    "browser": "ThePaper\n\nPlease Update your browser\n\nYour browser is out of date, and "
    "may not be compatible with our website. A list of the most popular web browsers can be "
    "found below.\nJust click on the icons to get to the download page.\n\nThe Paper\n\n"
    f"{HEADLINE}\n\nBy Lan Pham\nHarbour Town\nTue, October 11, 2022\n\n{TEXT}",
    # a public radio station's player bar over a transcript's headline
    "radio": "© 2026 KXYZ / Harbour Public Radio\n91.1 Harbour Town / 90.5 Riverside\n"
    "Pine Hill Broadcasting, Inc\n120 Quay St. Harbour Town, CA 93000\n"
    "91.1 Harbour Town | 90.5 Riverside\nPlay Live Radio\nNext Up:\n0:00\n0:00\n0:00 0:00\n"
    f"Available On Air Stations\n\n{HEADLINE}\n\n{TEXT}",
    # a blog's reading widget: its instruction (Vietnamese around "open link in New tab")
    # over the post's date header (fixmix, held-out 94)
    "widget": "RIVER BLOG – SHARE KNOWLEDGE AND IMPROVE LANGUAGE\n\nTXT-TO-SPEECH\n\n"
    "Click phải, chọn open link in New tab, chọn ngôn ngữ, dán văn bản vào và Click SAY – "
    "văn bản sẽ được đọc bằng giọng nam hoặc nữ\n\n- HOME\n\nTuesday, August 18, 2015\n\n"
    f"{HEADLINE}\n\nBy Lan Pham\n\n{TEXT}",
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_the_headline_under_the_chrome(name: str) -> None:
    assert read_article(PAGES[name]).title == HEADLINE


def test_a_summary_pages_key_topics_label_is_no_writer() -> None:
    page = f"{HEADLINE}\n\n{TEXT}\n\nKey Topics\n\nTransport, Harbours, Ferries\n"
    assert read_article(page).author == ""


@pytest.mark.parametrize(
    "line",
    [
        "More news from the islands",  # no section noun closing the line
        "Update on the ferry repairs",  # no "your"
        "91.1 percent of ferries run on time",  # a figure, not frequencies
        "Harbour Inc fined for late ferries",  # a firm named inside a sentence
    ],
)
def test_headline_shaped_lines_are_not_chrome(line: str) -> None:
    assert not load_scoring().chrome.fullmatch(line)


@given(st.sampled_from(["Politics", "Business", "World", "Sports", "Asia Pacific"]))
def test_any_sections_more_link_is_chrome(section: str) -> None:
    assert load_scoring().chrome.fullmatch(f"More {section} News")
