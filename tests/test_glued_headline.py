"""Tests of ``analysis.ingest.layout.glued_headline``: a headline glued to the lede with no
space (held-out 79), on a page of our own (a river ferry line)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.glued_headline import glued_headline_at

PAGE = "\n".join(
    [
        "Ferry line opens on the Lower MekongThe first boat of the new line left the pier",
        "at dawn on Monday with forty riders and their bicycles, the operator said.",
        "",
        "The operator plans four crossings a day in the dry season and two in the wet",
        "season, when the current is strong and the landing stages are under water.",
        "",
        "Riders paid half the fare in the first week, and the province will review the",
        "fares after six months of service on the line.",
    ]
)


def test_a_headline_glued_to_the_lede_is_the_title_and_the_rest_the_lede() -> None:
    article = read_article(PAGE)
    assert article.title == "Ferry line opens on the Lower Mekong"
    lede = next(p for p in article.paragraphs if p.kind == "lede")
    assert lede.text.startswith("The first boat of the new line")


def test_no_split_inside_a_name_or_after_a_sentence() -> None:
    """Negatives: a capital inside a name ("McDonald", "iPhone"), a short head, a head that
    is already a sentence, and a tail that is no prose."""
    assert glued_headline_at("The McDonald family opened a shop on the pier on Monday.") is None
    assert glued_headline_at("Sales of the iPhone rose in the port city this spring.") is None
    petro = (
        "Riders can now fill up at the PetroVietnam stations of the capital through a new "
        "app launched by a start-up this week."
    )
    assert glued_headline_at(petro) is None  # a name goes on: "Vietnam" opens no sentence
    assert glued_headline_at("Ferry opensThe first boat left the pier at dawn today.") is None
    sentence = "The line opened. Then the boats came inThe first left the pier at dawn, they said."
    assert glued_headline_at(sentence) is None
    assert glued_headline_at("Ferry line opens on the riverTimetable") is None


@given(st.text(alphabet=st.characters(categories=["L", "Zs", "P"]), max_size=200))
def test_the_split_point_cuts_between_a_small_letter_and_a_capital(text: str) -> None:
    at = glued_headline_at(text)
    assert at is None or (text[at - 1].islower() and text[at].isupper())


#: A print view of 2001 (held-out 92): a title-case headline glued to the lede, the whole
#: item on one line, the site's name and address under it.
PRINT_VIEW = (
    "Ferry Delegation Leaves HanoiA delegation of river pilots left Hanoi on Saturday after a"
    " week of visits to the landings of the Red River, and the two sides agreed to train more"
    " pilots next year. |\nRiver News Online --- http://www.example.com/ |\n"
)


def test_a_title_case_headline_glued_to_the_lede_is_no_name() -> None:
    article = read_article(PRINT_VIEW)
    assert article.title == "Ferry Delegation Leaves Hanoi"
