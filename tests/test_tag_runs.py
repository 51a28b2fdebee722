"""Tests of ``analysis.ingest.tag_runs``: a header line of topic tags run together is
chrome, neither the headline nor the site's name (held-out 58)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.page_rules import load_rules, scoring_of
from analysis.ingest.tag_runs import bare_comma_tags, chrome_line, tag_run

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


# (fix76b, held-out 76) A mobile interview page pasted from its tags line, our own text:
# keyword phrases joined by bare commas, an unfilled placeholder, a caption, then the
# interviewer's first question, its answer and the next question; no headline.
TAGS_LINE_PAGE = (
    "Ferry services,Delta river transport\n\n"
    "{keywords}\n\n"
    "Director of the provincial ferry company Tran Van Binh.\n\n"
    "How do you see the role of night ferries in the delta?\n\n"
    "More than 40,000 riders cross the river after dark each week, most of them market "
    "traders who start before dawn.\n\n"
    "What will the company do about the older boats?\n\n"
    "We will replace six boats next year with lighter hulls that need less fuel.\n"
)


def test_phrases_joined_by_bare_commas_are_chrome() -> None:
    assert bare_comma_tags("Ferry services,Delta river transport")
    assert chrome_line("Ferry services,Delta river transport", SCORING)
    assert not bare_comma_tags("Ferries, buses resume after the storm")  # a headline's comma
    assert not bare_comma_tags("Ferries carry 1,000 riders a night")  # a number's comma
    # a phrase of more than PHRASE_MAX_WORDS words is a sentence, not a keyword
    assert not bare_comma_tags("Ferry services,Night boats now carry the market traders")


def test_a_page_pasted_from_its_tags_line_has_no_headline() -> None:
    article = read_article(TAGS_LINE_PAGE)
    assert article.title == ""
    kinds = {p.text[:8]: p.kind for p in article.paragraphs}
    assert kinds["How do y"] in ("lede", "body")


def test_the_mobile_tags_line_fixture_has_no_headline() -> None:
    from pathlib import Path

    folder = Path(__file__).parent / "data" / "layouts"
    (path,) = folder.glob("m_vietnamnet_mobile_tags_line_first_*.txt")
    assert read_article(path.read_text(encoding="utf-8")).title == ""


@given(st.lists(st.text(alphabet="abcdefgh ", min_size=1, max_size=12), min_size=1, max_size=4))
def test_a_line_with_a_spaced_comma_is_never_bare_comma_tags(words: list[str]) -> None:
    assert not bare_comma_tags("Ferries, " + ",".join(words))
