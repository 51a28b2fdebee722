"""Tests of ``analysis.ingest.interview_questions``: an interview pasted without its
headline opens on its first question, which is text (held-out 76, fix76b)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.interview_questions import opening_question
from analysis.ingest.layout import read_article

ANSWER = "We will open two more reading rooms in the river districts next spring."


def test_a_question_to_you_answered_and_followed_by_a_question() -> None:
    below = [ANSWER, "What do readers ask for most?"]
    assert opening_question("How do you judge the library's first year?", below)


def test_a_headline_question_is_no_interview_question() -> None:
    below = [ANSWER, "What do readers ask for most?"]
    assert not opening_question("Can small libraries survive the smartphone?", below)
    assert not opening_question("How do you judge the library's first year?", [ANSWER, ANSWER])
    assert not opening_question("How do you judge the first year?", ["Why?", "What next?"])


def test_a_headline_asking_you_over_an_article_stays_the_headline() -> None:
    page = (
        "Do you know where your library books come from?\n\n"
        "Most of the books on the shelves of the city's libraries are printed in two towns "
        "north of the capital, where family presses have worked for a century.\n\n"
        "The presses now print on recycled paper made in the same towns.\n"
    )
    assert read_article(page).title == "Do you know where your library books come from?"


@given(st.text(max_size=80), st.lists(st.text(max_size=40), max_size=5))
def test_a_line_that_asks_nothing_is_never_an_opening_question(line: str, below: list[str]) -> None:
    assert not opening_question(line.rstrip("?\"”'’ ") + ".", below)
