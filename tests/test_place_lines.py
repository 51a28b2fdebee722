"""Tests of ``analysis.ingest.layout.place_lines``: a writer's place "City, ST" is no name
printed surname first (held-out 79), on a page of our own (a ferry essay)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.place_lines import city_and_code


def test_a_city_and_state_code_under_the_headline_is_no_writer() -> None:
    page = "\n\n".join(
        [
            "The Last Ferry Keepers of the Lower River",
            "Portland, OR",
            "The ferry keepers of the lower river once rowed across at dawn to open the "
            "landing stages, and the first riders waited for them on the far bank.",
            "Since the bridge opened, the keepers have had fewer riders every year, and the "
            "province has asked them to keep the line running only in the dry season.",
        ]
    )
    article = read_article(page)
    assert article.author == ""
    # the same line with a given name is still read as a writer printed surname first
    named = read_article(page.replace("Portland, OR", "Pham, Thu Trang"))
    assert named.author == "Pham Thu Trang"


def test_only_a_known_code_closing_the_line_makes_a_place() -> None:
    assert city_and_code("Salt Lake City, UT")
    assert not city_and_code("Smith, John")
    assert not city_and_code("Smith, JQ")  # initials, no state's code
    assert not city_and_code("Seattle, WA, a city of rain")


@given(st.text(alphabet=st.characters(categories=["Lu", "Ll"]), min_size=2, max_size=2))
def test_a_code_counts_only_in_capitals(code: str) -> None:
    if not code.isupper():
        assert not city_and_code(f"Seattle, {code}")
