"""Tests of ``analysis.ingest.layout.headword_entries``: a reference entry's headword over
the entry that opens with it and a definition is the headline, not a byline (held-out
124: jrank, encyclopedia.com)."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.headword_entries import headword_line

#: An encyclopedia entry: the headword, then the entry opening with it and life years
#: (placeholder text).
LIFE_ENTRY = (
    "Hoang Van Lam\n"
    "Hoang Van Lam (Hoang Duc Minh; 1921–1998), Vietnamese diplomat. He led the river "
    "commission's first delegation to Vientiane and later served as ambassador to "
    "Phnom Penh and Bangkok before he retired to his native province.\n"
    "See also: Mekong River Commission.\n"
)

#: A short reference entry: the headword, a blank line, the headword glued to its
#: definition.
GLUED_ENTRY = (
    "Mekong Ferry Accord\n\n"
    "Mekong Ferry Accord Agreement signed in 1998 by four river states on shared landing "
    "rules, fares and night crossings, renewed every ten years since.\n"
)

#: A glossary page: the headword over an entry that defines it with a copula.
COPULA_ENTRY = (
    "River Border Markers\n\n"
    "River Border Markers are the concrete posts that two river states set on the banks "
    "to show where their frontier crosses the water, numbered from the source downstream.\n"
)

#: A subject page on an event (held-out 139's nutshell100): a blank first line, the
#: headword, the entry opening with the article before it and a copula.
ARTICLE_ENTRY = (
    "\nRiver Ferry War\n"
    "The River Ferry War was a short dispute between two river towns in 1921 over the "
    "landing fees of the night crossings, settled by the provincial court a year later.\n"
)


@pytest.mark.parametrize(
    ("page", "title"),
    [
        (ARTICLE_ENTRY, "River Ferry War"),
        (LIFE_ENTRY, "Hoang Van Lam"),
        (GLUED_ENTRY, "Mekong Ferry Accord"),
        (COPULA_ENTRY, "River Border Markers"),
    ],
)
def test_a_headword_over_its_entry_is_the_headline(page: str, title: str) -> None:
    article = read_article(page)
    assert article.title == title
    assert article.author == ""


@pytest.mark.parametrize(
    ("page", "opening"),
    [(LIFE_ENTRY, "Hoang Van Lam ("), (GLUED_ENTRY, "Mekong Ferry Accord Agreement")],
)
def test_the_entry_under_its_headword_stays_text(page: str, opening: str) -> None:
    # the entry opens with the headline's words, yet it is the lede, not a caption
    entry = [p for p in read_article(page).paragraphs if p.text.startswith(opening)]
    assert entry[0].kind == "lede"


def test_a_byline_over_a_lede_about_something_else_stays_a_writer() -> None:
    # negative: the name over the lede is not the lede's opening words
    page = (
        "Hoang Van Lam\n\n"
        "Ferry crews of two river towns have agreed to run one night timetable from next "
        "month, the towns' councils said on Monday after a week of talks.\n"
    )
    assert read_article(page).title != "Hoang Van Lam"


@pytest.mark.parametrize(
    ("headword", "entry"),
    [
        # a site's or a body's name as the subject of a news lede: a verb follows
        ("Harbour Workers Union", "Harbour Workers Union sent a letter to the ministry."),
        # an acronym in brackets is no definition
        ("Harbour Workers Union", "Harbour Workers Union (HWU) sent a letter on Monday."),
        # the lede only mentions the name later on
        ("Harbour Workers Union", "On Monday the Harbour Workers Union (1946) wrote again."),
        # the same opening words but not the whole line
        ("Harbour Workers Union Congress", "Harbour Workers Union is a body of dock crews."),
        # the article before the name, then a verb: a news lede on the body
        ("Harbour Workers Union", "The Harbour Workers Union sent a letter on Monday."),
        # two names: the second capitalised word is no definition
        ("Hoang Van Lam", "Hoang Van Lam Minh Tuan said the talks went well."),
    ],
)
def test_openings_that_define_nothing_are_no_headword(headword: str, entry: str) -> None:
    assert not headword_line(headword, entry)


@pytest.mark.parametrize(
    ("headword", "entry"),
    [
        ("Hoang Van Lam", "Hoang Van Lam (born 3 May 1951) is a retired envoy."),
        ("Mekong Ferry Accord", "Mekong Ferry Accord Agreement signed in 1998."),
        ("River Border Markers", "River Border Markers are the posts on the banks."),
        ("Chile–Vietnam relations", "Chile–Vietnam relations are the ties of two states."),
        ("Vietnam", "Vietnam (Vietnamese: Việt Nam) is a country in Southeast Asia."),
    ],
)
def test_definitions_after_the_headword(headword: str, entry: str) -> None:
    assert headword_line(headword, entry)
