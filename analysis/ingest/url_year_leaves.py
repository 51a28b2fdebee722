"""A year's folder right over the page's own name, deeper in an address (fix41b): a news
service files a copied story as "/news/DJN/2016/article/70316542", a ministry's portal
its page as "/en/Pages/2019/Functions-tasks-and-structure-911817.aspx". The folder is the
year the page went up, and a page that prints no date of its own is dated by it, to its
precision (the zoo README's address rule). Only a year folder closed by the page's name
(an article's number, alone or closing a slug, an extension allowed), at most one short
folder between ("/article/"), is read: a year folder over more folders, or over a slug
with no number ("/news/army-news/2025/<slug>", held-out 41), may be a section's archive.
The last form ``url_dates.url_date`` tries.
"""

from __future__ import annotations

import re

from analysis.dates import DateMatch
from analysis.ingest.cable_references import year_of

#: The year's folder, at most one short folder of letters, then the page's name closing
#: the path: an article's number of five digits or more, alone or closing a slug.
_YEAR_LEAF = re.compile(
    r"/(?P<year>(?:19|20)\d{2})/(?:[a-z]{2,12}/)?"
    r"(?:[a-z][a-z\d]*(?:-[a-z\d]+)*-)?\d{5,}(?:\.[a-z]{2,5})?/?$",
    re.I,
)


def year_leaf(path: str) -> DateMatch | None:
    """The year of a year's folder over the page's own name closing ``path``, else None.

    >>> year_leaf("http://uk.example.com/news/DJN/2016/article/70316542").text
    '2016'
    >>> year_leaf("https://example.net/en/Pages/2019/Functions-tasks-and-structure-911817.aspx").text
    '2019'
    >>> year_leaf("https://example.org/news/2019/index.html") is None
    True
    >>> year_leaf("https://example.org/2019/reports/annual/one-more-page") is None
    True
    >>> year_leaf("https://example.org/news/army-news/2025/a-story-slug") is None
    True
    """
    found = _YEAR_LEAF.search(path)
    return year_of(found) if found else None
