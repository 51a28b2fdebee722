"""Tests of ``analysis.ingest.layout.menus``: a site's menu printed one item a line at
the top of the page ("Home" / "News" / "Poetry Corner") is page furniture."""

from __future__ import annotations

from hypothesis import given

from analysis.core.text import count_words
from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import HEADER_REACH, split_lines
from analysis.ingest.layout.menus import (
    MENU_ITEM_MAX_WORDS,
    home_link,
    in_menu_run,
    label_menu_runs,
    over_menu_run,
)
from analysis.ingest.page_rules import load_rules, scoring_of
from tests.strategies import articles

RULES = load_rules()


def kinds(text: str) -> list[tuple[str, str]]:
    paras = split_lines(text)
    label_menu_runs(paras, RULES)
    return [(p.text, p.kind) for p in paras]


def test_items_after_two_section_labels_are_boilerplate() -> None:
    label = scoring_of(RULES).section_label
    assert label.match("Home") and label.match("News")
    found = kinds("Home\nNews\nPoetry Corner\nJoin the Club\nParty delegation visits Laos today\n")
    assert found == [
        ("Home", ""),  # the labels themselves are left to the furniture rules
        ("News", ""),
        ("Poetry Corner", "boilerplate"),
        ("Join the Club", "boilerplate"),
        ("Party delegation visits Laos today", ""),  # longer than a menu item
    ]


def test_one_label_is_not_a_menu() -> None:
    assert kinds("Home\nPoetry Corner\n") == [("Home", ""), ("Poetry Corner", "")]


def test_a_blank_line_ends_the_run() -> None:
    assert kinds("Home\nNews\n\nNguyen Hong\n")[-1] == ("Nguyen Hong", "")


def test_items_with_digits_or_punctuation_end_the_run() -> None:
    found = kinds("Home\nNews\nMay 2024\nPoetry Corner\n")
    assert found[2:] == [("May 2024", ""), ("Poetry Corner", "")]


def test_labelled_lines_are_not_relabelled() -> None:
    paras = split_lines("Home\nNews\nNguyen Hong\n")
    paras[2].kind = "byline"
    label_menu_runs(paras, RULES)
    assert paras[2].kind == "byline"


def test_menus_below_the_header_are_left() -> None:
    filler = "".join(f"Sentence number {i}.\n\n" for i in range(2 * HEADER_REACH))
    assert kinds(filler + "Home\nNews\nPoetry Corner\n")[-1] == ("Poetry Corner", "")


@given(articles())
def test_only_short_unlabelled_lines_become_boilerplate(text: str) -> None:
    paras = split_lines(text)
    before = [p.kind for p in paras]
    label_menu_runs(paras, RULES)
    for was, p in zip(before, paras, strict=True):
        if p.kind != was:
            assert (was, p.kind) == ("", "boilerplate")
            assert count_words(p.text) <= MENU_ITEM_MAX_WORDS


#: The old English site of a mass organisation (held-out 71): its motto, the day the page
#: was seen, seven menu items one a line, a visitor counter, the headline, its date.
_PORTAL = (
    "Đoàn kết - Sáng tạo - Hội nhập - Phát triển\nToday, Mar 11,2019\n"
    "12th Vietnam National Women's Congress\n"
    "International Forum on Women, Peace and Development\nInternational Relations\n"
    "Women's Insights\nGender and Development\nOversea Vietnamese Women\nJob Recruitment\n"
    "Visitor: 72410356\n"
    "Union and a bank sign a plan on loans for women-led farm cooperatives\n"
    "Posted: Feb 26,2019\n"
    "The Vietnam Women's Union and a state bank signed a plan in Hanoi on February 25 to "
    "widen loans for farm cooperatives led by women.\n"
)


