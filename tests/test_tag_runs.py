"""Tests of ``analysis.ingest.tag_runs``: a header line of topic tags run together is
chrome, neither the headline nor the site's name (held-out 58)."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.page_rules import load_rules, scoring_of
from analysis.ingest.tag_runs import chrome_line, tag_run

SCORING = scoring_of(load_rules())
LABELS = SCORING.section_label

# A pan-African business site's page (held-out 58): the category tags, the headline, text.
PAGE = (
    "Africa Agriculture Economy Trade Zambia\n\n"
    "Zambian traders open rice import desk in Ho Chi Minh City\n\n"
    "A group of Zambian food importers has opened a buying office in Ho Chi Minh City to "
    "source broken rice and jasmine rice directly from mills in the Mekong Delta.\n\n"
    "The office will also look at Vietnamese maize seed and cassava processing equipment.\n"
)


def test_a_run_of_section_and_country_names_is_a_tag_run() -> None:
    assert tag_run("Africa Agriculture Economy Trade Zambia", LABELS)
    assert chrome_line("Africa Agriculture Economy Trade Zambia", SCORING)


def test_a_headline_or_a_short_pair_is_no_tag_run() -> None:
    assert not tag_run("Zambian traders open rice import desk in Ho Chi Minh City", LABELS)
    assert not tag_run("Zambia Trade", LABELS)  # two words: a name as often as tags
    assert not tag_run("Africa Rising Economy Trade", LABELS)  # "Rising" is no tag
    assert not tag_run("Africa, Economy, Trade", LABELS)


def test_the_tag_line_is_neither_the_headline_nor_the_site_name() -> None:
    article = read_article(PAGE)
    assert article.title == "Zambian traders open rice import desk in Ho Chi Minh City"
    assert article.outlet == ""
