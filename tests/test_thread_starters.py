"""A forum thread's title over its starter line (``layout/thread_starters.py``, fix38a):
"Discussion in 'Forum' started by login, date." under the title makes the title the
headline, even in the board's language over pasted English text, and the line, labelled a
dateline, dates the page. A sentence about something "started by" someone, a starter line without the forum's
name in quotes and a line with a blank line too many between are no such line."""

from __future__ import annotations

import pytest

from analysis.ingest.layout.lines import split_lines
from analysis.ingest.layout.thread_starters import (
    label_starter_lines,
    over_thread_starter,
    thread_starter_line,
)
from tests.page_reading import read_page

PASTED = [
    "NEW DELHI (AFP) - Vietnam and India agreed on Thursday to open a direct river freight "
    "service between two of their ports, officials said after talks in the capital.",
    "The two sides also agreed to train customs officers together and to publish a joint "
    "list of the goods the service will carry in its first year.",
]


def _page(title: str, starter: str) -> str:
    return "\n".join(
        ["  1. Notice to members: new moderators", "", title, "", starter, "", *PASTED]
    )


def test_a_vietnamese_thread_title_over_its_starter_line_is_the_headline() -> None:
    row = read_page(
        _page(
            "Báo chí nước ngoài viết về cảng sông",
            "Chủ đề trong 'Anh (English Club)' bởi lan_h77, 14/08/2008.",
        )
    )
    assert row["title"] == "Báo chí nước ngoài viết về cảng sông"
    assert str(row["published"])[:10] == "2008-08-14"


def test_an_english_thread_title_over_its_starter_line() -> None:
    row = read_page(
        _page("River freight with India", "Discussion in 'Asia' started by lan_h77, Aug 14, 2008.")
    )
    assert row["title"] == "River freight with India"


@pytest.mark.parametrize(
    "line",
    [
        "Discussion in 'World News' started by lan_h77, Aug 14, 2008.",
        "Chủ đề trong 'Anh (English Club)' bởi lan_h77, 14/08/2008.",
        "Thread starter lan_h77 Start date Aug 14, 2008",
        "Post by lan_h77 » Thu Aug 14, 2008 9:42 pm",
    ],
)
def test_starter_lines(line: str) -> None:
    assert thread_starter_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Talks started by the two ministers in Hanoi, officials said.",
        "Discussion in Hanoi started by the minister, Aug 14, 2008.",  # no forum in quotes
        "The debate in 'the Assembly' was started by deputies from the north.",
        "By Lan Hoa » 14/08/2008",  # no weekday: a byline's arrow
    ],
)
def test_lines_that_are_no_starter_line(line: str) -> None:
    assert not thread_starter_line(line)


def test_a_title_two_blank_lines_over_the_starter_line_is_not_taken() -> None:
    paras = split_lines("River freight\n\n\nDiscussion in 'Asia' started by lan_h77, 3/5/2009.")
    assert over_thread_starter(paras, 0) == []


def test_starter_lines_are_labelled_datelines_and_labelled_lines_left_alone() -> None:
    paras = split_lines(
        "River freight\nDiscussion in 'Asia' started by lan_h77, 3/5/2009.\n"
        "Talks started by the ministers, 3/5/2009.\n"
        "Discussion in 'Asia' started by lan_h77, 3/5/2009."
    )
    paras[3].kind = "boilerplate"
    label_starter_lines(paras)
    assert [p.kind for p in paras] == ["", "dateline", "", "boilerplate"]
