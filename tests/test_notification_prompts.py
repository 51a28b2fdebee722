"""Tests of the browser-notification entries of ``chrome`` in ``data/header_scoring.yaml``
(fix33a): a news site's bar asking to send notifications, naming the site, and its note on
browser preferences are never the headline."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.metadata import load_scoring

# A paper's obituary page (placeholder text): the notification bar, its note, the headline,
# the writer, the date, then the text.
PAGE = (
    "Stay up to date with notifications from The Harbour Courier\n\n"
    "Notifications can be managed in browser preferences.\n\n"
    "Obituary: Le Thi Hoa\n\n"
    "Mai Tran\n"
    "Friday 20 June 1997 23:02 BST\n\n"
    "Le Thi Hoa ran the ferry office at the old harbour for thirty years and knew the name of "
    "every captain who ever sailed from it, her colleagues said on Friday.\n\n"
    "She is survived by a son and two grandchildren.\n"
)


def test_the_notification_bar_is_not_the_headline() -> None:
    assert read_article(PAGE).title == "Obituary: Le Thi Hoa"


@pytest.mark.parametrize(
    "line",
    [
        "Stay up to date with notifications from The Harbour Courier",
        "Keep informed with push notifications from Harbour Courier",
        "Get browser notifications from The Harbour Courier",
        "Notifications can be managed in browser preferences.",
        "Notifications can be turned off in your browser settings",
    ],
)
def test_notification_prompts_are_chrome(line: str) -> None:
    assert load_scoring().chrome.match(line)


@pytest.mark.parametrize(
    "line",
    [
        "Storm alerts from the coast guard reach fishing boats",  # a headline about alerts
        "Fishermen stay up to date with storm alerts",  # no sender named
        "Hanoi, May 5 (VNA) -",
        "By Nguyen Van An",
        "Notifications of the new ferry fares go out to passengers",
    ],
)
def test_headlines_about_alerts_are_not_chrome(line: str) -> None:
    assert not load_scoring().chrome.match(line)
