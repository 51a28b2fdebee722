"""Two bare dates stacked above the headline: the first and later one is the site's clock.

A site that prints its "today" in the header (the day the page was saved) over the story's
own date, each alone on its line ("Radio Cadena Agramonte" / "Monday, June 17, 2019" /
"Monday, September 24, 2018" / the headline, held-out 77), gives two date lines of the same
shape, neither labelled. A page does not date a story after the day it shows it, so the
later of the two, printed first, is the site's clock (date feature ``site_clock``); the
second is the story's day. Two dates stacked the other way round (the earlier first) are
left to the other features: the second may be an update.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pandas as pd

from analysis.dates import DateMatch
from analysis.ingest.metadata import Para


def one_day(text: str, dates_of: Callable[[str], list[DateMatch]]) -> pd.Timestamp | None:
    """The day of a line holding exactly one date of a day's precision, else None."""
    found = dates_of(text)
    if len(found) != 1 or found[0].precision != "day" or found[0].date_start is None:
        return None
    return found[0].date_start


def stacked_today(
    paras: Sequence[Para],
    index: int,
    title_index: int,
    dates_of: Callable[[str], list[DateMatch]],
) -> bool:
    """Whether date line ``index`` is the first of two date lines on consecutive lines of
    the file above the headline (paragraph ``title_index``), each a dateline holding one
    day, and later than the second: the site's "today" over the story's day."""
    below = index + 1
    if not 0 <= index < below < len(paras) or (title_index >= 0 and below >= title_index):
        return False
    first, second = paras[index], paras[below]
    if first.kind != "dateline" or second.kind != "dateline" or second.line != first.line + 1:
        return False
    day, next_day = one_day(first.text, dates_of), one_day(second.text, dates_of)
    return day is not None and next_day is not None and day > next_day
