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


READOUT_COPY = (
    "Department of State\n"
    "As stated by Spokesperson Lena Marsh:\n"
    "In a call today, the Deputy Secretary and the Minister of Transport reviewed the "
    "training of river pilots and the new buoys on the Hau River channel. They agreed to "
    "hold a workshop on river traffic next spring.\n"
)


def test_a_line_attributing_the_text_to_a_speaker_is_no_headline():
    """(held-out 109) An aggregator's copy of a readout saved from its attribution line."""
    article = read_article(READOUT_COPY)
    assert article.title == ""
    assert lead_in("As stated by Spokesperson Lena Marsh:")
    assert lead_in("The following is attributable to Principal Deputy Spokesperson Lena Marsh:")
    assert lead_in("The below is attributable to Spokesperson Lena Marsh:")


def test_attribution_words_in_a_headline_or_byline_are_no_lead_in():
    # negatives: a headline naming the words, a byline, a dateline, an attributed headline
    assert not lead_in("As stated by the minister: ports reopen after the floods")
    assert not lead_in("Remarks attributable to the Ambassador on river safety")
    assert not lead_in("By Lena Marsh")
    assert not lead_in("Hanoi, May 5 (VNA) - As stated by the ministry")
    assert not lead_in("Updated: May 5, 2024")


LETTER_COPY = (
    "The letter reads:\n\n"
    "\u201cWord of your election as Chairman of the river commission reached us today, and "
    "our delegates join me in sending warm greetings.\n\n"
    "leftcenterrightdel\n"
    "Commission Chairman Le Van Phong\n\n"
    '"Our two boards have shared flood data for many years, and I trust the coming '
    "season will bring new gauges to the upper reaches.\u201d\n\n"
    "Source: VNA\n"
)

STATEMENT_COPY = (
    "The statement reads in full as follows.\n"
    "The two sides reviewed the ferry service across the river and agreed to add a second "
    "boat before the dry season, so that traders can cross twice a day.\n"
    "They asked their transport departments to share timetables and to train crews "
    "together every spring./.\n"
)


def test_a_short_quotation_lead_in_and_a_full_text_note_are_no_headlines():
    """(held-out 115) A letter saved from "The letter reads:" and a joint statement saved
    from "The statement reads in full as follows." have no headline; both lines are text."""
    for page, opening in ((LETTER_COPY, "The letter"), (STATEMENT_COPY, "The statement")):
        article = read_article(page)
        assert article.title == ""
        first = next(p for p in article.paragraphs if p.text.startswith(opening))
        assert first.kind in {"lede", "body"}


def test_headlines_and_labels_near_a_full_text_note_stay_as_they_were():
    # negatives: no full stop or colon, a sentence ending "reads." or "said.", two words
    assert not lead_in("Joint statement printed in full")
    assert not lead_in("What the new river treaty reads.")
    assert not lead_in("The minister said.")
    assert not lead_in("Full text:")
    assert not lead_in("Ports reopen in full after the floods")
    assert lead_in("The joint statement reads in full:")
