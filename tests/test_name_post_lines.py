"""Tests of ``analysis.ingest.layout.name_post_lines``: writers named without "By" (held-out
78's Communist Review and journal pages and Vietnam Times' page of contributions, their
layouts with placeholder sentences on another subject)."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.layout.name_post_lines import header_name_over_post, is_institution_line
from analysis.ingest.page_rules import load_rules

RULES = load_rules()

_JOURNAL = (
    "River transport and the delta's small towns\n\n"
    "{name}\n"
    "{post}\n"
    "Tuesday, June 8, 2021 10:00\n\n"
    "Review - River boats carried most of the delta's goods until the roads were paved.\n\n"
    "A ferry landing after its repair _ Photo: Documentation\n\n"
    "Over the past decade the number of cargo boats has fallen, yet passenger ferries remain.\n"
)


def test_a_name_over_an_institution_is_the_writer() -> None:
    article = read_article(
        _JOURNAL.format(
            name="Assoc. Prof. Dr. Pham Thi Lan",
            post="Dean of the Faculty of Geography, Can Tho University",
        )
    )
    assert article.author == "Pham Thi Lan"
    assert "name over its post" in article.author_source


def _header(*lines: str) -> list:
    """Header lines, read as boilerplate (as the loader leaves unread header lines)."""
    paras = split_lines("\n\n".join(lines) + "\n")
    for p in paras:
        p.kind = "boilerplate"
    paras[0].kind = "title"
    return paras


def test_a_speakers_post_and_a_list_of_people_give_no_writer() -> None:
    """A speaker's post names no institution; two names over posts list a talk's people."""
    one = _header("River boats", "Pham Thi Lan", "Researcher, Institute of Geography")
    assert header_name_over_post(one, RULES) == (
        ["Pham Thi Lan"],
        "a name over its post, lines 3-5: 'Pham Thi Lan'",
    )
    speaker = _header("River boats", "Pham Thi Lan", "Minister of Transport")
    assert header_name_over_post(speaker, RULES) is None
    two = _header(
        "River boats",
        "Pham Thi Lan",
        "Researcher, Institute of Geography",
        "Tran Van Hai",
        "Lecturer, Hue College of Arts",
    )
    assert header_name_over_post(two, RULES) is None


def test_a_name_over_a_post_over_an_institution_is_the_writer() -> None:
    # held-out 135's law magazine: the name alone, then the post's line (no institution
    # word), then the institution's line, each between blanks, over the text
    article = read_article(
        "River towns and their ferries\n\n"
        "The delta's ferries carry schoolchildren, traders and their goods every morning, "
        "and the river towns depend on them more than on any road.\n\n"
        "Pham Thi Lan\n\nVice Chairwoman, State Committee for River Transport,\n\n"
        "Ministry of Transport\n\n"
        "Ferries remain the busiest public transport of the delta's towns.\n\n"
        "The delta's ferries carry schoolchildren, traders and their goods every morning, "
        "and the river towns depend on them more than on any road.\n"
    )
    assert article.author == "Pham Thi Lan"
    assert "lines 5-9" in article.author_source


def test_a_post_over_no_institution_or_a_plain_line_over_one_gives_no_writer() -> None:
    # negatives: the post's line over a line naming no institution; a line with no post
    # word between the name and the institution
    no_body = _header("River boats", "Pham Thi Lan", "Chairwoman, River Club", "Hanoi")
    assert header_name_over_post(no_body, RULES) is None
    no_post = _header("River boats", "Pham Thi Lan", "The delta towns", "Ministry of Transport")
    assert header_name_over_post(no_post, RULES) is None


_CONTRIBUTIONS = (
    "Friends abroad write about river festivals\n\n"
    "How do river towns abroad keep their festivals alive? Friends from several countries "
    "wrote to us.\n"
    "March 2, 2025 | 09:30\n"
    "Rowing Crews Visit a Festival of Boats\n"
    "A River Museum Opens Its Doors to Schools\n\n"
    "Ana Souza, Chair of the Brazil-Viet Nam River Club\n\n"
    "Start with the boats\n\n"
    "In my town the festival starts with the boats, and {pronoun} volunteers paint them "
    "each spring.\n\n"
    "Ana Souza, Chair of the Brazil-Viet Nam River Club. (Photo: Placeholder)\n\n"
    "The club would gladly send two crews to a race in Viet Nam next year.\n\n"
    "Jonas Berg, Secretary of the Norway-Viet Nam Friendship Institute\n\n"
    "Bring music to the water\n\n"
    "I think music on the water draws more visitors than any fair on land.\n"
)


def test_contributions_each_opened_by_name_and_post_give_their_writers() -> None:
    article = read_article(_CONTRIBUTIONS.format(pronoun="our"))
    assert article.author == "Ana Souza; Jonas Berg"


def test_name_and_post_headings_without_first_person_text_give_no_writers() -> None:
    """Subheadings naming people over text about them (a report) are no contributions."""
    page = _CONTRIBUTIONS.format(pronoun="their").replace("In my town", "In the town")
    page = page.replace("I think music", "The club thinks music")
    assert read_article(page).author == ""


def test_institution_lines() -> None:
    assert is_institution_line("PhD, Academy of Journalism and Communication", RULES)
    assert is_institution_line("Head of the Faculty of Library Science", RULES)
    assert not is_institution_line("Secretary of State", RULES)
    assert not is_institution_line("Provinces open reading rooms on Sundays", RULES)


# (b138) Our own page in the layout of held-out 138's academy page: the site's name, the
# title, "Name, <Review>," and the academy's name again on the next line, the abstract.
_REVIEW = (
    "Provincial Academy Of River Studies\n\n"
    "Night Ferries and the Delta's Small Towns\n\n\n"
    "{byline}\n\n"
    "Provincial Academy of River Studies.\n\n\n"
    "Abstract: The article asks which river towns kept their ferries after the bridges were "
    "built, using timetables from 2010 to 2018, and finds that the smallest kept them longest.\n\n"
    "Keywords: Ferries, river towns, transport.\n"
)


def test_a_name_and_its_review_over_the_academy_line_is_the_writer() -> None:
    article = read_article(_REVIEW.format(byline="Le Thi Thu, River Studies Review,"))
    assert article.author == "Le Thi Thu"
    assert article.title != "Provincial Academy of River Studies."  # the masthead again


def test_a_name_and_words_not_going_on_to_an_institution_give_no_writer() -> None:
    # negatives: no closing comma (the line ends there), or a plain line below
    for byline in ("Le Thi Thu, River Studies Review", "Le Thi Thu, River Studies Review."):
        assert read_article(_REVIEW.format(byline=byline)).author == "", byline
    page = _REVIEW.format(byline="Le Thi Thu, River Studies Review,").replace(
        "Provincial Academy of River Studies.\n", "Ferries at dusk.\n"
    )
    assert read_article(page).author == ""
