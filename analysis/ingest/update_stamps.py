"""A page dated only by its update stamp (session 41's gold rule, fix41b).

A reference page may print no date but the day it was last revised: "Last updated in
February 2016" under a foreign office's country page, "Updated: 12.03.2021", "Stand:
03.05.2019", "Page last reviewed: 12 March 2021", a country study's "Data as of December
1987" (``update_stamp_labels`` of ``data/page_layout.yaml``). The date scorer gives such a
stamp no weight as the page's date (``updated_label``; fix31d's ``site_update_labels``),
so it loses to every other date; when nothing else dates the page, the stamp is the best
date it gives and dates it, to its precision (``update_stamp_date``, read last of the
date readers). The date is flagged ``update_stamp`` (``date_flags``): any date in the
page's address outranks it (``url_dates.url_date_outranks``).

A stamp is a line of its own: the label, then one date and at most a time of day. The
stamps of a related pieces' list (lines of role ``related_item``, or below a related
pieces' heading under the text) are the items', never the page's; two stamps naming
different days date nothing. A year a heading or a caption names in its words ("Border
town rebuilt after the 1979 fighting") is no date printed for the page: a finer stamp
replaces it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from analysis.dates import DateMatch, find_dates
from analysis.ingest.page_rules import layout_alternation
from analysis.ingest.related_items import RELATED_ROLE, related_list_days

if TYPE_CHECKING:
    from analysis.ingest.layout.lines import Article, Paragraph

#: The date flag (``date_flags``) of a date read from the page's update stamp.
UPDATE_STAMP_FLAG = "update_stamp"

#: What may follow a stamp's date on its line: a time of day and a zone, punctuation.
_TAIL = re.compile(
    r"[\s,.;|()\[\]–—-]*(?:(?:at\s+)?\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
    r"\s*(?:[A-Z]{2,4}(?:[+-]\d{1,2})?)?)?[\s.)\]]*",
    re.I,
)

#: The kinds of line whose year, named in its words, a finer stamp replaces.
_WORDED_KINDS = frozenset({"heading", "boilerplate", ""})

_PRECISION_RANK = {"year": 0, "month": 1, "day": 2}


@cache
def _stamp_line() -> re.Pattern[str]:
    """A line opened by an update stamp's label, the rest of it after ``date``."""
    labels = layout_alternation("update_stamp_labels")
    return re.compile(
        rf"^\W*(?:{labels})\s*(?::\s*|[|–—-]\s*|(?:in|on|at)\s+)?(?P<date>\S.*)$", re.I
    )


def stamp_date(text: str) -> DateMatch | None:
    """The date of ``text`` when it is an update stamp's line (a label, one date, at most a
    time of day), else None.

    >>> stamp_date("Last updated in February 2016").text
    'February 2016'
    >>> stamp_date("Stand: 03.05.2019").date_start.date()
    datetime.date(2019, 5, 3)
    >>> stamp_date("Updated: 12.03.2021, 14:22 CET").text
    '12.03.2021'
    >>> stamp_date("Updated figures show a rise in 2016") is None
    True
    """
    found = _stamp_line().match(text.strip())
    if found is None:
        return None
    rest = found.group("date")
    dates = [d for d in find_dates(rest) if d.date_start is not None and not d.relative]
    if len(dates) != 1 or rest[: dates[0].start].strip(" ,:"):
        return None
    if not _TAIL.fullmatch(rest[dates[0].end :]):
        return None
    return dates[0]


def _page_stamps(paras: Sequence[Paragraph]) -> list[tuple[int, DateMatch]]:
    """The page's own update stamps: every stamp line but a related pieces' list's (lines
    of role ``related_item``, or under a related pieces' heading below the text)."""
    related = set(related_list_days(paras))
    headings = _related_headings(paras)
    end = headings[0] if headings else len(paras)
    found = []
    for i, p in enumerate(paras[:end]):
        if p.role == RELATED_ROLE or i in related:
            continue
        date = stamp_date(p.text)
        if date is not None:
            found.append((i, date))
    return found


@cache
def _related_heading() -> re.Pattern[str]:
    """A related pieces' heading alone on its line (``related_headings``)."""
    return re.compile(rf"^\s*(?:{layout_alternation('related_headings')})\s*:?\s*$", re.I)


def _related_headings(paras: Sequence[Paragraph]) -> list[int]:
    """The related pieces' headings below the page's first line of text."""
    first_text = next((j for j, p in enumerate(paras) if p.kind in ("lede", "body")), None)
    if first_text is None:
        return []
    return [j for j, p in enumerate(paras) if j > first_text and _related_heading().match(p.raw)]


def _worded_year(article: Article) -> bool:
    """The article's only date is a year a heading's or caption's words name."""
    found = article.header_date
    if found is None or article.footer_date is not None or found.precision != "year":
        return False
    evidence = article.header_evidence.strip()
    line = next((p for p in article.paragraphs if p.text.strip() == evidence), None)
    words = re.findall(r"[^\W\d_]{2,}", evidence)
    return line is not None and line.kind in _WORDED_KINDS and len(words) >= 3


def update_stamp_date(article: Article) -> None:
    """Date ``article`` by its update stamp (in place) when no other date of the page does,
    or when its only date is a year a heading's words name and the stamp is finer; the
    stamps of the page must name one day (see the module's note)."""
    if article.header_date is not None and not _worded_year(article):
        return
    stamps = _page_stamps(article.paragraphs)
    if not stamps or len({(d.date_start, d.precision) for _, d in stamps}) != 1:
        return
    index, date = stamps[0]
    if article.header_date is not None and _PRECISION_RANK.get(
        date.precision, 0
    ) <= _PRECISION_RANK.get(article.header_date.precision, 0):
        return
    line = article.paragraphs[index]
    was = f", over the year a heading names ({article.date_reason})" if article.header_date else ""
    article.header_date, article.header_evidence = date, line.text
    article.date_reason = f"no other date; the page's update stamp, line {line.line}{was}"
    article.flags.append(UPDATE_STAMP_FLAG)
