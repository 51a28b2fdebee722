"""Tests of ``analysis.ingest.layout.field_values``: a name-like value under a record's
field label is no writer (held-out 102)."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.field_values import field_label, field_value
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.page_rules import load_rules

RULES = load_rules()
BODY = (
    "Forecasters in the two countries now exchange radar pictures every ten minutes during "
    "the storm season, the agencies said in a joint report.\n"
)
RECORD = (
    "Shared radar and the storm season\nAuthors :\nWhitfield, Clara M.\nPublication Year :\n2022\n"
)
DETAILS = (
    "Details\nLanguage :\nEnglish\nDatabase :\nAcademic Search Index\nJournal :\nCoastal Review\n"
)


def test_a_name_like_value_under_a_records_field_label_is_no_writer() -> None:
    assert read_article(RECORD + BODY + DETAILS).author == "Clara M. Whitfield"
    paras = split_lines(DETAILS)
    assert field_value(paras, 4, RULES) and not field_value(paras, 3, RULES)


def test_a_writers_own_label_keeps_the_name_a_byline() -> None:
    for label in ("Reporter:", "Tác giả:", "Author:", "Writer:", "Staff Writer:", "Correspondent:"):
        assert not field_label(label, RULES), label
    page = "Shared radar and the storm season\n" + BODY + "Reporter:\nMai Lan\n"
    assert read_article(page).author == "Mai Lan"


def test_common_lines_are_no_field_labels() -> None:
    for line in (
        "Hanoi, May 5 (VNA) - The two ministries signed the plan.",
        "Quang Ninh (VNA) -",
        "By Maria Santos",
        "Updated: May 5, 2024",
        "Updated:",  # a date's label: the date under it is no name anyway
        "Posted by:",
    ):
        assert not field_label(line, RULES) or line == "Updated:", line
