"""A writer's name with their institution after it, without "By", under the headline
("Name, US-Vietnam Research Center, University of Oregon"; ``layout/affiliation_tails.py``,
held-out 134)."""

import pytest

from analysis.ingest.layout.affiliation_tails import affiliation_tail
from tests.page_reading import read_page

PAGE = (
    "A White Paper Read at Home\n\n{credit}\n\n"
    "Defence attachés in Hanoi were handed the new paper within a week, and most of them "
    "found little in it to report.\n\nIts first readers were cadres and students at home.\n"
)


@pytest.mark.parametrize(
    "credit",
    [
        "Minh Tran, Delta Research Center, University of the River",
        "Minh Tran, University of the River",
        "Minh Tran, Institute for Delta Studies, Hanoi",
    ],
)
def test_a_name_with_its_institution_is_the_writer(credit: str) -> None:
    assert read_page(PAGE.format(credit=credit))["author"] == "Minh Tran"


@pytest.mark.parametrize(
    "credit",
    ["Quang Ninh, Vietnam", "Hanoi, Vietnam National University", "Minh Tran, they said"],
)
def test_a_place_or_a_sentence_is_no_writer(credit: str) -> None:
    assert read_page(PAGE.format(credit=credit))["author"] != "Minh Tran"
    assert "Quang Ninh" not in read_page(PAGE.format(credit=credit))["author"]


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        ("US-Vietnam Research Center, University of Oregon", True),
        ("Diplomatic Academy of Vietnam", True),
        ("Institute for Delta Studies, Hanoi", True),
        ("Hanoi", False),
        ("Hanoi, Vietnam", False),
        ("a centre of the city, they said", False),
    ],
)
def test_affiliation_tail(tail: str, expected: bool) -> None:
    assert affiliation_tail(tail) is expected
