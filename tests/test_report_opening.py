"""Tests of ``analysis.ingest.layout.report_opening``: a report's PDF text pasted as one
long line has its cover (title in capitals, dated series) read as the header."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.layout.report_opening import split_report_opening

REST = (
    " Delta Policy Institute TABLE OF CONTENTS SUMMARY ........ i I. INTRODUCTION ........ 1 "
    "II. THE UPPER BASIN ........ 3 SUMMARY The riparian states agree that the river's flow is "
    "changing faster than their treaties allow for, but they disagree about who should pay "
    "for storing water in the dry season and how the cost should be shared among them."
)
BLOB = "RIVER PORTS OF THE LOWER BASIN: A NEW DEAL Policy Brief No. 7, 4 May 2021" + REST


def test_the_cover_of_a_one_line_report_gives_title_and_date() -> None:
    article = read_article(BLOB + "\n")
    assert article.title == "RIVER PORTS OF THE LOWER BASIN: A NEW DEAL"
    assert str(article.header_date.date_start.date()) == "2021-05-04"
    assert article.author == ""


def test_the_split_keeps_every_character() -> None:
    paras = split_lines(BLOB + "\n")
    split_report_opening(paras)
    assert [p.kind for p in paras] == ["", "dateline", ""]
    assert "".join(p.raw for p in paras) == BLOB + "\n"


def test_a_short_line_or_a_title_in_mixed_case_is_left_alone() -> None:
    short = split_lines("RIVER PORTS OF THE LOWER BASIN Policy Brief - 4 May 2021 Text.\n")
    split_report_opening(short)
    assert len(short) == 1
    mixed = split_lines(BLOB.replace("RIVER PORTS OF THE LOWER BASIN", "River ports") + "\n")
    split_report_opening(mixed)
    assert len(mixed) == 1


# (title77b) Our own one-line journal article under a document host's title line and a
# page count: the journal's running head, volume, issue and day, then title, writer, text.
JOURNAL_BLOB = (
    "Salt Roads and River Tolls in the Upper Mekong\n\n"
    "9\n"
    "Review of River Studies | Delta Focus Volume 3 | Issue 2 | Mar 02, 2015 1 Salt Roads "
    "and River Tolls in the Upper Mekong Ana Lind Salt carriers paid tolls at every river "
    "crossing until the last century, and the toll books tell us who carried what and "
    "where. The books of three crossings survive in a provincial archive, with the loads, "
    "the prices and the names of the carriers, and they are read here for the first time.\n"
)


def test_a_journal_running_head_gives_its_day_and_no_title() -> None:
    paras = split_lines(JOURNAL_BLOB)
    split_report_opening(paras)
    kinds = [(p.kind, p.text) for p in paras[:4]]
    assert kinds[2] == ("boilerplate", "Review of River Studies | Delta Focus")
    assert kinds[3] == ("dateline", "Volume 3 | Issue 2 | Mar 02, 2015")
    assert "".join(p.raw for p in paras) == JOURNAL_BLOB  # every character kept
    article = read_article(JOURNAL_BLOB)
    assert article.title == "Salt Roads and River Tolls in the Upper Mekong"
    assert article.header_date is not None and article.header_date.text == "Mar 02, 2015"


def test_a_volume_line_without_a_day_is_left_alone() -> None:
    paras = split_lines(JOURNAL_BLOB.replace(" | Mar 02, 2015", ""))
    split_report_opening(paras)
    assert all(not p.kind for p in paras)
