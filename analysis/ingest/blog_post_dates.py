"""A blog platform's date header opening the page is the post's date (fix37b).

Blogger prints each post under its date header ("Tuesday, 3 March 2015", "Thứ Tư, 11 tháng
9, 2019", "Jul 2, 2010") as the page's first line, then the post's title. Without the
platform's furniture ("Post a Comment", ``blog_posts.blog_page``) the text alone cannot tell
that line from a site's clock over a paper's headline (held-out 21's malaya: the same two
lines), so the text stage weighs it as a possible clock and a copied story's own day further
down ("Kampong Cham, March 14, 2011 AKP --", "February 27, 2015" under a standfirst) or the
address's month wins. The address tells them apart: on a host of a platform whose template
opens every post with its date header (``date_header_platforms`` of
``data/page_layout.yaml``), a first line that is a day alone is the post's date, as the
zoo's README dates a blog's copy of another site's story by the post (all 44 zoo pages on
such a host that open with a day alone are dated by it). A day outside the address's own
date range (its month, or a weekly archive's week) is left alone: the header would then be
no post's.
"""

from __future__ import annotations

from functools import cache

import pandas as pd

from analysis.core.data_files import load_data_file
from analysis.dates import DateMatch, find_dates
from analysis.ingest.file_parsing import date_fields
from analysis.ingest.host_prefixes import url_titles
from analysis.ingest.url_dates import url_date
from analysis.ingest.url_sites import unwrap_url, url_host

#: How far after the start of the address's date (the 1st of its month, a weekly archive's
#: first day) the post's day may fall.
ADDRESS_SPAN = pd.Timedelta(days=31)

#: What may stand around the day on its line: punctuation and spaces only.
_LINE_SLACK = 2


@cache
def _platforms() -> frozenset[str]:
    return frozenset(load_data_file("page_layout.yaml").get("date_header_platforms") or ())


def date_header_host(url: str) -> bool:
    """Whether ``url``'s host is a site on a platform whose posts open with their date
    header ("x.blogspot.com", "x.blogspot.com.au"; not "blogspot.com" itself, nor
    "x.wordpress.com")."""
    labels = url_host(url).split(".")
    return any(label in _platforms() for label in labels[1:])


def opening_day(text: str) -> DateMatch | None:
    """The day ``text`` holds alone ("Tuesday, 3 March 2015", "Jul 2, 2010"), or None: a
    month, a year or a line with words beside the day is no date header."""
    found = find_dates(text)
    if len(found) != 1 or found[0].precision != "day" or found[0].date_start is None:
        return None
    match = found[0]
    if match.start > _LINE_SLACK or len(text.rstrip()) - match.end > _LINE_SLACK:
        return None
    return match


def post_date_header(texts: list[str], url: str) -> DateMatch | None:
    """The post's date header of a page on a date-header platform (``date_header_host``):
    its first line's day alone (``opening_day``) within the address's date range
    (``ADDRESS_SPAN`` from its start) when the address holds one; None otherwise."""
    if not texts or not date_header_host(url):
        return None
    day = opening_day(texts[0])
    if day is None:
        return None
    address = url_date(unwrap_url(url))
    start = address.date_start if address is not None else None
    if start is not None and not start <= day.date_start < start + ADDRESS_SPAN:
        return None
    return day


def dated_blog_posts(
    docs: pd.DataFrame, sidecar: pd.DataFrame, paragraphs: pd.DataFrame | None
) -> pd.DataFrame:
    """``docs`` with each page on a date-header platform dated by its post's date header
    (``post_date_header``) where the sidecar gives the address and no date; the reason
    says so."""
    if paragraphs is None or "url" not in sidecar.columns:
        return docs
    given = sidecar["published"].fillna("") if "published" in sidecar.columns else None
    for i, doc_id in docs["doc_id"].items():
        url = sidecar["url"].get(doc_id)
        if not isinstance(url, str) or (given is not None and given.get(doc_id)):
            continue
        rows = paragraphs[paragraphs["doc_id"] == doc_id].sort_values("para_id")
        day = post_date_header([str(t) for t in rows["text"]], url)
        if day is None or docs.loc[i, "published"] == day.date_start:
            continue
        for key, value in {**date_fields(day, "header", day.text), "date_flags": ""}.items():
            if key in docs.columns:
                docs.loc[i, key] = value
        if "date_reason" in docs.columns:
            docs.loc[i, "date_reason"] = (
                f"the blog post's date header {day.text!r} (line 1, a date-header platform's "
                f"address), over {docs.loc[i, 'date_reason']}"
            )
    return docs


def address_passes(
    docs: pd.DataFrame, sidecar: pd.DataFrame, paragraphs: pd.DataFrame | None
) -> pd.DataFrame:
    """The passes over the whole table that the sidecar's addresses and the pages'
    paragraphs make: the titles they mend (``host_prefixes.url_titles``), then the blog
    posts' dates (``dated_blog_posts``)."""
    return dated_blog_posts(url_titles(docs, sidecar, paragraphs), sidecar, paragraphs)
