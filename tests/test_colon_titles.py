"""Tests of ``analysis.ingest.layout.colon_titles``: a work's title and subtitle joined by
a colon and closed by a full stop is a headline, not the lede (held-out 91, univie)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.colon_titles import colon_title, colon_title_over_text
from analysis.ingest.layout.lines import split_lines

#: A university department's news item on a member's book: the section's label, the
#: book's title closed by its catalogue's stop, two blank lines, the notice's paragraphs.
_NOTICE = (
    "News AsiaS\n"
    "\n"
    "Ferry Routes of the Upper Delta: Laos, Cambodia and their links with Thailand.\n"
    "\n"
    "\n"
    "In this book, the author, Dr. Rosa Lindqvist, argues that the delta provinces share "
    "ferry timetables with their neighbours as a form of insurance. Sharing lets smaller "
    "towns plan their markets around the crossings.\n"
    "\n"
    "You can find more details of Dr. Lindqvist's book in the following link.\n"
)


def test_a_book_title_closed_by_a_stop_is_the_headline() -> None:
    article = read_article(_NOTICE)
    assert article.title == (
        "Ferry Routes of the Upper Delta: Laos, Cambodia and their links with Thailand."
    )


def test_a_lede_opened_by_a_place_and_a_colon_stays_text() -> None:
    """Negative: a place and a colon before a sentence in sentence case, two sentences, or
    no closing stop."""
    assert not colon_title("Ho Chi Minh City: The city's committee said it would open a ferry.")
    assert not colon_title("Ferry Routes of the Delta: Laos. Cambodia and their links.")
    assert not colon_title("Ferry Routes of the Delta: Laos, Cambodia and their links")
    assert not colon_title("Ferry: Laos, Cambodia and Their Links with Thailand.")  # one word
    page = _NOTICE.replace(
        "Ferry Routes of the Upper Delta: Laos, Cambodia and their links with Thailand.",
        "Ferry routes of the upper delta: the ferries ran late again this week.",
    )
    assert read_article(page).title == ""


def test_only_over_running_text() -> None:
    paras = split_lines(_NOTICE)
    assert colon_title_over_text(paras, 1)
    assert not colon_title_over_text(paras, 0)
    assert not colon_title_over_text(paras[:2], 1)  # nothing below it


@given(st.text(max_size=120))
def test_any_text_is_read_without_error(text: str) -> None:
    assert colon_title(text) in (True, False)
