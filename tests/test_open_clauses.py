"""Tests of ``analysis.ingest.layout.open_clauses``: a sentence broken by a blank line
after a comma is no headline, even when it is the only header line left (held-out 144)."""

from __future__ import annotations

from analysis.ingest.layout import read_article

#: A reader copy that kept no headline: the date stamp glued to a lede whose sentence is
#: broken after a comma by a blank line, then short paragraphs.
_LINES = [
    " date 2021-05-14 A visiting mayor had warm words for the river town's ferry crews and"
    " their families,",
    "",
    "touring the landing on the town's northern edge and meeting the leaders of their union.",
    "",
    "The crews kept the boats running through the floods, he recalled.",
    "",
    "The union's door stays open to the town, he told his hosts.",
    "",
    "Only two other towns run more boats on the river, the union's head noted.",
    "",
    "Gifts from the crews during the floods reached schools and clinics, he said./. VNA",
]
_PAGE = "\n".join(_LINES) + "\n"


def test_a_clause_broken_after_its_comma_is_no_headline() -> None:
    assert read_article(_PAGE).title == ""


def test_a_headline_over_a_capitalised_line_stays() -> None:
    page = "\n".join(
        [
            "Mayor praises the river town's ferry crews",
            "",
            "The mayor toured the landing on Thursday and met the crews' union.",
            "",
            "The crews kept the boats running through the floods, he said.",
        ]
    )
    assert read_article(page + "\n").title == "Mayor praises the river town's ferry crews"
