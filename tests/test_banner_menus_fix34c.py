"""Tests for ``analysis.ingest.layout.menus`` (fix34c): a site's tagline and name printed
over its indented menu with a submenu are its banner, not the headline; on placeholder
pages."""

from __future__ import annotations

from types import SimpleNamespace

from analysis.ingest.layout import read_article
from analysis.ingest.layout.menus import indented_menu_item, over_menu_run

_LEDE = (
    "Night buses between the two border towns will run every hour from next month, the "
    "transport office said on Monday, after a year of trials on weekends only."
)

_MENU = [
    "  • Home",
    "  • About Us",
    "    • Our Members",
    "    • Our Partners",
    "  • Archive",
    "  • 2019 River Forum",
]


def _paras(*texts: str) -> list[SimpleNamespace]:
    return [
        SimpleNamespace(text=t.strip(), raw=t, kind="", line=n + 1) for n, t in enumerate(texts)
    ]


def test_tagline_over_name_over_menu_is_not_the_headline():
    page = "\n".join(
        [
            "Watching the rivers of the region",
            "River Notes",
            *_MENU,
            "",
            "Night Buses Join the Border Towns",
            "",
            "6/14/2016",
            "",
            _LEDE,
        ]
    )
    assert read_article(page).title == "Night Buses Join the Border Towns"


def test_banner_lines_over_a_menu_with_a_submenu():
    ps = _paras("Watching the rivers of the region", "River Notes", *_MENU)
    assert indented_menu_item(ps, 2, submenus=True)  # "  • Home": its submenu stands deeper
    assert not indented_menu_item(ps, 2)  # alike only: a name over it stays a site's name
    assert over_menu_run(ps, 0)  # the tagline, two lines over the menu


def test_not_over_a_menu():
    # a blank line between the line and the menu: a headline under a banner
    ps = _paras("Night Buses Join the Border Towns", *_MENU)
    ps[1:] = [SimpleNamespace(**{**vars(q), "line": q.line + 1}) for q in ps[1:]]
    assert not over_menu_run(ps, 0)
    # three lines over the menu: beyond a banner's two
    ps = _paras(
        "Night Buses Join the Border Towns", "a standfirst of the story", "River Notes", *_MENU
    )
    assert not over_menu_run(ps, 0)
    # lines of differing indents that close a label: no menu
    ps = _paras("Watching the rivers", "  • Home", "    • Resize:", "  • A", "  • Donate")
    assert not indented_menu_item(ps, 1, submenus=True)
    assert not over_menu_run(ps, 0)


def test_a_label_line_ends_the_banner():
    # a line two lines over a run of names under a label: an affiliation, no banner
    names = ["Carmen Ortiz Vela", "Lecturer Of Rivers", "Pham Van Minh", "Reader In Ports"]
    ps = _paras("1,2 Fellow, River Institute", "Corresponding Authors:", *names)
    assert not over_menu_run(ps, 0)
