"""Tests for ``analysis.ingest.layout.closing_departments`` (held-out 88)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.closing_departments import department_signature

#: A mass organisation's news item signed by its department (placeholder text).
SIGNED_ITEM = (
    "Farmers' union delegation visits reading rooms in two provinces.\n\n"
    "From 3-5 June 2010, leaders of the union visited reading rooms run by local farmers' "
    "unions, where members lend books on crops, livestock and small business.\n\n\n"
    "The delegation agreed that the reading rooms would receive new books twice a year and "
    "that one volunteer in each commune would be trained to keep the loans in order.\n\n\n\n"
    "Int’l Cooperation Dept.,\n"
)


def test_a_department_signing_the_item_is_its_writer():
    """The department's name on the page's last line, under the text, is the writer."""
    assert read_article(SIGNED_ITEM).author == "Int'l Cooperation Dept."


def test_a_department_line_followed_by_more_lines_is_no_signature():
    """A department's name that is not the page's last line (a contact block, a footer
    menu) signs nothing."""
    page = SIGNED_ITEM + "12 Hang Bai Street, Hanoi\nTel: 024 3825 0000\n"
    assert read_article(page).author != "Int'l Cooperation Dept."


def test_department_signatures_and_lines_that_are_not():
    """Title-case names ending with a department's word; a contact line, a sentence or a
    name opening with "Department of" are not signatures."""
    assert department_signature("Foreign Relations Division") == "Foreign Relations Division"
    assert department_signature("Press and Information Office") == ""  # an issuer, no writer
    assert department_signature("International Relations Department.") == (
        "International Relations Department"
    )
    assert department_signature("Department of Culture, 12 Hang Bai Street") == ""
    assert department_signature("Contact the press office") == ""
    assert department_signature("Thu Trang, VOV correspondent") == ""


@given(st.lists(st.from_regex(r"[A-Z][a-z]{2,9}", fullmatch=True), min_size=1, max_size=4))
def test_any_short_title_case_name_ending_with_dept_is_a_signature(words: list[str]):
    """Any one to four capitalised words before "Dept.," sign as that department."""
    name = " ".join(words) + " Dept."
    assert department_signature(name + ",") == name
