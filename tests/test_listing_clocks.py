"""A date line right above a tag or category page's heading is the site's clock (fix37b):
the listing's first item prints no date, so the page is undated; an article's tag line
listing several terms, or a date line over the headline, keeps its date."""

import pandas as pd
import pytest

from analysis.ingest.listing_clocks import listing_scope_heading
from tests.page_reading import read_page

TAG_PAGE = """River Law Magazine is your gateway to the law of the delta

Wednesday, April 8, 2020
{heading}
Ferry licences after the new decree Ferry licences after the new decree
Boat owners on the border river will need one licence instead of three, and the inspection rules of both banks are to be merged by the end of the year.
Port fees for small cargo boats Port fees for small cargo boats
The provincial council cut the fees for boats under twenty tonnes and asked the ports to publish them on a single board at each pier.
"""


def _published(text: str) -> str:
    found = read_page(text)
    return "" if pd.isna(found["published"]) else str(found["published"].date())


@pytest.mark.parametrize(
    "heading", ["Tags: ferry licences", "Category: River transport", "Posts tagged ferries"]
)
def test_the_clock_over_a_listing_heading_dates_nothing(heading: str) -> None:
    assert _published(TAG_PAGE.format(heading=heading)) == ""


@pytest.mark.parametrize(
    "heading",
    [  # an article's tag line lists several terms: the date over it keeps its weight
        "Tags: ferries, licences, border river",
        # no heading at all
        "",
    ],
)
def test_near_cases_keep_the_date(heading: str) -> None:
    assert _published(TAG_PAGE.format(heading=heading)) == "2020-04-08"


def test_the_heading() -> None:
    assert listing_scope_heading("Keywords: consular protection")
    assert not listing_scope_heading("Tags: Vietnam; China")
    assert not listing_scope_heading("Tagging the ferries of the delta is a new project")
