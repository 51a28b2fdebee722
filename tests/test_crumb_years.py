"""Tests of ``analysis.ingest.crumb_years``: a page with no date of its own is dated by
the year its breadcrumb files it under (held-out 91, uisgda)."""

from __future__ import annotations

import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.crumb_years import crumb_year
from tests.test_host_names import _read

#: A policy site's commentary: the breadcrumb with the archive's year, the headline
#: again, two blank lines, the byline, paragraphs one a line.
_PAGE = (
    "Main » News and comments » 2022 » Are Laos and Chile Moving Towards a Fruit Pact?\n\n"
    "Are Laos and Chile Moving Towards a Fruit Pact?\n\n\n"
    "By K. Marlowe\n"
    "Inspectors from both countries met twice this spring to compare their rules on fruit "
    "shipped through the delta ports.\n"
    "The talks are expected to resume after the harvest, officials said on both sides.\n"
)


def test_a_breadcrumbs_year_dates_an_undated_page() -> None:
    doc = _read(_PAGE, "https://policy.example.com/en/are-laos-and-chile-moving.html")
    assert str(doc["published"])[:10] == "2022-01-01"
    assert doc["published_precision"] == "year"


def test_a_page_with_its_own_date_or_no_year_piece_keeps_it() -> None:
    """Negative: a day under the byline outranks the breadcrumb's year; a breadcrumb with
    no year piece, or a year inside a piece's words, dates nothing."""
    dated = _PAGE.replace("By K. Marlowe\n", "By K. Marlowe\n12 March 2021\n")
    doc = _read(dated, "https://policy.example.com/en/are-laos.html")
    assert str(doc["published"])[:10] == "2021-03-12"
    no_year = _PAGE.replace(" » 2022 »", " »")
    assert pd.isna(_read(no_year, "https://policy.example.com/en/are-laos.html")["published"])
    assert crumb_year("Main » News » Plans for 2022 » Title") is None
    assert crumb_year("In 2022 » prices rose") is None


@given(st.integers(min_value=1990, max_value=2099))
def test_any_year_piece_is_read(year: int) -> None:
    found = crumb_year(f"Home » Archive » {year} » A Title Here")
    assert found is not None and found[0] == year
