"""A page whose only date is its update stamp is dated by it, to its precision
(``ingest/update_stamps.py``; fix41b, the zoo README's session 41 rule); a published day,
the address's date or a related item's stamp keep it out (placeholder pages)."""

from __future__ import annotations

import pytest

from tests.date_helpers import page_header_date, published_with_address

TEXT = (
    "Relations between the two countries\n\n"
    "Ministers of both governments met four times last year and agreed to widen the "
    "exchange of students, engineers and court officials over the coming years.\n\n"
    "A joint programme trains young lawyers in drafting model rulings and in running "
    "short seminars for the provincial courts.\n"
)


def _with_stamp(stamp: str, where: str = "top") -> str:
    head, rest = "Sample Country\n\n", TEXT
    if where == "top":
        return f"{head}{stamp}\n\n{rest}"
    return f"{head}{rest}\n{stamp}\n"


@pytest.mark.parametrize(
    ("stamp", "where", "day", "precision"),
    [
        ("Last updated in February 2016", "top", "2016-02-01", "month"),
        ("Updated: 12.03.2021", "top", "2021-03-12", "day"),
        ("Stand: 03.05.2019", "bottom", "2019-05-03", "day"),
        ("Last modified: 14 June 2018", "bottom", "2018-06-14", "day"),
        ("Page last reviewed: 9 October 2022", "bottom", "2022-10-09", "day"),
        ("Data as of December 1987", "bottom", "1987-12-01", "month"),
    ],
)
def test_a_stamp_alone_dates_the_page(stamp: str, where: str, day: str, precision: str) -> None:
    found, found_precision = page_header_date(_with_stamp(stamp, where))
    assert (str(found.date()) if found is not None else "", found_precision) == (day, precision)


def test_a_published_day_beats_the_stamp() -> None:
    page = _with_stamp("Last updated: 14 June 2018", "bottom").replace(
        "Sample Country\n\n", "Sample Country\n\nPublished 2 March 2017\n\n"
    )
    found, _ = page_header_date(page)
    assert str(found.date()) == "2017-03-02"


def test_a_related_items_stamp_dates_nothing() -> None:
    page = (
        _with_stamp("", "bottom")
        + "\nRelated articles\n\nBarge traffic on the delta grows again\n\n"
        "Last updated: 14 June 2018\n"
    )
    assert page_header_date(page) == (None, "")


def test_two_stamps_of_different_days_date_nothing() -> None:
    page = _with_stamp("Page last reviewed: 9 October 2022", "bottom")
    page += "\nLast updated: 14 June 2018\n"
    assert page_header_date(page) == (None, "")


def test_a_worded_heading_year_gives_way_to_a_finer_stamp() -> None:
    page = _with_stamp("Data as of December 1987", "bottom").replace(
        "Sample Country\n\n", "Sample Country\n\nFerry pier rebuilt after the 1979 floods\n\n"
    )
    found, precision = page_header_date(page)
    assert (str(found.date()), precision) == ("1987-12-01", "month")


def test_the_address_date_beats_the_stamp() -> None:
    page = _with_stamp("Last Updated: 14 June 2018", "top")
    assert published_with_address(
        page, "https://example.org/archive/1996/6/article/relations/1.html"
    ) == (
        "1996-06-01",
        "month",
    )
    assert published_with_address(page, "https://example.org/country/relations.html") == (
        "2018-06-14",
        "day",
    )
