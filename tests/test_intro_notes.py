"""Tests of ``analysis.ingest.layout.intro_notes``: a note introducing the text after it
("Following here is a full text of the interview:") is the text's first line, not the
headline (held-out 87)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.intro_notes import intro_note

#: A placeholder interview pasted from its full-text note: the note, a question, answers.
PASTED_INTERVIEW = """Below is the full text of the interview:

What do you expect from the new ferry agreement between the two provinces?

The agreement lets ferries of both provinces use each other's landings. Commuters will save an hour a day.

How will the two sides share the costs of the new landings?

Each province pays for the landings on its own bank, and the fares are shared by the number of crossings.
"""


def test_the_note_is_text_and_the_page_has_no_headline() -> None:
    article = read_article(PASTED_INTERVIEW)
    assert article.title == ""
    assert article.paragraphs[0].kind not in ("title", "boilerplate", "heading")


def test_a_labelled_headline_is_no_note() -> None:
    assert not intro_note("Full text of the interview")
    assert not intro_note("Interview: river ports after the new agreement")
    assert not intro_note("Here are the key points:")


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=8)


@given(
    opener=st.sampled_from(["Following is", "Below is", "Here is", "The following are"]),
    noun=st.sampled_from(["the full text", "the transcript", "excerpts", "the remarks"]),
    words=st.lists(_WORD, max_size=8),
)
def test_any_short_note_closed_by_a_colon(opener: str, noun: str, words: list[str]) -> None:
    assert intro_note(f"{opener} {noun} {' '.join(words)}:".replace("  ", " "))


@given(words=st.lists(_WORD, min_size=1, max_size=8))
def test_no_colon_no_note(words: list[str]) -> None:
    assert not intro_note("Following is the full text " + " ".join(words))
