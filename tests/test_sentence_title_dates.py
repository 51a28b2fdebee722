"""A date inside the clause of a sentence taken for the headline is the day of the event
it reports, not the page's date (``ingest/layout/sentence_title_dates.py``; fix42b,
held-out 141's defence item saved body first); a headline naming the day it reports
still dates the page (the zoo README's headline-day rule). Placeholder pages."""

from __future__ import annotations

from analysis.ingest.layout.sentence_title_dates import event_day_sentence
from tests.date_helpers import published_with_address

URL = "https://news.example.org/delta-towns-sign-ferry-loan"
SENTENCE = (
    "The delta province signed an agreement with a lending bank on March 3 2021 to borrow "
    "a modest sum to build four new ferries, the provincial paper reported"
)


def test_an_event_day_inside_a_sentence_dates_nothing() -> None:
    page = (  # saved body first: the lede without its stop, a paragraph, the headline last
        f"{SENTENCE}\n"
        "The ferries, to be handed over within four years, will carry pupils and traders "
        "across the river and keep the landing stages busy, the province said.\n"
        "Delta province; bank sign loan for four ferries\n"
    )
    assert published_with_address(page, URL) == ("NaT", "")
    assert event_day_sentence(SENTENCE)


def test_a_headline_naming_its_day_still_dates() -> None:
    assert not event_day_sentence("Remarks at the Press Conference on March 3rd 2021")
    closing = (
        "The delta province and a lending bank met to sign a loan for four new ferries "
        "on March 3, 2021"
    )
    assert not event_day_sentence(closing)  # twenty words, the date closing the line
