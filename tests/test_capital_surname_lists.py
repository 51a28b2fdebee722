"""Tests of ``analysis.ingest.layout.capital_surname_lists``: a journal article's writers
printed "Given SURNAME | Given SURNAME" under its headline (b149's journal page)."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.capital_surname_lists import capital_surname_names
from analysis.ingest.page_rules import load_rules

_ABSTRACT = (
    "Pages 11-29\n\n"
    "This paper follows the river commission's meetings over two dry seasons and asks how "
    "the member states settled their quarrels about water released from upstream dams.\n"
)


def test_the_capital_surname_names_under_the_title_are_the_writers() -> None:
    article = read_article(
        "(2020), No 7, Issue 1\n\n"
        "How the lower Mekong states bargained over dry season flows\n\n\n"
        "Thanh Ha TRAN | Peter BOWEN | Quoc Bao NGUYEN\n\n" + _ABSTRACT
    )
    assert set(article.author.split("; ")) == {"Tran Thanh Ha", "Peter Bowen", "Nguyen Quoc Bao"}


def test_the_names_are_put_in_running_order() -> None:
    rules = load_rules()
    assert capital_surname_names("Minh Khoa LE | Jan NOWAK", rules) == ["Le Minh Khoa", "Jan Nowak"]
    assert capital_surname_names("Anna KOWALSKA, Tomasz WISNIEWSKI", rules) == [
        "Anna Kowalska",
        "Tomasz Wisniewski",
    ]


def test_a_site_name_with_a_word_in_capitals_is_no_list() -> None:
    rules = load_rules()
    assert capital_surname_names("Syracuse University SURFACE", rules) == []
    assert capital_surname_names("Highlighting JAPAN", rules) == []
    assert capital_surname_names("News | Opinion | Features", rules) == []
