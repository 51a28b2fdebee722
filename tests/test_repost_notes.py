"""Tests of ``analysis.ingest.layout.repost_notes``: a forum poster's lower-case note over
a reposted speech's own header is no text; the header below it gives the page's date
(held-out 93)."""

from __future__ import annotations

import pandas as pd

from analysis.ingest.layout import read_article
from analysis.ingest.layout.repost_notes import NOTE_KIND

#: A forum reply reposting a speech (placeholder names and text).
FORUM_REPLY = """ferrywatcher :
here is the speech the commissioner gave at the landing last week , worth a read for anyone on the night ferry
Remarks by Commissioner Le Thu Ha
Night Ferries for the Delta Towns
Vinh Long, March 14, 2011
Good morning, friends. I am glad to stand at this landing, where the first night ferry left forty years ago, and to speak of the timetable we will share from next month.
The crews of both towns have worked on it for a year, and I thank them for their patience.
"""


def test_the_poster_note_is_furniture_and_the_speech_header_is_read() -> None:
    article = read_article(FORUM_REPLY)
    note = next(p for p in article.paragraphs if p.text.startswith("here is"))
    assert note.kind == NOTE_KIND
    assert article.header_date is not None
    assert article.header_date.date_start == pd.Timestamp("2011-03-14")


def test_a_lower_case_lede_without_a_dated_header_under_it_stays_text() -> None:
    text = (
        "River Towns Share a Timetable\n\n"
        "e-ferry tickets will be sold at both landings from next month, the councils said, "
        "and the fares will stay as they are for the first season.\n\n"
        "The crews welcomed the plan.\n"
    )
    lede = next(p for p in read_article(text).paragraphs if p.text.startswith("e-ferry"))
    assert lede.kind != NOTE_KIND
