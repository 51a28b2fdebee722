"""A digest's later topics' posters are no writer (``layout/contents_bylines.py``,
fix38a): a mailing-list digest's contents ("1) Topic" / "by Name <address>", ...) gives
its first message's poster alone. A single topic, posters without an address and a
numbered list of sentences are left alone."""

from __future__ import annotations

from analysis.ingest.layout.contents_bylines import later_contents_bylines
from analysis.ingest.layout.lines import split_lines
from tests.page_reading import read_page

DIGEST = """[Date Prev][Date Next][Thread Prev][Thread Next][Date Index][Thread Index]

RIVER-L Digest 88

Topics covered in this issue include:

  1) Barge news (May 4-5, 1998)
\tby Le Thi Lan <ltlan@river.example.org>
  2) Re: Quays in the delta
\tby Pham Van Hung <pvhung@port.example.net>
  3) Re: Ferry timetables
\tby Do Minh Chau <dmchau@ferry.example.edu>

----------------------------------------------------------------------

Topic No. 1

Date: Tue, 5 May 1998 08:12:40 +0700
From: Le Thi Lan <ltlan@river.example.org>
Subject: Barge news (May 4-5, 1998)


May 4: Laos and Vietnam open a barge service on the Mekong

Vientiane (Vientiane Times) -- Laos and Vietnam have opened a barge service between two
river ports, officials said on Monday.

The service will carry rice, timber and fertiliser, and will run twice a week.
"""


def test_a_digest_is_written_by_its_first_topics_poster() -> None:
    assert read_page(DIGEST)["author"] == "Le Thi Lan"


def test_later_topics_posters() -> None:
    text = "1) Ports\n  by An Le <a@x.org>\n2) Quays\n  by Bo Tran <b@y.org>\n3) Ferries\n"
    text += "  by Chi Do <c@z.org>"
    assert later_contents_bylines(split_lines(text)) == [3, 5]


def test_a_single_topic_is_left_alone() -> None:
    assert later_contents_bylines(split_lines("1) Ports\n  by An Le <a@x.org>\nText.")) == []


def test_posters_without_an_address_are_left_alone() -> None:
    text = "1) Ports\n  by An Le\n2) Quays\n  by Bo Tran"
    assert later_contents_bylines(split_lines(text)) == []
