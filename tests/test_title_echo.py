"""Tests of ``analysis.ingest.title_echo``: the page's own headline at the foot of a stack
of links to other stories (misses27; held-out 71's provincial portal, its layout)."""

from __future__ import annotations

from pathlib import Path

from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.title_echo import echoed_in_lede, stack_headline

LAYOUTS = Path(__file__).parent / "data" / "layouts"
PORTAL = (
    "dufo_dongnai_colour_switch_vietnamese_weekday_today_date_other_titles_before_headline"
    "_standfirst_subheading_no_date.txt"
)
LEDE = (
    "The river ferry cooperative has bought two new boats for the night crossing, and "
    "passengers will wait half as long at the piers from next month."
)


def test_the_portals_own_headline_under_two_links_wins() -> None:
    article = read_article((LAYOUTS / PORTAL).read_text(encoding="utf-8"))
    assert article.title == "Friendship union opens a language club for workers at Japanese firms"


def test_the_lede_echoes_its_headline_not_other_stories() -> None:
    assert echoed_in_lede("Ferry cooperative buys boats for the night crossing", LEDE)
    assert not echoed_in_lede("Province marks the anniversary of its founding", LEDE)
    assert not echoed_in_lede("Night ferries", LEDE)  # too few words to compare


def _page(*header: str) -> list:
    paras = split_lines("\n".join([*header, LEDE]) + "\n")
    return paras


def test_a_stack_needs_two_links_above_the_echoed_line() -> None:
    stacked = _page(
        "Province marks the anniversary of its founding",
        "Teachers' festival opens in the provincial capital",
        "Ferry cooperative buys boats for the night crossing",
    )
    assert stack_headline(stacked, 2, 3)
    # a headline over its deck: one line above, no stack
    deck = _page("Night Boats Return", "Ferry cooperative buys boats for the night crossing")
    assert not stack_headline(deck, 1, 2)
    # the same lines with blank lines between: headlines of a digest, no block of links
    spaced = split_lines("\n\n".join([*(p.text for p in stacked[:3]), LEDE]) + "\n")
    assert not stack_headline(spaced, 2, 3)
    # the line above is echoed too: a headline over its standfirst, no links
    echoed = _page(
        "Province marks the anniversary of its founding",
        "Ferry cooperative adds boats on the night crossing",
        "Passengers at the piers will wait half as long for the night ferry",
    )
    assert not stack_headline(echoed, 2, 3)
