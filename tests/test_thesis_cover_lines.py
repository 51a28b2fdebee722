"""A thesis summary's standing cover lines ("This thesis is completed at the", "The thesis
will be defended in front of Thesis Committee", "The thesis can be found at ...") are the
cover's form, never the headline; the cover's "HANOI 2019" dates the page (held-out 137)."""

from __future__ import annotations

import pandas as pd

from tests.page_reading import STORY, read_page

_COVER = (
    "RIVER STUDIES ACADEMY\n\n"
    "CODE: 62 31 02 04\n\n"
    "HANOI 2019\n"
    "This thesis is completed at the\n\n"
    "The thesis will be defended in front of Thesis Committee\n\n"
    "at Academy level, at the River Studies Academy\n\n"
    "The thesis can be found at the National Library\n\n\n"
    "1. The necessity of the thesis\n\n"
)


def test_the_cover_lines_are_no_headline() -> None:
    row = read_page(_COVER + STORY)
    assert "thesis" not in str(row["title"]).casefold()


def test_the_covers_place_and_year_date_the_summary() -> None:
    row = read_page(_COVER + STORY)
    assert row["published"] == pd.Timestamp("2019-01-01")
    assert row["published_precision"] == "year"
