"""The header a headline is looked for in (``layout/header_reach.py``, held-out 130): the
items of a menu printed one item a line do not use up its reach, so a headline under a
long menu is still a candidate; with no menu the reach is as before, and a menu run's last
line (a short headline may stand right under a menu) counts."""

from __future__ import annotations

from analysis.ingest.layout.header_reach import header_end
from analysis.ingest.layout.lines import split_lines

MENU = ["Front Page", "World", "Africa", "Americas", "Asia-Pacific", "Europe"]
HEAD = ["Daily Wire Online", " You are in: World"]


def test_menu_items_do_not_use_up_the_reach() -> None:
    paras = split_lines(
        "\n".join([*HEAD, *MENU, "Talks open.", "Ports 3.", "Day 2.", "Rain 4."]) + "\n"
    )
    # six menu items, the last counted: five set aside, so four lines reach index 9
    assert header_end(paras, len(paras), 4) == 9


def test_without_a_menu_the_reach_is_unchanged() -> None:
    lines = ["Daily Wire Online", "Monday, 5 March, 2001", "River ports open to barges"]
    lines += ["Barges moored at a quay", "The first barges are due next month"]
    paras = split_lines("\n".join(lines) + "\n")
    assert header_end(paras, len(paras), 3) == 3
    assert header_end(paras, 2, 3) == 2  # never past the text's first line
    assert header_end(paras, 10, 24) == len(paras)


def test_a_short_run_is_no_menu() -> None:
    paras = split_lines(
        "\n".join(["Home", "News", "World", "Talks open.", "Ports 3.", "Day 2."]) + "\n"
    )
    assert header_end(paras, len(paras), 3) == 3  # three short lines: fewer than a menu's four
