"""A numeric date both of whose numbers could be the month ("05/06/2024") is read in the
order the page's own words settle: a named day in one reading's month only
(``ingest/named_month_order.py``; fix42b, held-out 141's US defence site). Placeholder
pages."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from analysis.ingest.day_month_order import settle_day_month
from analysis.ingest.named_month_order import named_month_order
from tests.date_helpers import published_with_address

URL = "https://example.org/?p=4242"


def _page(lede: str) -> str:
    return (
        "Sample Minister Travels to the Delta\n\n05/06/2024\n\nBy Jane Sample\n\n"
        f"Sampletown – {lede}\n\n"
        "Officials of both sides said the visit would widen the training of river pilots "
        "and of harbour engineers.\n"
    )


@pytest.mark.parametrize(
    ("lede", "day"),
    [
        ("The minister will attend two ceremonies on May 6 and 7 in the port.", "2024-05-06"),
        ("The minister will attend a ceremony on 5 June in the port.", "2024-06-05"),
        ("The minister will attend a ceremony on Jun. 5, 2024 in the port.", "2024-06-05"),
        # no month named: the day-first reading stays, as before
        ("The minister will attend a ceremony in the port next week.", "2024-06-05"),
        # both readings' months named: nothing settled
        ("Ceremonies run from May 30 to June 2 in the port.", "2024-06-05"),
        # a named day of another year is no evidence
        ("The port first opened on May 6, 1954 after the war.", "2024-06-05"),
    ],
)
def test_the_pages_named_months_settle_the_order(lede: str, day: str) -> None:
    assert published_with_address(_page(lede), URL) == (day, "day")


def para(text: str) -> SimpleNamespace:
    return SimpleNamespace(text=text, kind="", line=1)


def test_named_month_order() -> None:
    assert named_month_order([para("05/06/2024"), para("on May 6 the talks")]) == "mdy"
    assert named_month_order([para("05/06/2024"), para("on 5th of June the talks")]) == "dmy"
    assert named_month_order([para("05/06/2024"), para("they may 6 times")]) == ""
    assert named_month_order([para("05/05/2024"), para("on May 5 the talks")]) == ""
    # a 12-hour clock or a day above 12 settles it first
    assert settle_day_month([para("05/06/2024 10:15 AM"), para("on 5 June the talks")]) == "mdy"
    assert settle_day_month([para("05/06/2024"), para("on May 6 the talks")]) == "mdy"
