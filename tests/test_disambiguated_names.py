"""Tests of ``analysis.ingest.layout.disambiguated_names``: a wiki page's title "Name
(diplomat)" is the page's subject, not its writer (placeholder pages)."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.disambiguated_names import disambiguated_name
from analysis.ingest.page_rules import load_rules

RULES = load_rules()

WIKI = """Tran Van Kien (diplomat)
{{Short description|Vietnamese diplomat}}
'''Tran Van Kien''' (born 1948) is a retired Vietnamese diplomat who served as ambassador to Peru and later to Argentina.

He joined the foreign service in 1975 and spent most of his career on relations with South America.
"""


def test_a_disambiguated_title_is_no_writer():
    assert read_article(WIKI).author == ""


def test_shapes():
    assert disambiguated_name("Tran Van Kien (diplomat)", RULES)
    assert disambiguated_name("Anna Berg (writer)", RULES)


def test_near_cases_are_no_subject_titles():
    # a paper or an agency in brackets, pronouns, a word that is no post, a logo's alt text
    assert not disambiguated_name("Tran Thi Lan (The Jakarta Post)", RULES)
    assert not disambiguated_name("Can Tho (VNA)", RULES)
    assert not disambiguated_name("Anna Berg (she/her)", RULES)
    assert not disambiguated_name("Tran Minh (photos)", RULES)
    assert not disambiguated_name("The Militant (logo)", RULES)
