"""Tests of ``analysis.ingest.layout.author_lists``: a label alone over the writers' names."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.core.text import normalize_text
from analysis.ingest.bylines import looks_like_name
from analysis.ingest.layout import read_article
from analysis.ingest.layout.author_lists import (
    _EDITED_LIST,
    edited_contributors,
    label_author_lists,
    listed_name,
)
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.page_rules import load_rules

RULES = load_rules()
BODY = (
    "The navy said the two ships would be based at Ranai in the Natuna islands from next "
    "year, officials said on Tuesday.\n"
)


def test_names_under_an_authors_label_are_bylines() -> None:
    paras = split_lines("Why Manila needs more tugboats\nAuthors\nMaria Santos\nBen Lim\n" + BODY)
    label_author_lists(paras, RULES)
    assert [(p.kind, p.role) for p in paras[1:4]] == [
        ("byline", "label"),
        ("byline", "author"),
        ("byline", "author"),
    ]
    text = (
        "Why Manila needs more tugboats\nPublished 3 March 2024\nAuthors\nMaria Santos\nBen Lim\n"
    )
    assert read_article(text + BODY).author == "Maria Santos; Ben Lim"


def test_a_label_over_no_name_changes_nothing() -> None:
    paras = split_lines("Authors\nWhy Manila needs more tugboats\n" + BODY)
    label_author_lists(paras, RULES)
    assert [p.kind for p in paras] == ["", "", ""]


def test_a_records_labelled_list_of_surname_first_names_is_read_in_running_order() -> None:
    """(held-out 102) A database record: the label closed by a field mark over one name a
    line, "Surname, Given" (a Vietnamese family name stays first), affiliation numbers in
    brackets, the list's commas; the run ends at the next field's label."""
    record = (
        "Back to Search Start Over\nShared radar and the storm season.\nAuthors :\n"
        "Whitfield, Clara M.\nVu, Thi-Hanh\nSource :\nCoastal Review. Vol. 3 Issue 1.\n"
    )
    assert read_article(record + BODY).author == "Clara M. Whitfield; Vu Thi-Hanh"
    index = "Shared radar and the storm season\n被引:2\n|\n作者\nTan, Wei-Ling [1 ,2 ]\n机构\n"
    assert read_article(index + BODY).author == "Wei-Ling Tan"
    platform = (
        "Premium\nShared radar and the storm season\nAuthor(s) -\nTran Thi Bich Ngoc,\n"
        "Do MinhKhoa\nPublication year - 2022\n"
    )
    assert read_article(platform + BODY).author == "Tran Thi Bich Ngoc; Do MinhKhoa"


def test_lines_under_a_records_label_that_hold_no_name_are_left_alone() -> None:
    for line in (
        "Source :",
        "Hanoi, Vietnam",
        "Hanoi, May 5 (VNA) - The two ministries signed the plan.",
        "Quang Ninh (VNA) - The province opened a new pier.",
        "Updated: May 5, 2024",
        "Pacific Review. Jan-Mar2022, Vol. 35 Issue 1, p112-139. 28p.",
    ):
        assert listed_name(line, RULES) == "", line
        paras = split_lines(f"Authors :\n{line}\n" + BODY)
        label_author_lists(paras, RULES)
        assert paras[0].kind == "" and paras[1].role != "author", line
    byline = "Shared radar and the storm season\nAuthors -\nBy Maria Santos\n"
    assert read_article(byline + BODY).author == "Maria Santos"  # a byline of its own


def _edited_contributors_slow(text: str) -> list[str]:
    """``edited_contributors`` without perf30's literal gate: the pattern run on every
    line."""
    found = _EDITED_LIST.search(normalize_text(text))
    parts = [p.strip() for p in found.group("names").split(",")] if found else []
    names = [" ".join(w.capitalize() for w in p.split()) for p in parts]
    return names if names and all(looks_like_name(n, RULES) for n in names) else []


_CAPITALS = st.sampled_from(["MAI ANH NGUYEN", "ROHAN PILLAI", "SARI", "LE VAN", "Tran Thi"])
_COMMA = st.sampled_from([", ", " , ", ",", " ", "\u00a0,\u00a0"])
_CREDIT = st.sampled_from(
    [" EDITED BY", "\u00a0EDITED BY", "  EDITED BY", " Edited by", "EDITED BY"]
)


@given(
    st.sampled_from(["", "in the Mekong ", "MEKONG ", "x\n"]),
    st.lists(st.tuples(_CAPITALS, _COMMA), min_size=1, max_size=4),
    _CREDIT,
    st.sampled_from([" HO MINH", "", " Name", "BY"]),
)
def test_the_literal_gate_keeps_every_answer_of_the_pattern(
    head: str, names: list, credit: str, tail: str
) -> None:
    # perf30: cover lines of names in capitals, commas, spaces (a no-break one too:
    # normalised before the gate) and the credit written several ways
    text = head + "".join(n + c for n, c in names[:-1]) + names[-1][0] + credit + tail
    assert edited_contributors(text, RULES) == _edited_contributors_slow(text)
