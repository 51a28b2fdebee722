"""An outlet's order of day and month: the day of a numeric date that the page itself
cannot settle ("3/8/2024" with no 12-hour clock and no day above 12 beside it) is read as
the outlet prints its dates.

The loader reads an ambiguous numeric date day first (most outlets of the corpus are
Vietnamese, and Vietnamese pages print day/month/year) and flags it
``ambiguous_day_month``. A US site prints month/day/year: an outlet of
``data/outlets.yaml`` with ``date_order: month_first`` settles such a date the other way
(The Epoch Times' "3/8/2024" is 8 March, held-out 66). The flag then leaves the row and
the date's evidence says what settled it (``date_order=outlet``); an outlet without the
field, or with ``day_first``, leaves the date and its flag as they were.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

import pandas as pd

from analysis.core.data_files import load_data_file
from analysis.core.normalize import fold

#: The flag of a date whose day and month could be swapped (``dates.handlers``).
AMBIGUOUS = "ambiguous_day_month"

#: What the date's evidence gains when the outlet settles it.
SETTLED_NOTE = "date_order=outlet"

#: The values ``date_order`` may take in ``outlets.yaml`` (its schema lists them too).
DATE_ORDERS = ("day_first", "month_first")


@cache
def outlet_date_orders() -> dict[str, str]:
    """Each outlet's ``date_order`` by every name the documents table may give it (its
    listed name, other names and domains), folded."""
    orders: dict[str, str] = {}
    for entry in load_data_file("outlets.yaml").get("outlets", []):
        order = entry.get("date_order")
        if order:
            for name in (entry["name"], *entry.get("names", []), *entry.get("domains", [])):
                orders[fold(name).casefold()] = order
    return orders


def _flags_without(flags: object) -> str:
    return ";".join(f for f in str(flags or "").split(";") if f and f != AMBIGUOUS)


def outlet_settled_day(row: Mapping[str, object]) -> dict[str, object]:
    """The fields of a documents ``row`` that change when its outlet settles an ambiguous
    day and month (``published`` with day and month swapped, the flag dropped, the note
    added to ``date_evidence``); empty when nothing changes.

    >>> row = {"outlet": "The Epoch Times", "published": pd.Timestamp("2024-08-03"),
    ...        "published_precision": "day", "date_flags": "ambiguous_day_month",
    ...        "metadata_flags": "date_conflict;ambiguous_day_month", "date_evidence": "3/8/2024"}
    >>> fields = outlet_settled_day(row)
    >>> fields["published"], fields["date_flags"], fields["date_evidence"]
    (Timestamp('2024-03-08 00:00:00'), '', '3/8/2024 (date_order=outlet)')
    >>> outlet_settled_day({**row, "outlet": "Hanoimoi"})
    {}
    """
    published = row.get("published")
    if AMBIGUOUS not in str(row.get("date_flags") or "").split(";"):
        return {}
    if row.get("published_precision") != "day" or published is None or pd.isna(published):
        return {}
    if outlet_date_orders().get(fold(str(row.get("outlet") or "")).casefold()) != "month_first":
        return {}
    day = pd.Timestamp(published)
    if day.day > 12:
        return {}
    return {
        "published": day.replace(month=day.day, day=day.month),
        "date_flags": _flags_without(row.get("date_flags")),
        "metadata_flags": _flags_without(row.get("metadata_flags")),
        "date_evidence": f"{row.get('date_evidence') or ''} ({SETTLED_NOTE})".strip(),
    }
