"""Tests of ``analysis.ingest.layout.author_lists``: a label alone over the writers' names."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.author_lists import label_author_lists
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
