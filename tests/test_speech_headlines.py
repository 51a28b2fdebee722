"""A government's long speech headline is a heading, not running text (held-out 89)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.speech_headlines import speech_headline

HEADLINE = (
    "Remarks of the Deputy Head of Mission of the Embassy of Sweden in Hanoi, Karl Lind, "
    "at the handover of the river gauges to the hydrometeorological stations of An Giang"
)
PAGE = (
    f"{HEADLINE}\n\n"
    "Tal av biträdande beskickningschef Karl Lind/ Phó Đại sứ Karl Lind phát biểu\n\n"
    "05.06.2022 - Pressmeddelande\n\n"
    "It is a pleasure to hand over these twenty river gauges to the stations of An Giang, "
    "which will measure the water of the delta every hour of the flood season.\n\n"
    "The gauges send their readings by mobile network, so the stations can warn the "
    "communes downstream a day earlier than before.\n"
)


def test_a_speech_headline_of_26_words_is_the_title_and_the_date_under_it_is_read():
    article = read_article(PAGE)
    assert article.title == HEADLINE
    assert article.header_date is not None
    assert str(article.header_date.date_start)[:10] == "2022-06-05"


def test_a_sentence_opening_the_same_way_is_no_headline():
    sentence = (
        "Remarks by the minister at the dinner were brief, and the guests applauded when "
        "she thanked the cooks of the embassy and the musicians for the evening."
    )
    assert not speech_headline(sentence)
    assert not speech_headline("The remarks of the head of the section were brief")


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=9)


@given(words=st.lists(_WORD, min_size=1, max_size=30), stop=st.sampled_from([".", "!", "?"]))
def test_a_line_closed_by_a_stop_is_never_a_speech_headline(words: list[str], stop: str):
    assert not speech_headline("Remarks by " + " ".join(words) + stop)


@given(words=st.lists(_WORD, min_size=1, max_size=40))
def test_remarks_by_a_speaker_without_a_stop_is_one(words: list[str]):
    assert speech_headline("Remarks by " + " ".join(words))
