"""Tests for ``analysis.ingest.host_name_titles`` (fix40a): a title that is only the site's
own name, spelled by its address's host, is no headline; the headline under it is, or none,
on placeholder pages read with their address as a sidecar gives it."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.ingest.host_name_titles import host_labels, is_host_name
from benchmarks.accuracy import read_one

URL = "https://thedeltaferryreview.com/blog-category/ferries/page/2/"

#: A paged category listing: the site's name, its tagline, a search box's labels, then the
#: first item's headline, its date label, a caption and its text.
LISTING = [
    "The Delta Ferry Review",
    "",
    "All the news and notes about the changes in the Delta Ferry Review's towns",
    "",
    "Generic selectors",
    "Exact matches only",
    "Search in title",
    "Search in content",
    "Post Type Selectors",
    "Filter by Categories",
    "",
    "Delta towns agree on a shared ferry timetable",
    "",
    " Time: March 14, 2022  ",
    "",
    "TOWNVILLE: Officials of three river towns met on Sunday to agree on the hours of the "
    "night ferries that cross between them.",
    "",
    "The towns will review the timetable after the rainy season, when the river runs high.",
]

#: A copy whose headline is gone: the site's name, then the text.
NO_HEADLINE = [
    "The Delta Ferry Review",
    "",
    "Officials of three river towns met on Sunday to agree on the hours of the night ferries "
    "that cross between them.",
    "",
    "The towns will review the timetable after the rainy season, when the river runs high.",
]


def _title(tmp_path: Path, lines: list[str], url: str = URL) -> str:
    path = tmp_path / "page.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(read_one(path, url)[0]["title"])


def test_site_name_gives_way_to_the_first_item_headline(tmp_path: Path) -> None:
    assert _title(tmp_path, LISTING) == "Delta towns agree on a shared ferry timetable"


def test_site_name_over_a_copy_without_headline_is_no_title(tmp_path: Path) -> None:
    assert _title(tmp_path, NO_HEADLINE) == ""


def test_a_name_the_host_does_not_spell_stays(tmp_path: Path) -> None:
    url = "https://www.othersite.com/2022/03/ferries.html"
    assert _title(tmp_path, LISTING, url) == "The Delta Ferry Review"


@pytest.mark.parametrize(
    ("title", "url", "expected"),
    [
        ("The Delta Ferry Review", URL, True),
        ("The Placeholder-River Post", "https://theplaceholderriverpost.org/a", True),
        ("Ferry Review", URL, False),
        ("Placeholder", "https://placeholder.com/a", False),  # one word: as often a topic
    ],
)
def test_is_host_name(title: str, url: str, expected: bool) -> None:
    assert is_host_name(title, url) is expected


def test_host_labels_skip_editions_registries_and_the_top_level_domain() -> None:
    # an edition's label ("www", "news": url_domains.host_prefixes) and a registry's second
    # level ("co" of ".co.uk") name no site (url_sites.site_labels)
    assert host_labels("https://www.news.placeholder-post.co/a") == ["placeholderpost"]
    assert host_labels("https://the-new-x.co.uk/a") == ["thenewx"]
