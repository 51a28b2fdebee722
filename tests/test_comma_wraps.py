"""Tests of ``analysis.ingest.layout.comma_wraps``: a headline broken after a comma on the
page's first line is joined with its tail (held-out 132: a diplomatic guide's copy of an
embassy's release); a salutation, an address or a byline under such a line stays apart."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.comma_wraps import comma_wrapped_headline
from analysis.ingest.layout.lines import Paragraph

#: An invented release in the guide's form: the headline over two lines, an intro ending
#: with a colon, numbered items.
_RELEASE = (
    "Viet Nam’s record as a member of  the Mekong River Commission Council, \n"
    "2019 – 2023: six  points  \n\n"
    "Over its four years on the Council, Viet Nam has: \n\n"
    "  1. Pressed for shared data on reservoir releases from every member. \n"
    "  2. Hosted the Council's meeting in Can Tho and its field visit to the delta. \n"
)


def _pair(upper: str, lower: str, first: int = 1) -> tuple[Paragraph, Paragraph]:
    return Paragraph(upper, upper, first, 0), Paragraph(lower, lower, first + 1, 0)


def test_a_headline_broken_after_its_comma_goes_on() -> None:
    upper = "Viet Nam's record as a member of the Mekong River Commission Council,"
    assert comma_wrapped_headline(*_pair(upper, "2019 – 2023: six points"))
    assert comma_wrapped_headline(*_pair(upper, "Its Priorities and Results"))


def test_salutations_addresses_bylines_and_lower_lines_stay_apart() -> None:
    upper = "Viet Nam's record as a member of the Mekong River Commission Council,"
    for lower in (
        "Nguyen Thi Lan",  # a writer's name
        "Hanoi",  # a letter's place
        "Ladies and Gentlemen,",  # a salutation's next name
        "It met twice a year in the capitals of its members.",  # a sentence
    ):
        assert not comma_wrapped_headline(*_pair(upper, lower)), lower
    assert not comma_wrapped_headline(*_pair("Embassy of Viet Nam, 12 Victoria Road,", "London"))
    assert not comma_wrapped_headline(
        *_pair("Excellencies, distinguished guests, dear friends,", "Welcome")
    )
    assert not comma_wrapped_headline(*_pair(upper, "2019 – 2023: six points", first=3))


def test_the_release_keeps_its_whole_headline() -> None:
    article = read_article(_RELEASE)
    assert " ".join(article.title.split()) == (
        "Viet Nam’s record as a member of the Mekong River Commission Council, "
        "2019 – 2023: six points"
    )
