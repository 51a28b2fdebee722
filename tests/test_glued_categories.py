"""A post's date glued to its category name ("Apr 10, 2016Event Updates") is the post's
date line (``ingest/layout/glued_categories.py``; fix42b, held-out 136's forum post), over
a lede that opens with another day. Placeholder pages."""

from __future__ import annotations

import pytest

from analysis.ingest.layout.glued_categories import without_glued_category
from tests.date_helpers import published_with_address

URL = "https://forum.example.org/event-updates/delta-ferry-meeting/"


def _page(date_line: str) -> str:
    return (
        "Five river towns invited to the delta ferry meeting\n\n"
        f"{date_line}\n\n"
        "(March 3rd, 2019) Five river towns have been asked to the ferry operators' "
        "meeting next month, a choice that pilots read as a nod to their safety record.\n\n"
        "The towns have asked for two years for new landing stages.\n"
    )


@pytest.mark.parametrize(
    "date_line", ["Mar 2, 2019Event Updates", "2 March 2019News & Events", "Mar 2, 2019Events"]
)
def test_a_date_glued_to_its_category_dates_the_post(date_line: str) -> None:
    assert published_with_address(_page(date_line), URL) == ("2019-03-02", "day")


def test_without_glued_category() -> None:
    assert without_glued_category("Mar 2, 2019Event Updates") == "Mar 2, 2019"
    assert without_glued_category("Mar 2, 2019 Event Updates") == "Mar 2, 2019 Event Updates"
    assert without_glued_category("Unit 12019Alpha") == "Unit 12019Alpha"  # no year
    long_tail = "Mar 2, 2019Event updates from the five river towns"
    assert without_glued_category(long_tail) == long_tail
