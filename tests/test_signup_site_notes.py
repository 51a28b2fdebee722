"""Tests for the sign-up lines of ``site_notes`` (``data/header_scoring.yaml``), held-out
114: a WordPress site's "Discover more from <Site> | <tagline>" names the site; "Subscribe
to get the latest posts sent to your email" names none. Placeholder pages."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.page_rules import load_rules, scoring_of

#: A defence blog's post saved whole (placeholder text about a lighthouse survey).
BLOG_POST = (
    "Survey crews begin mapping four island lighthouses\n\n"
    "Survey crews have started mapping four island lighthouses off the central coast, the "
    "maritime administration said on Monday, and the work will take most of the dry season. "
    "The new maps will show each light's range and the reefs around it.\n\n"
    "The lights were last surveyed in the 1990s, when far fewer ships used the channels, and "
    "two of them were moved after a storm damaged their towers in 2017.\n\n\n"
    "Discover more from Harbour Lines | Maritime News and Pictures\n\n"
    "Subscribe to get the latest posts sent to your email.\n\n"
    "Leave a Reply\n\n"
    "Your email address will not be published. Required fields are marked *\n"
)


def _site_name(line: str) -> str:
    for pattern in scoring_of(load_rules()).site_notes:
        found = pattern.match(line)
        if found:
            return found.group("name").strip(" .,")
    return ""


def test_the_sign_up_box_names_the_site_not_its_subscribe_line():
    article = read_article(BLOG_POST)
    assert article.outlet == "Harbour Lines"
    assert article.title == "Survey crews begin mapping four island lighthouses"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Discover more from Harbour Lines | Maritime News and Pictures", "Harbour Lines"),
        ("Discover more from River Notes", "River Notes"),
        ("Subscribe to Asia Review to keep reading this post", "Asia Review"),
    ],
)
def test_sign_up_lines_naming_a_site(line: str, name: str):
    assert _site_name(line) == name


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe to get the latest posts sent to your email.",
        "Subscribe to our newsletter for the latest news",
        "Discover more from our archive",
        "Discover more from the delta in our photo gallery this week",
        "Hanoi (VNA) - Visitors can discover more from the museum's new guide.",
    ],
)
def test_sign_up_lines_naming_no_site(line: str):
    assert _site_name(line) == ""
