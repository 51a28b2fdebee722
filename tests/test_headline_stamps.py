"""Tests of ``analysis.ingest.layout.headline_stamps``: the headline repeated after the
text with a short day and a "[Last modified: ...]" stamp is the page's date line, not a
caption (held-out 90)."""

from __future__ import annotations

import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.headline_stamps import stamped_headline_copy

HEADLINE = "Island ferry fares rise as fuel costs climb"

# A paper's copy of a wire story (held-out 90's layout, placeholder text).
COPY = (
    "Make us your home page\n\n"
    f"{HEADLINE}\n\n"
    "HARBOUR TOWN — Ferry fares on the three island routes will rise by a tenth from May, "
    "the operators told the harbour board on Tuesday.\n\n"
    "The board said it would review the fares again before the dry season.\n\n"
    f"{HEADLINE} 04/02/13 [Last modified: Tuesday, April 2, 2013 6:10pm]\n"
    "Photo reprints | Article reprints\n\n"
    "Copyright: For copyright information, please check with the distributor of this item.\n"
)


def test_the_stamped_copy_of_the_headline_dates_the_page() -> None:
    article = read_article(COPY)
    assert article.title == HEADLINE
    assert pd.Timestamp(article.header_date.date_start) == pd.Timestamp("2013-04-02")


def test_a_caption_opening_with_the_headline_gives_no_date() -> None:
    # negative: the headline and a picture's description are a caption, not a date line
    page = COPY.replace(
        "04/02/13 [Last modified: Tuesday, April 2, 2013 6:10pm]", ": a ferry at the quay"
    )
    assert read_article(page).header_date is None


@given(
    st.dates(
        min_value=pd.Timestamp("1995-01-01").date(), max_value=pd.Timestamp("2030-12-31").date()
    ),
    st.sampled_from(["Last modified", "Updated", "Posted"]),
)
def test_any_day_and_stamp_after_the_headline(day, label: str) -> None:
    stamp = f"{day:%m/%d/%y} [{label}: {day:%A, %B} {day.day}, {day.year} 9:38pm]"
    assert stamped_headline_copy(f"{HEADLINE} {stamp}", HEADLINE)
    assert not stamped_headline_copy(f"{HEADLINE} as {label.lower()} rules bite", HEADLINE)
