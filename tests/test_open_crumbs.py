"""A headline right under a breadcrumb trail closed by its separator
(``layout/open_crumbs.py``, fix38a): an old ministry page's "Home » Press room » Newsroom
»" over its own title wins over the release's reference line and its first part's heading.
A trail whose last crumb is printed, a single crumb and a line two blank lines down are no
such case."""

from __future__ import annotations

import pytest

from analysis.ingest.layout.lines import split_lines
from analysis.ingest.layout.open_crumbs import open_crumb_trail, under_open_crumb
from tests.page_reading import read_page

PAGE = [
    "Home page     Newsletter    Feedback   Weblinks",
    "  Home » Press room » Newsroom »  ",
    "",
    "Press Release No 11 - June 3rd, 2006",
    "",
    "Press & Information Department, Ministry of Foreign Affairs",
    "",
    "No: 11/TCBC                                   Date: June 3rd , 2006",
    "______________________________________________________________",
    "",
    "I- MAIN ACTIVITIES IN THE 1st HALF OF JUNE 2006",
    "",
    "1. On 1st June 2006, a delegation of river port managers went to Vientiane for talks on "
    "the barge service between the two countries.",
    "2. On 2nd June 2006, the Deputy Foreign Minister received the new Lao ambassador and "
    "discussed the border markers still to be planted.",
]


def test_the_title_under_an_open_trail_is_the_headline() -> None:
    assert read_page("\n".join(PAGE) + "\n")["title"] == "Press Release No 11 - June 3rd, 2006"


@pytest.mark.parametrize(
    "trail",
    ["Home » Press room » Newsroom »", "Trang chủ   >  News & Events  >   News  >", "A › B ›"],
)
def test_open_trails(trail: str) -> None:
    assert open_crumb_trail(trail)


@pytest.mark.parametrize(
    "line",
    [
        "Home » News » Border markers completed",  # the last crumb printed
        "News »",  # one crumb: a link
        "Read more »",
        "Home » The ministers of the two countries met today to discuss the ports »",  # a crumb too long
        "Home / News /",  # slashes: an address's path, not read here
    ],
)
def test_lines_that_are_no_open_trail(line: str) -> None:
    assert not open_crumb_trail(line)


def test_a_line_two_blank_lines_under_the_trail_is_not_taken() -> None:
    paras = split_lines("Home » Press room »\n\n\nEnvoys meet on river ports")
    assert under_open_crumb(paras, 1) == []
