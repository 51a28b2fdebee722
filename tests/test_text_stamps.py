"""Tests of ``analysis.ingest.layout.text_stamps``: a live page's first time stamp in its
text dates the page when the header has no date."""

from __future__ import annotations

from analysis.ingest.file_parsing import parse_document
from analysis.ingest.layout import read_article

#: The live-updates page of held-out 57 (rt.com): the headline, three opening
#: paragraphs, then the entries under their time stamps (the first with the year glued to
#: the time).
_LIVE_PAGE = (
    "Russian and Vietnamese ministers meet on energy and scholarships: LIVE UPDATES\n"
    "Russian Foreign Minister Sergey Lavrov is due to meet his Vietnamese counterpart in "
    "Hanoi on Wednesday for talks expected to cover oil and gas projects off the southern "
    "coast and nuclear research.\n"
    "The minister is expected to lay a wreath at the Ho Chi Minh Mausoleum before the talks "
    "and to meet the head of the Party's Commission for External Relations later in the day.\n"
    "The visit follows a meeting of the two countries' intergovernmental commission in "
    "Moscow last autumn, which agreed to double the number of scholarships.\n"
    "5 March 202503:40 GMT\n"
    "The talks are set to begin at 10am local time (3am GMT). The two ministers will then "
    "sign a plan of consultations for the next two years and hold a joint press conference.\n"
    "- 03:15 GMT\n"
    "Lavrov's plane landed at Noi Bai airport shortly after midnight local time, where he "
    "was met by a deputy foreign minister.\n"
)


def test_the_first_time_stamp_of_the_text_dates_a_page_without_a_header_date() -> None:
    article = read_article(_LIVE_PAGE)
    assert article.header_date is not None
    assert str(article.header_date.date_start.date()) == "2025-03-05"
    assert "text_stamp" in article.flags
    assert "the text's first time stamp" in article.date_reason


def test_the_documents_row_says_the_date_came_from_the_text() -> None:
    row, _ = parse_document("live", "live.txt", _LIVE_PAGE.encode())
    assert row["date_source"] == "text"
    assert row["date_evidence"] == "5 March 202503:40 GMT"


def test_a_header_date_outranks_the_stamp() -> None:
    """Negative: with a dateline under the headline, the header's date is read."""
    dated = _LIVE_PAGE.replace(
        "LIVE UPDATES\n", "LIVE UPDATES\nPublished: 4 March 2025 22:10 GMT\n", 1
    )
    article = read_article(dated)
    assert str(article.header_date.date_start.date()) == "2025-03-04"
    assert "text_stamp" not in article.flags


def test_a_date_without_a_time_in_the_text_is_no_stamp() -> None:
    """Negative: a day alone below the opening (no time of day) leaves the page undated."""
    undated = _LIVE_PAGE.replace("5 March 202503:40 GMT", "5 March 2025")
    assert read_article(undated).header_date is None
