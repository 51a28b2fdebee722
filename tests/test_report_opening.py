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
