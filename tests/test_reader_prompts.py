"""Tests of ``analysis.ingest.layout.reader_prompts``: a header line where the site speaks
to its reader ("Follow us on:", a search form's prompts, a sponsor's credit) is no
headline, and the U.S. federal ``.gov`` banner is chrome (held-out 77, title77)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.reader_prompts import prompt_features, reader_prompt

LAYOUTS = Path(__file__).parent / "data" / "layouts"


def _title(name: str) -> str:
    return read_article((LAYOUTS / name).read_text(encoding="utf-8")).title


@pytest.mark.parametrize(
    ("fixture", "headline"),
    [
        (  # "Follow us on:" / "News Highlights" over the headline
            "unorgvn_follow_us_section_title_with_place_and_date_print_email_image_alt_glued_"
            "greeting_qa_section.txt",
            "The Resident Coordinator's remarks at the opening of the Mekong Flood Forecasting "
            "Centre, Can Tho, 12 June 2015",
        ),
        (  # the search form's two prompts and "Public Statements" over the headline
            "votesmart_search_chrome_public_statements_title_statement_label_by_date_location_"
            "body.txt",
            "Hearing of the Asia and the Pacific Subcommittee of the House Foreign Affairs "
            "Committee - Mekong Water Security and U.S. Assistance",
        ),
        (  # the .gov banner's five lines over the headline (chrome_prose)
            "stategov_gov_banner_title_remarks_label_speaker_post_place_date_speaker_turns.txt",
            "Deputy Secretary Laura M. Whitfield and Lao Minister of Agriculture Phonesavan "
            "Keola Before Their Meeting",
        ),
        (  # negative: a topic closed by a colon over its text is the headline
            "crackittoday_current_affairs_title_colon_bullets_no_meta.txt",
            "Mekong-Lancang Water Centre",
        ),
    ],
)
def test_the_headline_under_the_sites_prompts(fixture: str, headline: str) -> None:
    assert _title(fixture) == headline


def test_a_section_of_statements_over_the_headline_is_no_writer() -> None:
    """'Public Statements' right above the headline names the site's section
    (``section_head_words``), so the statement's only writer is its ``By:`` line."""
    name = (
        "votesmart_search_chrome_public_statements_title_statement_label_by_date_location_body.txt"
    )
    article = read_article((LAYOUTS / name).read_text(encoding="utf-8"))
    assert article.author == "Walter J. Haynes"


def test_a_page_without_the_prompt_keeps_its_headline() -> None:
    """Our own page: a sponsor's credit over the site's name and the headline."""
    page = (
        "With support from the Delta Water Trust\n\n"
        "Pumps for the Dry Season: Five Villages Share One Workshop\n\n"
        "By Anna Berg\n\n"
        "Five villages on the river have opened one workshop to repair their irrigation "
        "pumps, and the farmers say the spare parts now arrive in days, not weeks.\n"
    )
    assert read_article(page).title == "Pumps for the Dry Season: Five Villages Share One Workshop"
    bare = page.replace("With support from the Delta Water Trust\n\n", "")
    assert read_article(bare).title == "Pumps for the Dry Season: Five Villages Share One Workshop"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Follow us on:", True),
        ("Share via:", True),
        ("First, enter a politician or zip code", True),
        ("Now, choose a category", True),
        ("With support from the University of Richmond", True),
        ("Sponsored by the Delta Water Trust", True),
        ("Mekong-Lancang Water Centre:", False),  # a topic over its text
        ("Lavrov in a statement after talks with the Lao foreign minister:", False),
        ("Choosing a category of rice for the dry season", False),
        ("Enter the dragon: a new dry port opens in Laos", True),  # the list's reading
        ("Follow us on: Facebook, Twitter", True),  # the list's reading: a share widget
        ("Notes on: the pumps of the delta", False),  # the object is there
        ("With support from donors, five villages open a pump workshop in the delta.", False),
        ("In this news:", True),  # a widget's label, its list lost
        ("In this article:", True),
        ("In this issue: new ferry berths on the river", False),  # names its item
        ("In this news the ferry is late:", False),
    ],
)
def test_reader_prompt(line: str, expected: bool) -> None:
    assert reader_prompt(line) is expected
    assert prompt_features(line) == (["reader_prompt"] if expected else [])


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=9)


@given(st.lists(_WORD, min_size=1, max_size=3), st.sampled_from(["on", "to", "via", "with"]))
def test_a_short_phrase_cut_before_its_object_is_a_prompt(words: list[str], prep: str) -> None:
    line = " ".join(["Share", *words, prep]) + ":"
    assert reader_prompt(line)
    assert not reader_prompt(line + " Anything Here")  # the object printed after the colon


@given(st.lists(_WORD, min_size=1, max_size=8))
def test_a_line_closed_by_a_full_stop_opens_no_prompt(words: list[str]) -> None:
    assert not reader_prompt("Supported by " + " ".join(words) + ".")


#: A guide page whose search box asks a question above the headline (placeholder text).
SEARCH_QUESTION_PAGE = (
    "What are you looking for?\n\n\n"
    "Mountain tea farms of the north\n\n"
    "Mon, 3 Mar 2014. Last updated Tue, 3 Mar 2015 09:10\n\n"
    "Tea has been grown on the terraces of the northern hills for centuries, and the farms "
    "now sell green and smoked leaves to buyers from the lowland cities and abroad.\n\n"
    "The largest farms stand above the river valleys, where the mist keeps the leaves "
    "tender in the dry months before the rains come.\n"
)


def test_a_search_boxs_question_to_the_reader_is_no_headline() -> None:
    """held-out 82: a short question with a question word and "you" over the page is the
    search box's prompt; the line over the date line is the headline. A question of the
    same shape without "you" stays a possible headline."""
    assert reader_prompt("What are you looking for?")
    assert reader_prompt("Where are you going?")
    assert not reader_prompt("Where would you like to go this spring?")  # too long
    assert not reader_prompt("Where do tea farmers sell leaves?")
    assert not reader_prompt("What will you find in the northern tea hills this spring?")
    assert read_article(SEARCH_QUESTION_PAGE).title == "Mountain tea farms of the north"


def test_a_widgets_label_over_a_page_with_no_headline_is_no_title() -> None:
    """Our own page: an aggregator's "In this news:" label over the story's one paragraph."""
    page = (
        "In this news:\n"
        "Ferry traffic between the two river ports rose by a fifth in the first half, the "
        "port authority said on Monday, as new berths opened and tolls were cut for trucks.\n"
    )
    assert read_article(page).title == ""
    # negative: a headline over the same paragraph stays the headline
    titled = page.replace("In this news:", "Ferry traffic rises on the river")
    assert read_article(titled).title == "Ferry traffic rises on the river"
