"""A field's label in a record printed as a run of dash-opened lines, read as no byline
(held-out 140): a database's record sets each field's label over its value, both opened by
a dash ("- From Country" / "- Country Geolocation (linked Cases)" / "- Vietnam" / "- Type of
record"). A label with a bracketed qualifier has the form of a "Name (Outlet)" byline
(``bylines.NAME_OUTLET``), but a byline is one line under the headline, not an item of a
run of such lines.

The line must open with a dash and a space, and at least ``MIN_ITEMS`` of the
``REACH`` lines either side of it too: a list's items, of which a writer's line is none.
"""

from __future__ import annotations

import re

from analysis.ingest.layout.lines import Paragraph

#: A line opened by a hyphen or a dash and a space: "- Vietnam", "– Type of record".
_DASH_ITEM = re.compile(r"^\s*[-–—]\s+\S")
#: The lines looked at on either side of the line.
REACH = 3
#: The fewest dash-opened lines among them that make the line a list's item.
MIN_ITEMS = 4


def dash_run_item(paras: list[Paragraph], i: int) -> bool:
    """Whether line ``i`` opens with a dash and at least ``MIN_ITEMS`` of the ``REACH``
    lines before and after it do too (an item of a record's or a list's run of lines)."""
    if not _DASH_ITEM.match(paras[i].text):
        return False
    near = [*paras[max(0, i - REACH) : i], *paras[i + 1 : i + 1 + REACH]]
    return sum(bool(_DASH_ITEM.match(q.text)) for q in near) >= MIN_ITEMS
