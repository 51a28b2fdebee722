"""Tests of ``analysis.ingest.layout.menus.indented_menu_item`` and
``opens_indented_menu`` (title77b, held-out 77): a site's menu printed one item a line,
its items indented alike under a flush-left first item, is furniture to its last item,
and neither its first item nor its last is the site's name or the headline."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.layout.menus import (
    MENU_RUN_MIN_LINES,
    indented_menu_item,
    opens_indented_menu,
)

# A consulate's old site (our own page, the layout of held-out 77's embassy page): the menu's
# first item flush left, the others indented alike, the last with digits; a breadcrumb, a
# long headline with no stop over an ISO date and time, the text.
CONSULATE = (
    "Consul General Informations\n"
    "     Consulate Informations\n"
    "     Trade & Investment\n"
    "     Visa & Passports\n"
    "     Study Abroad\n"
    "     Culture & Tourism\n"
    "     Consular Notices\n"
    "     Harvest Fair 2022\n"
    "HOME > Consular Notices\n"
    "Notice of the Consulate General on the Opening Hours of the Visa Office During the "
    "Rice Harvest Festival in the Northern Provinces and the Border Crossings\n"
    "2022-09-05 10:15\n\n"
    "The visa office will close at noon on the three days of the harvest festival. Urgent "
    "requests can still be made at the consular desk by telephone.\n\n"
    "Travellers who cross the border by road should allow more time, as the checkpoints "
    "expect more traffic than usual during the festival week.\n"
)


def test_every_indented_item_is_a_menu_item_even_the_last_with_digits() -> None:
    paras = split_lines(CONSULATE)
    texts = [p.text for p in paras]
    assert indented_menu_item(paras, texts.index("Harvest Fair 2022"))  # the run's last line
    assert indented_menu_item(paras, texts.index("Trade & Investment"))
    assert not indented_menu_item(paras, texts.index("Consul General Informations"))  # flush left
    assert not indented_menu_item(paras, texts.index("HOME > Consular Notices"))
    assert opens_indented_menu(paras, texts.index("Consul General Informations"))
    assert not opens_indented_menu(paras, texts.index("HOME > Consular Notices"))


def test_the_headline_under_an_indented_menu_is_read() -> None:
    article = read_article(CONSULATE)
    assert article.title.startswith("Notice of the Consulate General on the Opening Hours")
    assert article.outlet != "Consul General Informations"  # the menu's first item
    assert "Consular Notices" not in article.author  # a menu item is no writer


def test_too_few_indented_lines_are_no_menu() -> None:
    page = "Site Name\n   One Item\n   Two Items\n   Three Items\nA headline of our own\n"
    paras = split_lines(page)
    assert MENU_RUN_MIN_LINES == 4
    assert not any(indented_menu_item(paras, i) for i in range(len(paras)))
    assert not opens_indented_menu(paras, 0)


def test_a_sentence_ends_an_indented_run() -> None:
    # indented text closing a sentence is a quoted paragraph, not a menu item
    lines = ["   The river rose by a metre overnight."] * 5
    paras = split_lines("\n".join(lines) + "\n")
    assert not any(indented_menu_item(paras, i) for i in range(len(paras)))


_ITEM = st.lists(
    st.sampled_from(["Trade", "Visa", "Culture", "Notices", "Study", "Passports", "&", "2022"]),
    min_size=1,
    max_size=4,
)


@given(
    st.lists(_ITEM, min_size=1, max_size=10),
    st.sampled_from(["  ", "    ", "\t", "      "]),
)
def test_an_indented_run_is_a_menu_exactly_when_long_enough(
    items: list[list[str]], indent: str
) -> None:
    page = "".join(indent + " ".join(words) + "\n" for words in items)
    paras = split_lines(page)
    expected = len(items) >= MENU_RUN_MIN_LINES
    assert all(indented_menu_item(paras, i) == expected for i in range(len(paras)))
    flush = split_lines("Menu Head\n" + page)
    assert opens_indented_menu(flush, 0) == expected
