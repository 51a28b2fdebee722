"""A date on a copyright notice's line is the site's, not the page's (held-out 129,
``ingest/copyright_dates.py``). Placeholder pages."""

from __future__ import annotations

import pytest

from analysis.ingest.copyright_dates import copyright_marks, header_notice_marks
from analysis.ingest.layout import read_article

NOTICE_PAGE = """Return to the Home Page

River Trade Articles
© 1998-2012 Delta Consulting, Inc. All rights reserved.   Revised March 1, 2004

Ferry operators ask for new landing stages

The ferry operators on the lower river say their landing stages are too old for the lorries that now cross every hour.
"""


def test_copyright_notice_day_does_not_date_the_page() -> None:
    found = read_article(NOTICE_PAGE).header_date
    assert found is None or str(found.date_start)[:10] != "2004-03-01"


def test_a_dated_line_without_a_notice_still_dates_the_page() -> None:
    page = NOTICE_PAGE.replace(
        "© 1998-2012 Delta Consulting, Inc. All rights reserved.   Revised March 1, 2004",
        "Posted March 1, 2004",
    )
    assert str(read_article(page).header_date.date_start)[:10] == "2004-03-01"


def test_notice_forms() -> None:
    assert copyright_marks("Copyright (c) 2004 Delta Ltd. All Rights Reserved. June 2, 2004")
    assert not copyright_marks("The copyright law of 2004 reserved all rights to authors")


def test_the_notices_own_year_still_dates_a_report() -> None:
    page = (
        "Mekong Futures: Water, Power and Partnership\n\n"
        "© 2019 Delta Research Centre // All Rights Reserved\n\n"
        "The report looks at how the lower basin's states share water and power.\n"
    )
    assert copyright_marks("© 2019 Delta Research Centre // All Rights Reserved", "year") == []
    found = read_article(page).header_date
    assert found is not None and found.date_start.year == 2019


# --- The site's notice among the first lines (held-out 127) ---------------------------


HEADER_NOTICE_PAGE = """Listen live
Text size
Danube Public Radio © 2025 All Rights Reserved

Bulgaria and Vietnam to open a joint language centre

Photo: Agency

Bulgaria and Vietnam will open a joint language centre in Sofia, the education ministry said after talks with a visiting delegation.

The centre will offer courses in Vietnamese and Bulgarian from the autumn term.
"""


def test_the_site_copyright_year_leaves_the_story_undated() -> None:
    assert read_article(HEADER_NOTICE_PAGE).header_date is None


class _P:
    def __init__(self, text: str) -> None:
        self.text = text


@pytest.mark.parametrize(
    ("lines", "index", "marks"),
    [
        (["Radio", "Text size", "Radio © 2025 All Rights Reserved"], 2, ["chrome_beside"]),
        (["Copyright 2024 The Harbour Times"], 0, ["chrome_beside"]),
        (["a", "b", "c", "d", "© 2019 Delta Policy Centre"], 4, []),  # a report's cover, lower
        (["Radio", "Monday, 3 March 2025"], 1, []),  # no notice
    ],
)
def test_header_notice_marks(lines: list[str], index: int, marks: list[str]) -> None:
    assert header_notice_marks([_P(t) for t in lines], index) == marks


# --- The site's notice when a chrome line is taken for the headline (fix40b) ----------


def test_the_site_notice_under_a_chrome_headline_leaves_the_story_undated() -> None:
    page = HEADER_NOTICE_PAGE.replace("Listen live\n", "Podcast in English\n")
    assert read_article(page).header_date is None


@pytest.mark.parametrize(
    ("text", "marks"),
    [
        ("Danube Public Radio © 2025 All Rights Reserved", ["chrome_beside"]),
        ("© Delta Press 2023", []),  # no "All rights reserved": maybe a document's year
        ("1 Vol. 3 ARTICLE Water and power © The Authors 2023 All rights reserved. " * 2, []),
    ],
)
def test_a_short_whole_notice_is_chrome_below_any_headline(text: str, marks: list[str]) -> None:
    assert header_notice_marks([_P("Podcast"), _P(text)], 1, above_headline=False) == marks
