"""A date inside the clause of a sentence taken for the headline is an event's day.

A headline that names the full day of what it reports dates a page that prints no date
of its own (the zoo README's headline-day rule: "... Press Conference in June 9th 2016").
A copy saved body first hands the title's place to the lede, a whole sentence whose date
sits inside a clause, with the clause going on after it ("X signed an agreement with Y on
July 28 2020 to borrow a large sum to build six vessels, state media reported": held-out
141's defence item, gold undated). Such a date is the day of the event the sentence
reports, not a dateline: a title line of a sentence's length (``SENTENCE_MIN_WORDS``)
whose date has ``CLAUSE_MIN_WORDS`` words or more after it gives no date source.
"""

from __future__ import annotations

from analysis.core.text import count_words
from analysis.ingest.date_memo import absolute_dates

#: A headline has rarely more words; a lede's sentence often does.
SENTENCE_MIN_WORDS = 20

#: Words after the date that carry the sentence's clause on ("to borrow a large sum ...").
CLAUSE_MIN_WORDS = 6


def event_day_sentence(text: str) -> bool:
    """Whether the title line ``text`` is a sentence whose every day-precision date sits
    inside a clause (the module's docstring)."""
    if count_words(text) < SENTENCE_MIN_WORDS:
        return False
    days = [m for m in absolute_dates(text) if m.precision == "day"]
    return bool(days) and all(count_words(text[m.end :]) >= CLAUSE_MIN_WORDS for m in days)


def title_line_source(text: str) -> tuple[str, str] | None:
    """The title line ``text`` as a date source with its base feature ``title_line``, or
    None for a sentence whose days are events (``event_day_sentence``)."""
    return None if event_day_sentence(text) else (text, "title_line")
