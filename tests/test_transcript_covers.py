"""Tests for ``analysis.ingest.layout.transcript_covers`` (fix35c, held-out 118): an event
transcript's cover run into one line is split into banner, title and dateline; on
placeholder pages in the fixture's layout."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.transcript_covers import cover_parts

COVER = (
    "THE HARBOUR INSTITUTE – WEBINAR PORTS, PARTNERS AND THE DELTA: A NEW AGENDA "
    "Washington, D.C. - Tuesday, March 8, 2022"
)

PAGE = "\n\n".join(
    [
        "<<",
        "DELTA-2022/03/08 1",
        COVER,
        "PARTICIPANTS:",
        "Welcome and Introduction:",
        "MARTA QUILL, Vice President, The Harbour Institute",
        "P R O C E E D I N G S",
        "MS. QUILL: Good morning, and welcome to those of you joining from Hanoi and Can Tho. "
        "We are here to talk about the ports of the delta and the partners who pay for them.",
    ]
)


def test_the_cover_line_gives_the_title_and_the_day() -> None:
    article = read_article(PAGE)
    assert article.title == "PORTS, PARTNERS AND THE DELTA: A NEW AGENDA"
    assert article.header_date is not None
    assert str(article.header_date.date_start.date()) == "2022-03-08"


def test_cover_parts() -> None:
    found = cover_parts(COVER)
    assert found is not None
    assert found.group("banner") == "THE HARBOUR INSTITUTE – WEBINAR"
    assert found.group("dateline") == "Washington, D.C. - Tuesday, March 8, 2022"
    found = cover_parts(
        "THE HARBOUR INSTITUTE FALK AUDITORIUM PORTS OF THE DELTA Washington, D.C. "
        "Friday, May 6, 2016"
    )
    assert found is not None and found.group("title") == "PORTS OF THE DELTA"


@pytest.mark.parametrize(
    "line",
    [
        # a headline in capitals with a date, no event's kind before it
        "PORTS, PARTNERS AND THE DELTA Washington, D.C. - Tuesday, March 8, 2022",
        # a line in title case
        "The Harbour Institute – Webinar Ports and the Delta Washington - March 8, 2022",
        # no date at the end
        "THE HARBOUR INSTITUTE – WEBINAR PORTS, PARTNERS AND THE DELTA Washington, D.C.",
        # a month that is no month
        "THE HARBOUR INSTITUTE – FORUM PORTS AND THE DELTA Washington - Marchy 8, 2022",
    ],
)
def test_lines_that_are_no_cover(line: str) -> None:
    assert cover_parts(line) is None
