"""A listing's first item printed as a lone bulleted line over its date ("• Episode
title" / "Jul 9 2025" on a podcast's episode list) is the page's title, no menu item
(fix32b, held-out 99's podcast page; ``title_scoring._list_item``)."""

from __future__ import annotations

from analysis.ingest.layout import read_article

_LIST = (
    "Episodes\n\n"
    "• The Night Ferries of the Delta with Le Thi Hoa\n"
    "Jul 9 2025\n"
    "In this episode we ride the last night ferries of the delta and hear why the crews "
    "want the timetable kept.\n\n"
    "More Less\n\n"
    "34 m\n\n"
    "• Bridges That Replaced the Boats with Tran Van Binh\n"
    "Jun 11 2025\n"
    "This episode asks what the new bridges did to the towns that lived from the ferries "
    "and their passengers.\n"
)


def test_the_first_dated_bullet_item_is_the_title() -> None:
    article = read_article(_LIST)
    assert article.title == "The Night Ferries of the Delta with Le Thi Hoa"


def test_negatives_menu_items_stay_items() -> None:
    # a bulleted menu (bullets next to each other) over a dated headline: the headline wins
    menu = read_article(
        "• Home\n• World News\n• Business and Trade\n\n"
        "Ferries return to the delta\n"
        "May 5, 2025\n"
        "Hanoi, May 5 (VNA) - The ferries of the delta ran again on Monday after a month of "
        "repairs, the transport ministry said.\n"
    )
    assert menu.title == "Ferries return to the delta"
    # a short bulleted word over a site clock is no headline
    clock = read_article(
        "• Contact\n"
        "Monday, May 5, 2025\n\n"
        "Ferries return to the delta\n\n"
        "By Nguyen Van An\n\n"
        "The ferries of the delta ran again on Monday after a month of repairs, the "
        "transport ministry said.\n"
    )
    assert clock.title == "Ferries return to the delta"


def test_a_bulleted_button_between_two_dates_is_no_title() -> None:
    # a share button between the site's clock and the story's date (a real zoo form)
    page = read_article(
        "November 23, 2025 | 11:45 GMT +7\n\n"
        "• Click to copy link\n\n"
        "Tuesday- 14:20, 16/05/2023\n\n"
        "Delta cooperatives test a new rice seed\n\n"
        "(VAN) On May 15, a seed centre in the delta handed over a new rice variety to "
        "twelve cooperatives for trials this season.\n"
    )
    assert page.title == "Delta cooperatives test a new rice seed"
