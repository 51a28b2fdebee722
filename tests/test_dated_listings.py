"""Tests of ``analysis.ingest.layout.dated_listings``: a dated listing's first item is the
headline when the header holds none (held-out 111: a think tank's "From the <Name> Blog"
listing and a program page whose items close with their dates), and the listing heading
"From the <Name> Blog" is page chrome (``chrome`` of ``data/header_scoring.yaml``)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.dated_listings import dated_items
from analysis.ingest.layout.lines import split_lines

#: A research centre's listing of its latest pieces: a blog heading, an intro sentence,
#: then items as a type label, a title, a teaser and the item's date alone on a line.
_BLOG_LIST = (
    "From the Harbour Institute Blog\n"
    "New pieces by our fellows on ports and shipping in Asia appear here before they move to "
    "the blog archive a month later.\n"
    "• Commentary\n"
    "Why Ferry Licences Matter More Than New Piers\n"
    "Piers are easy to build with a grant, but a common licence for crews lets boats cross a "
    "border river without waiting a day at each bank.\n"
    "Jun 4, 2023\n"
    "• Blog\n"
    "Four Charts on Dredging Costs\n"
    "Small ports borrow to deepen their channels, and the loans outlast the channels by many "
    "years, as our four charts on harbour budgets show.\n"
    "Jun 2, 2023\n"
)

#: A program page: its label and name, a one-line blurb, items closed by "· <date>".
_PROGRAM_PAGE = (
    "Program\n"
    "River Futures\n"
    "Research on the states of a shared river basin, written from the riverbank up rather "
    "than from the capitals of larger powers.\n"
    "Who Keeps the Delta's Ferries Running?\n"
    "Hundreds of small ferries still carry most of the delta's commuters, and their owners "
    "face new safety rules with little help to pay for them.\n"
    "· December 18, 2024\n"
    "A Container Terminal Comes to the Delta\n"
    "The new terminal promises jobs, but its dredging plans have worried farmers upstream "
    "who depend on the same channel for their boats.\n"
    "· October 22, 2024\n"
)


def test_a_blog_listings_first_item_is_the_headline() -> None:
    article = read_article(_BLOG_LIST)
    assert article.title == "Why Ferry Licences Matter More Than New Piers"


def test_a_program_pages_first_dated_item_is_the_headline() -> None:
    article = read_article(_PROGRAM_PAGE)
    assert article.title == "Who Keeps the Delta's Ferries Running?"
    assert article.author == ""  # the program's name is no writer


def test_the_blog_heading_is_chrome_and_never_the_headline() -> None:
    paras = read_article(_BLOG_LIST).paragraphs
    assert paras[0].kind == "boilerplate"
    for heading in ("Latest from the Blog", "More from Our Blog", "From our blog"):
        assert (
            read_article(_BLOG_LIST.replace("From the Harbour Institute Blog", heading)).title
            != heading
        )
    # Negative: a headline that only opens with the words stays a headline
    story = "From the Blog to the Boardroom: How Port Data Went Public\nBy Mara Quill\n" + (
        "Port officials once guarded their tide tables closely, but a small blog changed that "
        "when it began posting the readings every morning for the fishermen of the bay.\n"
    )
    assert read_article(story).title == "From the Blog to the Boardroom: How Port Data Went Public"


def test_one_dated_item_is_no_listing() -> None:
    """Negatives: a single item closed by a date (a press release's closing date), and an
    article whose subheadings carry no date lines, are no dated listing."""
    one = _PROGRAM_PAGE.split("A Container Terminal")[0]
    assert dated_items(_labelled(one)) == []
    article = (
        "Hanoi, May 5 (VNA) - Ferry operators in the delta met provincial officials on Friday "
        "to discuss new safety rules for small passenger boats on the river.\n"
        "New Licences\n"
        "The rules require a common licence for crews on routes that cross a provincial border, "
        "officials said, and will take effect next year.\n"
        "Updated: May 6, 2023\n"
    )
    assert dated_items(_labelled(article)) == []
    assert read_article(article).title != "New Licences"


def test_dated_items_are_found_in_order() -> None:
    paras = _labelled(_BLOG_LIST)
    assert [paras[i].text for i in dated_items(paras)] == [
        "Why Ferry Licences Matter More Than New Piers",
        "Four Charts on Dredging Costs",
    ]


def _labelled(text: str) -> list:
    """The paragraphs with only their date lines labelled, as the title step sees them."""
    paras = split_lines(text)
    for p in paras:
        if p.text.lstrip("· ").startswith(("Jun ", "December ", "October ", "Updated")):
            p.kind = "dateline"
    return paras


def test_a_dated_listing_is_dated_by_its_first_item_not_its_last() -> None:
    """The page is its first item: its date is the first item's date line, not the last
    item's that the date scorer reads nearest the body's end (held-out 111, fix33d)."""
    blog = read_article(_BLOG_LIST)
    assert blog.header_date is not None and str(blog.header_date.date_start.date()) == "2023-06-04"
    program = read_article(_PROGRAM_PAGE)
    assert str(program.header_date.date_start.date()) == "2024-12-18"
    # Negatives: one dated item, and an article closed by an update line, keep their dates.
    one = read_article(_PROGRAM_PAGE.split("A Container Terminal")[0])
    assert str(one.header_date.date_start.date()) == "2024-12-18"
    story = (
        "Ferry Rules Agreed\n"
        "Hanoi, May 5 (VNA) - Ferry operators in the delta met provincial officials on Friday "
        "to discuss new safety rules for small passenger boats on the river.\n"
        "Updated: May 6, 2023\n"
    )
    dated = read_article(story).header_date
    assert dated is None or str(dated.date_start.date()) != "2024-12-18"


# --- A month's list with no headline (held-out 82): dated as every listing is ---------

#: A portal's news list for one month, of our own: each item a date alone on its line,
#: two blank lines, its excerpt; the items' titles lost.
_MONTH_LIST = """May 28th, 2010


The new footbridge over the canal has opened to cyclists and walkers a month before its
official inauguration, and residents crossed it in the evening to look at the lights on the...


May 24th, 2010


The coffee growers of the highlands are preparing for their festival next spring, with
growers from five provinces invited to show their beans and their roasting methods.


May 19th, 2010


A reading room for the blind has opened in the city library, with recorded books.


May 12th, 2010


The ferry between the two islands will run twice a day from June.
"""


def _header_date(text: str) -> tuple[str, str]:
    found = read_article(text).header_date
    assert found is not None
    return str(found.date_start.date()), found.precision


def test_a_months_list_is_dated_by_its_first_items_day() -> None:
    """The zoo README's listing rule: a month's archive is its first item, whose day it
    prints (held-out 82's news list of one month; session 37 dropped the month rule)."""
    assert _header_date(_MONTH_LIST) == ("2010-05-28", "day")


def test_a_list_across_months_or_under_a_headline_keeps_its_day() -> None:
    across = _MONTH_LIST.replace("May 12th, 2010", "April 30th, 2010")
    assert _header_date(across) == ("2010-05-28", "day")
    headed = "Footbridge opens to cyclists\n\n" + _MONTH_LIST
    assert read_article(headed).title == "Footbridge opens to cyclists"
    assert _header_date(headed)[1] == "day"
    two = _MONTH_LIST.split("May 19th")[0]
    assert _header_date(two) == ("2010-05-28", "day")


@given(days=st.lists(st.integers(1, 28), min_size=3, max_size=8, unique=True))
def test_any_items_of_one_month_give_the_first_items_day(days: list[int]) -> None:
    excerpt = (
        "The ferry between the two islands ran on time that day, and the harbour office said "
        "the new timetable would stay in force until the end of the dry season..."
    )
    items = [f"June {day}, 2012\n\n\n{excerpt}\n\n\n" for day in days]
    assert _header_date("".join(items)) == (f"2012-06-{days[0]:02d}", "day")
