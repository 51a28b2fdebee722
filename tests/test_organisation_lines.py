"""Tests of ``analysis.ingest.organisation_lines``: a header line that only names an
institution, on lines of the layout zoo."""

from __future__ import annotations

from analysis.ingest.metadata import load_scoring
from analysis.ingest.organisation_lines import organisation_name

SCORING = load_scoring()


def test_an_institution_word_then_of_names_an_institution() -> None:
    assert organisation_name("Embassy of Viet Nam in Australia", SCORING)
    assert not organisation_name("Embassy staff met the delegation", SCORING)


def test_a_place_name_may_stand_before_the_institution_word() -> None:
    # an academy's English site (held-out 59): its name over the headline
    assert organisation_name("Vietnam Academy Of Social Sciences", SCORING)
    assert organisation_name("Hanoi University of Science and Technology", SCORING)
    # a headline with lower-case words is no name
    assert not organisation_name("Vietnam Academy of Social Sciences hosts a seminar", SCORING)
    # only one place word: a longer run before the institution word is no name
    assert not organisation_name("Vietnam Lao Academy of Sciences", SCORING)
    # a place word alone before "of" is no institution
    assert not organisation_name("Vietnam Of Today", SCORING)


def test_an_academys_name_over_its_headline_is_not_the_headline() -> None:
    from analysis.ingest.layout import read_article

    page = (
        "Vietnam Academy Of Social Sciences\n\n"
        "Researchers from five Mekong countries compare field data on salt intrusion and "
        "migration in Can Tho\n\n14/03/2019\n\n"
        "Sociologists and economists from Vietnam, Thailand, Myanmar, Laos and Cambodia met in "
        "Can Tho on 12 March 2019 to set their household surveys side by side.\n"
    )
    article = read_article(page)
    assert article.title.startswith("Researchers from five Mekong countries")
    assert article.outlet == "Vietnam Academy Of Social Sciences"  # the site's own name


def test_an_institution_named_after_a_person_names_an_institution() -> None:
    # an academy's English site (held-out 71): its name over the trail and the headline
    assert organisation_name("Ho Chi Minh National Academy of Politics", SCORING)
    # negative: a headline in sentence case, and a name whose field runs on (a headline
    # in title case going on after the institution's name)
    assert not organisation_name(
        "Ho Chi Minh National Academy of Politics hosts a seminar", SCORING
    )
    assert not organisation_name("Ton Duc Thang University Welcomes Its New Students", SCORING)


def test_an_academy_named_after_a_person_over_its_trail_is_not_the_headline() -> None:
    from analysis.ingest.layout import read_article

    page = (
        "Ho Chi Minh National Academy of Politics\nHome > Features\n"
        "Lessons of cooperative farming reform for today's rural policy\n21/03/2017 08:30\n"
        "The website of Ho Chi Minh National Academy of Politics would like to introduce the "
        "feature authored by Prof. Dr. Le Van Hoa, published in February 2017.\n***\n"
        "The reform of farm cooperatives in the late 1980s gave households control of their "
        "plots while leaving services such as irrigation to the cooperative.\n"
    )
    assert read_article(page).title.startswith("Lessons of cooperative farming reform")
