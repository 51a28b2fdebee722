"""The plain label of a page's own date in German and Spanish ("Datum:",
"Fecha:") is read as "Date:" is (``published_labels`` of
``data/header_scoring.yaml``; fix43b, held-out 138): over a site's clock above the
headline; placeholder pages."""

from __future__ import annotations

import pytest

from tests.page_reading import STORY, read_page

PAGE = (
    "Monday, 5 December 2022\n\nNotes for exporters on proving origin\n\n{label} 16/11/2022\n\n"
    + STORY
)


@pytest.mark.parametrize("label", ["Date:", "Datum:", "Fecha:"])
def test_a_labelled_date_outranks_the_site_clock(label: str) -> None:
    row = read_page(PAGE.format(label=label), "https://portal.example.de/node/76973")
    assert str(row["published"].date()) == "2022-11-16"
