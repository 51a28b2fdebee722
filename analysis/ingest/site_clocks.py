"""Whether a date line is the site's clock rather than the article's date (moved out of
``date_scoring`` in session 37, no behaviour change): the page's first line over the site's
chrome, a line under a weather widget's reading, the day a forward was sent or an archive
captured the page (``capture_headers``), the later of two stacked dates
(``stacked_dates``), a date over an update stamp (``clock_over_update``) or over a
listing's heading (``listing_clocks``)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from analysis.dates import DateMatch
from analysis.ingest.capture_headers import in_tool_header
from analysis.ingest.clock_over_update import clock_over_update
from analysis.ingest.listing_clocks import over_listing_heading
from analysis.ingest.metadata import Para, Scoring
from analysis.ingest.stacked_dates import stacked_today
from analysis.ingest.view_counters import view_counter


def clock_line(
    paras: Sequence[Para],
    index: int,
    base: str,
    title_index: int,
    dates_of: Callable[[str], list[DateMatch]],
    scoring: Scoring,
) -> bool:
    """Whether date line ``index`` is the site's clock: over chrome, the later of two stacked
    dates, over an update stamp (``clock_over_update``) or a listing's heading (fix37b)."""
    return (
        _site_clock(paras, index, base, title_index)
        or stacked_today(paras, index, title_index, dates_of)
        or clock_over_update(paras, index, title_index, dates_of, scoring.updated_label)
        or over_listing_heading(paras, index)  # over "Tags: X"
    )


def _site_clock(paras: Sequence[Para], index: int, base: str, title_index: int) -> bool:
    """The date of paragraph ``index`` is the site's clock: the page's first line over the
    site's chrome (``_chrome_below``), a line under a weather widget's reading, or the
    day a forward was sent or an archive captured the page (``capture_headers``)."""
    first = index == 0 and base == "dateline" and title_index > 1 and _chrome_below(paras)
    return first or _under_weather(paras, index) or in_tool_header(paras, index)


def _chrome_below(paras: Sequence[Para]) -> bool:
    """The page's second paragraph is page furniture or a breadcrumb run into one word
    ("HomeNewsArchivesTitle ..."): the date above it is the site's clock."""
    if len(paras) < 2:
        return False
    second = paras[1]  # a view counter is the post's statistics, not chrome (held-out 110)
    furniture = second.kind == "boilerplate" and not view_counter(second.text)
    return furniture or bool(_GLUED_CRUMB.match(second.text))


#: A weather widget's reading alone on its line ("33.4 C", "25°C", "77 °F").
_TEMPERATURE = re.compile(r"-?\d{1,2}(?:[.,]\d)?\s?°?\s?[CF]")


def _under_weather(paras: Sequence[Para], index: int) -> bool:
    """A weather widget's reading stands one or two paragraphs above paragraph ``index``
    ("33.4 C" / "Ho Chi Minh City" / "Thursday, June 20, 2024", held-out 63): the date is
    the site's clock (the day the page was saved), not the article's."""
    above = paras[max(0, index - 2) : max(0, index)]
    return any(_TEMPERATURE.fullmatch(p.text.strip()) for p in above)


#: Three or more capitalised words glued together opening a line: a breadcrumb saved
#: without its separators ("HomeNewsArchivesTwo neighbours ...").
_GLUED_CRUMB = re.compile(r"^(?:[A-Z][a-z]+){3,}")
