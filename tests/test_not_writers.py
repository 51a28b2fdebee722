"""Tests of byline lines that name no writer (``layout.not_writers``): the person an
interview's answers are labelled with, a reviewed book's author; placeholder pages."""

from __future__ import annotations

from analysis.ingest.layout import read_article

_INTERVIEW = (
    "Ferry pilots look back on fifty years\n\nMara Quill\n\n"
    "Editor's Note: The river ferry turns fifty this year. Mara Quill, a retired pilot, spoke "
    "with our reporter about the crossing.\n\n"
    "Q: How has the crossing changed?\n\n"
    "{speaker}: The boats are bigger, but the river is the same, and so are the fogs in March.\n\n"
    "Q: Will the bridge end the ferry?\n\n"
    "{speaker}: People will always want a slow way across, and tourists love the old boats.\n"
)


def test_a_bare_name_whose_word_labels_the_answers_is_the_interviewee():
    article = read_article(_INTERVIEW.format(speaker="Quill"))
    assert article.author == ""
    # negative: answers labelled otherwise leave the name as the writer
    article = read_article(_INTERVIEW.format(speaker="A"))
    assert article.author == "Mara Quill"


def test_the_reviewed_books_author_beside_its_details_is_no_writer() -> None:
    """held-out 67: the book box under the review ("By Name" over "Publisher, Year, N
    pages, $price (Paperback)") names the book's author; the reviewer stays the writer."""
    text = (
        "Global Asia\n\nA River That Made Three Nations\n\n- Reviewed by Karin Holm\n\n"
        "Histories of the Mekong usually begin with dams and end with diplomacy. This book "
        "begins with boats, and with the traders, monks and tax collectors who used them.\n\n"
        "The author draws on shipping registers and temple records to show how the river "
        "bound its towns together long before borders did.\n\n"
        " ??  ?? The Mekong Crossings:\nBoats, Borders and Belonging\nBy Pieter de Vries\n"
        "Hurst, 2020, 352 pages, $29.95 (Paperback)\n"
    )
    assert read_article(text).author == "Karin Holm"
    alone = read_article(text.replace("- Reviewed by Karin Holm\n\n", ""))
    assert alone.author == "Pieter De Vries"  # no other byline: the only name stays
