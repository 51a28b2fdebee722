"""(fix40a) A page's own title line, "<Title> | <Site Name>", as a browser saves it first.

A page saved with its document title as its first line prints the headline, a spaced bar
and the site's name ("Vietnam | Freedom House" on freedomhouse.org, held-out 100's country
report). When the name after the bar, run together, spells one of the address's host
labels (five letters or more, a leading "The" aside), the words before the bar are the
page's own title: they replace a title read further down (a series' or an edition's name
over the report, "Freedom in the World"). A listing's address (``listing_names``) and a
head that is only a label ("Home", "News") and a head printed again as a line of its own
(a listing's heading, "Maritime Affairs Publications | Wilson Center" over "Maritime
Affairs Publications" and its first item: the scorer has judged that line) keep the title
the page's lines give.
"""

from __future__ import annotations

import re

import pandas as pd

from analysis.core.text import alnum_key, count_words
from analysis.ingest.address_titles import mend_titles
from analysis.ingest.host_name_titles import host_labels
from analysis.ingest.listing_name_titles import listing_names

#: "<head> | <site>": one spaced bar, the site's name of one to six words after it.
_TITLE_LINE = re.compile(r"^(?P<head>[^|]{2,160}?)\s+\|\s+(?P<site>[^|]{2,60})$")

#: The fewest letters of the site's name after the bar.
SITE_MIN_LETTERS = 5

#: Heads that are a site's section or page label, never a title.
_LABEL_HEADS = frozenset({"home", "news", "search", "search results", "page not found"})


def suffixed_title(line: str, url: str) -> str:
    """The words before the bar of ``line`` when the name after it is the site's (the
    host spells it), else "".

    >>> suffixed_title("Vietnam | Freedom House", "https://freedomhouse.org/report/x")
    'Vietnam'
    >>> suffixed_title("Vietnam | Freedom House", "https://example.org/report/x")
    ''
    """
    found = _TITLE_LINE.match(line.strip())
    if not found or len(found.group("site").split()) > 6:
        return ""
    site = re.sub(r"^the\s+", "", found.group("site").strip(), flags=re.I)
    letters = alnum_key(site)
    labels = host_labels(url)
    if len(letters) < SITE_MIN_LETTERS or not any(letters in (lb, lb[3:]) for lb in labels):
        return ""
    head = found.group("head").strip()
    return "" if head.casefold() in _LABEL_HEADS or count_words(head) < 1 else head


def site_suffix_title(title: str, url: str, paragraphs: pd.DataFrame) -> tuple[str, int] | None:
    """The page's own title its first line gives as "<Title> | <Site>" (text, line), when
    it differs from ``title``; None otherwise."""
    if paragraphs.empty or listing_names(url):
        return None
    first = paragraphs.sort_values("line").iloc[0]
    head = suffixed_title(str(first["text"]), url)
    if not head or head == title.strip():
        return None
    if any(str(t).strip() == head for t in paragraphs["text"]):
        return None  # printed again as a line of its own: the page's lines were judged
    return head, int(first["line"])


def site_suffix_titles(
    docs: pd.DataFrame, sidecar: pd.DataFrame, paragraphs: pd.DataFrame | None
) -> pd.DataFrame:
    """``docs`` with the title a first "<Title> | <Site>" line gives (``site_suffix_title``)."""
    return mend_titles(docs, sidecar, paragraphs, site_suffix_title, "the page's title line")
