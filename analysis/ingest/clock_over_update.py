"""A date above the headline later than the page's own update stamp: the site's clock.

A page is updated after it is published, so a day printed above the headline that is later
than the update stamp printed under it cannot be the publication day: it is the site's
clock, the day the page was visited or saved (held-out 125: Viet Nam News's old feature
stored five years on, "Sunday, September 22 2019" over the headline, "Update: October,
19/2014 - 09:05" under it). The stamp counts only when an updated label opens one of the two
lines under the headline and the line holds one day; a clock earlier than the stamp, or a
stamp elsewhere on the page (a site's "Last updated" footer), changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from analysis.dates import DateMatch
from analysis.ingest.metadata import Para
from analysis.ingest.stacked_dates import one_day

#: How many lines under the headline the update stamp is looked for.
STAMP_REACH = 2


def clock_over_update(
    paras: Sequence[Para],
    index: int,
    title_index: int,
    dates_of: Callable[[str], list[DateMatch]],
    updated_label: re.Pattern[str],
) -> bool:
    """Whether date line ``index``, above the headline (paragraph ``title_index``), holds a
    day later than an update stamp opening one of the ``STAMP_REACH`` lines under it."""
    if not 0 <= index < title_index or paras[index].kind != "dateline":
        return False
    day = one_day(paras[index].text, dates_of)
    if day is None:
        return False
    for below in paras[title_index + 1 : title_index + 1 + STAMP_REACH]:
        if below.kind != "dateline" or not updated_label.match(below.text.lstrip()):
            continue
        stamp = one_day(below.text, dates_of)
        if stamp is not None and stamp < day:
            return True
    return False
