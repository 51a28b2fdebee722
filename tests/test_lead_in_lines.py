"""A sentence announcing what follows it is no headline (held-out 89)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.lead_in_lines import lead_in, lead_in_features

BRIEF = (
    "The Asian Development Bank (ADB) has approved the following:\n\n\n"
    "The project will rebuild three river ports on the Red River and deepen the channels "
    "that lead to them, so that larger barges can carry rice and building materials.\n\n\n"
    "$60 million equivalent loan from ADB's Asian Development Fund.\n"
)


def test_a_print_brief_without_headline_gets_no_title_and_keeps_its_opening_as_text():
    article = read_article(BRIEF)
    assert article.title == ""
    opening = next(p for p in article.paragraphs if p.text.startswith("The Asian"))
    assert opening.kind in {"lede", "body"}


def test_a_headline_with_a_colon_inside_stays_a_headline():
    assert not lead_in("Mekong ports: the following years will test the barges")
    assert lead_in_features("The main points of the statement are as follows:") == ["lead_in"]


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=9)


@given(words=st.lists(_WORD, min_size=2, max_size=20))
def test_any_sentence_closed_by_the_following_colon_is_a_lead_in(words: list[str]):
    assert lead_in("The " + " ".join(words) + " the following:")
    assert not lead_in("The " + " ".join(words) + " the following")


MESSAGE = (
    "The message reads, in part:\n"
    "\u201cI warmly congratulate you on the reopening of the old harbour library.\n"
    "Its readers will find there books in both our languages, and our teachers will "
    "lecture there every spring.\n"
    "I wish its staff every success.\u201d\n"
)


def test_a_quotation_lead_in_is_no_headline():
    """(held-out 108) A head of state's page saved from "The message reads, in part:"."""
    article = read_article(MESSAGE)
    assert article.title == ""
    assert lead_in("The message reads, in part:")
    assert lead_in("The joint statement said:")


def test_headlines_ending_like_a_lead_in_without_a_colon_stay_headlines():
    # negatives: no closing colon, or a short label
    assert not lead_in("What the message reads")
    assert not lead_in("Minister said: talks to resume in Hanoi")
    assert not lead_in("He wrote:")
    assert not lead_in("Hanoi (VNA) - The minister said")
