"""Tests of ``analysis.ingest.layout.defined_names``: a name the next paragraph defines in
quotation marks ('"Harbour Hour" is a ...') is a programme's name, no writer (held-out 90)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article

# A listening blog's post of a radio programme (held-out 90's layout, placeholder text).
POST = (
    "Wednesday, 14 September 2022\n\n"
    "Harbour ferries to run at night\n\n"
    "Harbour Hour\n\n"
    '"Harbour Hour" is a ten-minute news programme about the ports of the region. Listen '
    "to it every evening for the latest news from the water.\n\n"
    "The port office says ferries to the outer islands will run at night from next month. "
    "Two new boats with lights and radar will join the fleet.\n\n"
    "Officials said the night crossings would help workers who start early at the market.\n"
)


def test_the_programmes_name_is_no_writer() -> None:
    assert read_article(POST).author == ""


def test_a_writer_with_a_bio_under_the_byline_stays() -> None:
    # negative: a sentence about a person, without quotation marks, leaves the byline
    page = POST.replace("Harbour Hour\n\n", "Lan Pham\n\n", 1).replace(
        '"Harbour Hour" is a ten-minute news programme', "Lan Pham is a reporter"
    )
    assert read_article(page).author == "Lan Pham"


@given(st.sampled_from(["is", "was", "are"]), st.sampled_from(['"{}"', "“{}”"]))
def test_any_quoted_definition(verb: str, quotes: str) -> None:
    page = POST.replace('"Harbour Hour" is', f"{quotes.format('Harbour Hour')} {verb}")
    assert read_article(page).author == ""
