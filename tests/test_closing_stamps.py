"""A bracketed numeric date closing the text dates a page with no other date
(``layout/closing_stamps.py``; fix31b, held-out 96)."""

import pandas as pd

from analysis.ingest.layout import read_article

TITLE = "Harbour board hires a second dredger for the inner channel"
LEDE = (
    "Haiphong: The harbour board has hired a second dredger to deepen the inner channel, "
    "which has silted up since the spring floods and now turns away the larger barges."
)


def _day(page: str) -> pd.Timestamp | None:
    found = read_article(page).header_date
    return found.date_start if found is not None else None


def test_a_bracketed_date_closing_the_text_dates_the_page() -> None:
    assert _day(f"{TITLE}\n\n{LEDE}  [14/11/06]\n") == pd.Timestamp("2006-11-14")
    assert _day(
        f"{TITLE}\n\n{LEDE}\n\nThe second dredger is due to start work in May and to finish before the rains come. [3.5.2007]\n"
    ) == pd.Timestamp("2007-05-03")


def test_other_dates_keep_their_reading() -> None:
    dated = f"{TITLE}\nBy Lan Pham\n12 March 2024\n\n{LEDE}  [14/11/06]\n"
    assert _day(dated) == pd.Timestamp("2024-03-12")  # the header's date wins
    assert _day(f"{TITLE}\n\n{LEDE} The order [14/11/06] was signed in the port.\n") is None
    assert _day(f"{TITLE}\n\n{LEDE} [Photo: Lan Pham]\n") is None
    assert _day(f"{TITLE}\n\nHanoi, May 5 (VNA) - {LEDE} [1]\n") is None
