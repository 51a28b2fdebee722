"""A date line closed by a time with a dotted "a.m."/"p.m." is a date line, not a
sentence (``lines.dateline_date``, ``text._CLOSING_TIME``; fix31b, held-out 97)."""

import pandas as pd

from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import dateline_date
from analysis.ingest.page_rules import load_rules

TITLE = "Harbour board plans to dredge the inner channel again"
BODY = (
    "The harbour board met on Tuesday to discuss the dredging of the inner channel, which "
    "has silted up since the spring floods and now turns away the larger barges.\n\n"
    "Members agreed to ask the province for a loan and to hire a second dredger before "
    "the dry season, when the water drops by a metre.\n"
)


def _day(page: str) -> pd.Timestamp | None:
    found = read_article(page).header_date
    return found.date_start if found is not None else None


def test_a_date_line_closed_by_a_dotted_time_dates_the_page() -> None:
    for line in (
        "May 5, 2024 10:20 a.m.",
        "May 5, 2024, 10:20 P.M.",
        "Hanoi, May 5, 2024 10:20 a.m.",
        "Saigon, June 5, 1962—6:20 p.m.",
    ):
        assert _day(f"{TITLE}\n{line}\n{BODY}") is not None, line
    assert _day(f"{TITLE}\nBy Lan Pham\nMay 5, 2024 10:20 a.m.\n{BODY}") == pd.Timestamp(
        "2024-05-05"
    )


def test_sentences_and_common_lines_keep_their_reading() -> None:
    rules = load_rules()
    assert dateline_date("May 5, 2024 in a.m. talks", rules) is None
    assert dateline_date("The talks open on May 5, 2024 at the port.", rules) is None
    page = read_article(
        f"{TITLE}\nBy Lan Pham\nHanoi, May 5 (VNA) - {BODY}\nThe board meets again at 9 a.m.\n"
    )
    assert page.author == "Lan Pham"
    assert page.paragraphs[-1].kind == "body"
    sentence = "The first barge left the channel at 10:20 a.m. with a full load of rice on board."
    long_page = read_article(f"{TITLE}\n{BODY}\n{sentence}\n{BODY}")
    assert next(p.kind for p in long_page.paragraphs if p.text == sentence) == "body"
