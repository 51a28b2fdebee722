"""A content farm's paragraph of search keywords is no running text
(``layout/keyword_paragraphs.py``, fix38a): the copied headline under it stays in the
header and is the title. A lede listing places, a short list and a paragraph with a stop
are running text."""

from __future__ import annotations

import pytest

from analysis.ingest.layout.keyword_paragraphs import keyword_paragraph
from tests.page_reading import read_page

KEYWORDS = (
    "Mekong barge service Laos Vietnam 2012 latest, river ports news today, Savannakhet "
    "update, barge freight news, Vientiane Hanoi port row explained, who pays what, "
    "Mekong river news - comment and expert opinion port news update review"
)


def test_the_headline_under_a_keyword_paragraph_is_the_title() -> None:
    page = [
        KEYWORDS,
        "",
        "Laos and Vietnam open barge service on the Mekong",
        "",
        "Barges moored at a river quay in Savannakhet in March 2012Customs staff of both "
        "countries work side by side",
        "",
        "Laos and Vietnam have opened a barge service between two river ports, officials said "
        "on Monday.",
        "The service will carry rice, timber and fertiliser, and will run twice a week.",
    ]
    row = read_page("\n".join(page) + "\n")
    assert row["title"] == "Laos and Vietnam open barge service on the Mekong"


def test_a_keyword_paragraph() -> None:
    assert keyword_paragraph(KEYWORDS)


@pytest.mark.parametrize(
    "text",
    [
        "Officials from Hanoi, Vientiane, Phnom Penh, Bangkok, Yangon and Kuala Lumpur, among "
        "others, met on Monday, a statement said.",
        "ports, barges, rice",  # too few pieces
        "Barges, ports, quays, locks, dredgers, tugs. The service opens in May",  # a stop
        "The new service, officials said, will carry rice, timber, fertiliser, cement, steel "
        "and cars between the two ports, which lie on opposite banks of the river and which "
        "have never been linked by a regular barge line in their long history",  # a piece too long
    ],
)
def test_running_text_is_no_keyword_paragraph(text: str) -> None:
    assert not keyword_paragraph(text)
