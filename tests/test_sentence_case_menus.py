"""Tests for ``analysis.ingest.layout.sentence_case_menus`` (fix35a): a site's menu printed
one item a line in sentence case is no headline; on placeholder pages."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.layout.sentence_case_menus import in_sentence_case_menu, sentence_case_item

_MENU = "Past issues\nSpecial issues\nFact Box\nFeature Articles\nMail to editor\nMail magazine\n"
_TEXT = (
    "Lecturers from the provincial party school, led by its deputy director, were received "
    "on March 6 by the council's vice chair at the council's office in the port city.\n\n"
    "The school wants its students to learn how a council works where its party does not "
    "hold power, and asked whether members could speak to a class by video later this year.\n"
)


def test_a_sentence_case_menu_over_a_repeated_headline_gives_the_headline():
    page = (
        "River Press Weekly\n" + _MENU + "Blog [Japanese]\n"
        "HOME  > Past issues  > This week's council activities\n"
        "Bookmark and Share\n\n"
        "This week's council activities\n\n" + _TEXT
    )
    assert read_article(page).title == "This week's council activities"


def test_in_sentence_case_menu_and_its_negatives():
    paras = split_lines(_MENU + "Blog [Japanese]\n\n" + _TEXT)
    assert [in_sentence_case_menu(paras, i) for i in range(7)] == [True] * 6 + [False]
    # four lines only: too short a run for a menu in sentence case
    paras = split_lines("Past issues\nSpecial issues\nFact Box\nMail to editor\n\n" + _TEXT)
    assert not any(in_sentence_case_menu(paras, i) for i in range(4))
    # a run broken by a blank line, a headline of four words, a date line
    paras = split_lines("Past issues\nSpecial issues\n\nFact Box\nMail to editor\nMail magazine\n")
    assert not any(in_sentence_case_menu(paras, i) for i in range(5))
    paras = split_lines("Past issues\nPorts reopen after long talks\nFact Box\nMail\nBlog\nHome\n")
    assert not in_sentence_case_menu(paras, 1)
    paras = split_lines("Past issues\nMarch 7, 2019\nFact Box\nMail\nBlog\nHome\n")
    assert not in_sentence_case_menu(paras, 1)


def test_sentence_case_item():
    items = split_lines(
        "Mail to editor\nBlog [Japanese]\nmail magazine\nNews: today\nOne two three four\n"
    )
    assert [sentence_case_item(p) for p in items] == [True, True, False, False, False]
