"""A site's name printed beside other words (fix36d, placeholder pages): a page title's
last part after a dash or bar ("<headline> – Harbour NZ", "Vietnam - Delta wire News"
over a tag page) and a masthead glued to the lede ("TheHARBOURFerry ..."), kept in
``site_names`` so the page's unlisted address takes the name that spells it; the near
cases (a page title's last part or a glued masthead on another site's address, a date
closing a line, an acronym opening a lede) change nothing."""

from __future__ import annotations

from analysis.ingest.domain_sites import CREDIT_KINDS
from analysis.ingest.printed_site_names import (
    _CREDIT_KINDS,
    breadcrumb_root,
    double_colon_root,
    glued_masthead,
    title_part_name,
)
from tests.page_reading import read_page

_STORY = (
    "Ferry crews from both sides of the gulf train together at sea\n"
    "\n"
    "{lede}Ferry crews from two neighbouring countries held a joint rescue drill in the gulf "
    "on Sunday, the first since the route reopened last spring, port officials said.\n"
    "\n"
    "The drill lasted six hours and involved four ships and a helicopter.\n"
)
#: A copy of an agency's story under the page title the browser showed.
CREDITED = (
    "Ferry crews from both sides of the gulf train together at sea – Harbour NZ\n\n"
    + _STORY.format(lede="PORT LOUIS (Reuters) – ")
)
#: A tag page's title over its first item.
TAG_PAGE = "Vietnam - Delta wire News\n\n" + _STORY.format(lede="")
#: A masthead glued to the lede.
GLUED = _STORY.format(lede="TheHARBOUR")


def test_a_page_titles_last_part_names_the_site_it_spells() -> None:
    assert read_page(CREDITED, "https://www.harbour.nz/ferry-crews")["outlet"] == "Harbour NZ"
    assert (
        read_page(TAG_PAGE, "https://deltawirenews.com/tag/vietnam/")["outlet"] == "Delta wire News"
    )
    # negatives: another site's address keeps its domain
    assert read_page(CREDITED, "https://www.gulfcopy.net/ferry-crews")["outlet"] == "gulfcopy.net"
    assert read_page(TAG_PAGE, "https://otherwire.com/tag/vietnam/")["outlet"] == "otherwire.com"


def test_a_masthead_glued_to_the_lede_names_the_site_it_spells() -> None:
    assert read_page(GLUED, "https://e.theharbour.vn/ferry-crews-123.htm")["outlet"] == "TheHARBOUR"
    assert read_page(GLUED, "https://gulfcopy.net/ferry-crews")["outlet"] == "gulfcopy.net"


def test_the_parts_read() -> None:
    assert title_part_name("Talks open in Hanoi | Harbour Daily") == "Harbour Daily"
    # negatives: a date or a number closing a line, no spaced dash, a long clause
    assert title_part_name("Talks open in Hanoi - 12 May") == ""
    assert title_part_name("Hanoi-Haiphong ferry resumes") == ""
    assert title_part_name("Home | World | Business | Opinion") == ""
    assert title_part_name("Talks - and then the ferry crews from both sides met again") == ""
    assert glued_masthead("USAID said on Monday") == ""
    assert glued_masthead("The HARBOUR said on Monday") == ""
    assert glued_masthead("Ferry crews met") == ""


def test_the_credit_kinds_are_outlet_refines() -> None:
    assert _CREDIT_KINDS == CREDIT_KINDS


#: A wire's story under a reader's breadcrumb.
CRUMBS = "Harbourscreen Homepage  >  News  >  Economy  >  All News\n\n" + CREDITED.split("\n", 2)[2]


def test_a_breadcrumbs_first_crumb_names_the_site_it_spells() -> None:
    assert read_page(CRUMBS, "https://www.harbourscreen.com/news/ferry-1/")["outlet"] == (
        "Harbourscreen"
    )
    assert read_page(CRUMBS, "https://www.gulfcopy.net/news/ferry-1/")["outlet"] == "gulfcopy.net"
    # negatives: a crumb of "Home" alone, two crumbs, a sentence with a sign
    assert breadcrumb_root("Home > News > Asia") == ""
    assert breadcrumb_root("Harbourscreen > News") == ""
    assert breadcrumb_root("Prices rose > 5 % in May > June") == ""


#: A page copied as its title bar's one line, the site, the section and the headline joined
#: by double colons (fix42d, held-out 143).
COLON_BAR = "HARBOUR24::News::Ferry crews from both sides of the gulf train together at sea\n"


def test_a_double_colon_title_bars_first_part_names_the_site_it_spells() -> None:
    assert read_page(COLON_BAR, "https://www.harbour24.com/news/ferry-1")["outlet"] == "HARBOUR24"
    assert read_page(COLON_BAR, "https://www.gulfcopy.net/news/ferry-1")["outlet"] == "gulfcopy.net"
    # negatives: two parts, a clock, a long first part
    assert double_colon_root("HARBOUR24::Ferry crews train together") == ""
    assert double_colon_root("The drill began at 10::30::00") == ""
    assert double_colon_root("Ferry crews from both sides met::News::Gulf") == ""
