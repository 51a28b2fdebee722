"""Tests of ``topic_kickers``: a topic kicker on a paper's first line ("Asean Summit:
Singapore") over the headline, a standfirst and captions is no headline (held-out 98's
miss, fix31). Placeholder pages; colon headlines, labels over a question and datelines
are no kickers."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.topic_kickers import place_kicker, place_kicker_features, topic_kicker

HEADLINE = "Harbour Town and Port Lia to share ferry timetables through a joint office"
PAGE = (
    "{kicker}\n\n{headline}\n\nOffice to open next spring, says port chief\n\n"
    "Port officials at the quay in Harbour Town on Friday.\n"
    "Port officials at the quay in Harbour Town on Friday.PHOTO: HARBOUR OFFICE\n\n"
    "Harbour Town and Port Lia will open a joint office to share ferry timetables, the "
    "port chief said on Friday after talks with his counterpart.\n\n"
    "The office will publish one timetable for both ports from next spring.\n"
)


@pytest.mark.parametrize(
    "kicker", ["Ferry Summit: Harbour Town", "Coronavirus: Port Lia", "Budget 2024: Ports"]
)
def test_the_headline_under_a_topic_kicker(kicker: str) -> None:
    assert read_article(PAGE.format(kicker=kicker, headline=HEADLINE)).title == HEADLINE


@pytest.mark.parametrize(
    ("line", "below"),
    [
        ("Interview: Le Minh Chau", "How are the ferry ports adapting to demand?"),
        ("Ferry talks: the ports agree to share timetables", HEADLINE),  # a colon headline
        ("Harbour Town, May 5 (VNA) - Ferries resumed", HEADLINE),
        ("Mekong Ports: Emerging Trade Architecture In The Delta", HEADLINE),  # too long
        ("Ferry summit: harbour town", HEADLINE),  # not capitalised
    ],
)
def test_lines_that_are_no_topic_kicker(line: str, below: str) -> None:
    assert not topic_kicker(line, below)


# (fix33a) A magazine's blog post (placeholder text): a kicker naming two places over a
# headline as short as itself, then one paragraph.
PLACE_PAGE = (
    "{kicker}\n{headline}\n\n"
    "OUR correspondent in Vientiane has filed a post about a new river port that Thailand is "
    "paying for. The government likes it. Some of its critics do not.\n\n"
    "Reuse this content\n"
)


@pytest.mark.parametrize("kicker", ["Laos and Thailand", "Laos, Thailand & Cambodia"])
def test_a_short_headline_under_a_place_kicker(kicker: str) -> None:
    page = PLACE_PAGE.format(kicker=kicker, headline="A port too far")
    assert read_article(page).title == "A port too far"


def _paras(*texts: str) -> list[Paragraph]:
    return [Paragraph(raw=t, text=t, line=i + 1, block=i) for i, t in enumerate(texts)]


@pytest.mark.parametrize(
    ("top", "below"),
    [
        ("Laos", "A port too far"),  # one place: a country profile's headline
        ("Laos and its neighbours", "A port too far"),  # not only places
        ("Laos and Thailand", "The two governments agreed on Monday to build a port."),  # a lede
        ("Hanoi, May 5 (VNA) -", "A port too far"),  # a dateline
        ("By Nguyen Van An", "A port too far"),  # a byline
        ("laos and thailand", "A port too far"),  # not capitalised
    ],
)
def test_no_place_kicker_without_its_shape(top: str, below: str) -> None:
    paras = _paras(top, below, "The government likes it. Some of its critics do not, they say.")
    assert place_kicker_features(paras, 0) == []
    assert place_kicker_features(paras, 1) == []


def test_a_place_kicker_names_places_only() -> None:
    assert place_kicker("Vietnam and Cambodia")
    assert not place_kicker("Vietnam and Cambodia sign a bridge deal")
