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


# (titlefix27) A news site's category row of multi-word section names, the dash of "Op-eds"
# spaced by the copy, over the headline and its byline (held-out 75).
CATEGORY_ROW_PAGE = (
    "Asia Latest Stories Op - eds\n\n"
    "Ferry crews in the delta learn a new rope drill\n\n"
    "By Dr. Lena Ortiz, Author and Columnist\n\n"
    "Ferry crews on the lower river have started practising a rope drill that cuts the time "
    "needed to moor in a strong current, and the harbour office wants every crew to learn it.\n\n"
    "The drill was first tried on two crossings last spring, where it halved the number of "
    "missed moorings during the flood months.\n"
)


def test_a_row_of_multi_word_section_names_is_a_tag_run() -> None:
    assert tag_run("Asia Latest Stories Op - eds", LABELS)
    assert tag_run("Asia Latest Stories Op-eds", LABELS)
    assert not tag_run("Asia Latest Ferry Stories", LABELS)  # "Ferry" is no section
    assert not tag_run("Latest Stories", LABELS)  # one label is no run (section_label reads it)


def test_the_category_row_is_not_the_headline() -> None:
    assert (
        read_article(CATEGORY_ROW_PAGE).title == "Ferry crews in the delta learn a new rope drill"
    )


def test_the_category_row_fixture() -> None:
    from pathlib import Path

    folder = Path(__file__).parent / "data" / "layouts"
    (path,) = folder.glob("newdelhitimes_category_row_*.txt")
    title = read_article(path.read_text(encoding="utf-8")).title
    assert title == "Hill farmers in Nagaland try a new terrace design"
