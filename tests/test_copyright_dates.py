"""A date on a copyright notice's line is the site's, not the page's (held-out 129,
``ingest/copyright_dates.py``). Placeholder pages."""

from __future__ import annotations

from analysis.ingest.copyright_dates import copyright_marks
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
