"""Tests of ``analysis.ingest.layout.alt_text.label_avatar_writer``: the name alone under an
avatar's alt text is the writer (fix7981, held-out 79's layout)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.ingest.bylines import looks_like_name
from analysis.ingest.layout import read_article
from analysis.ingest.page_rules import load_rules

# A paper's story page (placeholder text): the headline, a caption with its credit, the
# avatar's alt text, the writer's name, a badge's alt text, the lede.
AVATAR_PAGE = (
    "River ports agree to share dredging crews from next year\n\n"
    "A dredger at work on the river mouth on May 2, 2025.\n\n"
    "PHOTO: FILE\n\n"
    "avatar-alt\n\n"
    "Mira Solberg\n\n"
    "Harbour News Preferred Source badge\n\n"
    "PORT ALMA - Two river ports agreed on Tuesday to share their dredging crews from next "
    "year, cutting the time ships wait at the river mouth.\n\n"
    "The crews will work the two channels in turn, a month at a time.\n"
)


def test_the_name_under_the_avatar_is_the_writer() -> None:
    assert read_article(AVATAR_PAGE).author == "Mira Solberg"


def test_without_the_avatar_no_writer_is_read() -> None:
    # negative: the same lone name with no avatar over it is not taken as the writer here
    page = AVATAR_PAGE.replace("avatar-alt\n\n", "")
    assert read_article(page).author == ""


def test_a_line_under_the_avatar_that_is_no_name_is_not_taken() -> None:
    page = AVATAR_PAGE.replace("Mira Solberg", "Read the full story on our app")
    assert read_article(page).author == ""


def test_a_label_under_an_avatar_is_no_writer() -> None:
    # negative (held-out 67's layout): a sponsor's label under a column's avatar
    page = (
        "Ports should let pilots train abroad\n\n"
        "Rules written for another era keep good pilots away from the busiest channels\n\n"
        "Avatar\n\n"
        "Sponsored Content\n\n"
        "About Sponsored ContentThis content was commissioned by a harbour board.\n"
    )
    assert read_article(page).author == ""


@settings(max_examples=40, deadline=None)
@given(
    first=st.from_regex(r"[A-Z][a-z]{2,9}", fullmatch=True),
    last=st.from_regex(r"[A-Z][a-z]{2,11}", fullmatch=True),
)
def test_any_two_word_name_under_the_avatar(first: str, last: str) -> None:
    name = f"{first} {last}"
    author = read_article(AVATAR_PAGE.replace("Mira Solberg", name)).author
    assert (author == name) == looks_like_name(name, load_rules())
    assert author in ("", name)
