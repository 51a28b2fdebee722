"""Tests of ``analysis.ingest.label_above`` (held-out 97): a record page's field label alone
on one line, its date alone on the next; the label gives the date its label feature."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from analysis.ingest.label_above import label_above, page_marks
from analysis.ingest.layout import read_article
from analysis.ingest.metadata import load_scoring

# Our own page in the layout of a reading room's record: the title, the record's labels
# each over its value, the record's own dates before the document's.
RECORD_PAGE = (
    "SURVEY OF THE UPPER RIVER LANDINGS\n"
    "Document Type:\n"
    "Collection:\n"
    "Document Page Count:\n"
    "4\n"
    "Document Creation Date:\n"
    "March 2, 2017\n"
    "Document Release Date:\n"
    "June 14, 2007\n"
    "Publication Date:\n"
    "April 3, 1969\n"
    "Content Type:\n"
    "MEMO\n"
    "Body:\n"
    "1. The survey teams reached the upper landings in March and measured the depth of "
    "the channel at each of them.\n"
    "2. The landings can take loaded barges for nine months of the year.\n"
)


def _paras(*lines: str) -> list[SimpleNamespace]:
    return [SimpleNamespace(text=line, kind="", line=n) for n, line in enumerate(lines, 1)]


def test_the_record_pages_publication_date_is_the_documents() -> None:
    article = read_article(RECORD_PAGE)
    assert article.header_date.date_start.date() == dt.date(1969, 4, 3)


@pytest.mark.parametrize(
    ("label", "feature"),
    [
        ("Publication Date:", "published_label"),
        ("Date:", "published_label"),
        ("Updated:", "updated_label"),
        ("Document Creation Date:", "today_label"),
        ("Document Release Date:", "today_label"),
    ],
)
def test_a_label_alone_over_the_date_gives_its_feature(label: str, feature: str) -> None:
    assert label_above(_paras(label, "May 5, 2024"), 1, "dateline", load_scoring()) == feature


@pytest.mark.parametrize(
    "above",
    [
        "By Nguyen Lan Anh",  # a byline over the date
        "Hanoi, May 5 (VNA) -",  # an agency's dateline
        "Vientiane Times",  # a masthead
        "Tags:",  # a label that names no date
        "Published in the April issue of the review on the river trade:",  # too long
        "Vol. 3, No. 2:",  # digits: an issue, not a label
    ],
)
def test_other_lines_over_a_date_give_none(above: str) -> None:
    assert label_above(_paras(above, "May 5, 2024"), 1, "dateline", load_scoring()) is None


def test_a_date_inside_a_line_or_with_its_own_label_keeps_its_features() -> None:
    scoring = load_scoring()
    paras = _paras("Updated:", "Published: May 5, 2024")
    assert label_above(paras, 1, "header_line", scoring) is None
    assert page_marks(paras, 1, "dateline", ["dateline", "published_label"], scoring) == []