def test_a_run_of_short_capitalised_lines_is_a_menu_but_for_its_last_line() -> None:
    paras = split_lines(_PORTAL)
    texts = [p.text for p in paras]
    assert in_menu_run(paras, texts.index("Gender and Development"))
    assert in_menu_run(paras, texts.index("International Relations"))
    assert not in_menu_run(paras, texts.index("Job Recruitment"))  # the run's last line
    headline = texts.index("Union and a bank sign a plan on loans for women-led farm cooperatives")
    assert not in_menu_run(paras, headline)  # too long for an item
    short = split_lines("Home\nNews\nParty Delegation Visits Laos\n" + _PORTAL.splitlines()[-1])
    assert not in_menu_run(short, 0)  # three lines: too few for a menu


def test_a_menu_item_is_not_read_as_the_headline() -> None:
    from analysis.ingest.layout import read_article

    article = read_article(_PORTAL)
    assert article.title == "Union and a bank sign a plan on loans for women-led farm cooperatives"


#: An association's page (placeholder text): its name, then its menu one item a line, the
#: first item its link home, then the headline and the statement.
HOME_LINK_PAGE = (
    "RCA: River Cyclists Association\n"
    "RCA Home\n"
    "About RCA\n"
    "Contact Us\n"
    "Membership\n"
    "Ride Calendar\n"
    "\n"
    "RCA greets the opening of the new towpath along the canal\n"
    "\n"
    "The association welcomed the opening of the towpath on Saturday, when three hundred "
    "riders and walkers followed the canal from the old lock to the harbour.\n"
)


def test_a_menus_link_home_is_not_the_sites_name() -> None:
    """held-out 82: "VVAW Home" as the menu's first item was read as the outlet; a name
    closed by "Home" inside a menu run is the menu's link home. A name closed by "Home"
    alone (no run) is not."""
    paras = split_lines(HOME_LINK_PAGE)
    assert home_link(paras, 1)
    assert not home_link(paras, 2)  # "About RCA": an item, but no link home
    assert not home_link(split_lines("RCA Home\n\nA headline about the canal\n"), 0)
    assert read_article(HOME_LINK_PAGE).outlet != "RCA Home"


#: A club's statement page (placeholder text): its banner over its menu one item a line,
#: a donation link, the statement's headline, its writer, the day and the statement.
BANNER_PAGE = (
    "RCA: River Cyclists Association\n"
    "RCA Home\n"
    "About RCA\n"
    "Contact Us\n"
    "Membership\n"
    "Ride Calendar\n"
    "FAQ\n"
    "\n"
    "\n"
    "Donate\n"
    "\n"
    "RCA Thanks the Volunteers of the Canal Towpath\n"
    "\n"
    "By Rowan Ashby\n"
    "\n"
    "October 3, 2007\n"
    "\n"
    "The association thanked the volunteers who cleared the towpath on Saturday, when three "
    "hundred riders and walkers followed the canal from the old lock to the harbour.\n"
)


def test_a_banner_over_the_menu_is_not_the_headline() -> None:
    """held-out 82 (miss30): the site's banner right over its menu's first item was chosen
    as the headline over the statement's own (feature ``over_menu_run``)."""
    paras = split_lines(BANNER_PAGE)
    assert over_menu_run(paras, 0)
    assert not over_menu_run(paras, 1)  # the menu's first item itself
    assert not over_menu_run(paras, 4)  # inside the run
    assert read_article(BANNER_PAGE).title == "RCA Thanks the Volunteers of the Canal Towpath"


def test_a_headline_over_a_short_list_is_left() -> None:
    """Three short lines are no menu: the line over them is not a banner."""
    page = "Riders Clear the Towpath\nRCA Home\nAbout RCA\nContact Us\n\nThe riders met.\n"
    assert not over_menu_run(split_lines(page), 0)
    blank = BANNER_PAGE.replace("Association\nRCA Home", "Association\n\nRCA Home")
    assert not over_menu_run(split_lines(blank), 0)  # a blank line parts banner and menu
