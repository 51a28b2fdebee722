"""A bimonthly issue's folder in an address as the page's year (fix36e): a journal's
archive files each article under its issue, two months and the year ("/Jul-Aug-2023/",
"/nov_dec_2019/"). The issue names no day, and its first month is not the day the article
went up: the year is read, as an issue season's ("Summer 2015", ``layout/issue_seasons``).
The last form ``url_dates.url_date`` tries (a full month's name glued to the year,
"/may-june-2019/", is read before it as that month: ``url_dates._url_glued_month``).
"""

from __future__ import annotations

import re

from analysis.dates import DateMatch
from analysis.dates.lexicon import MONTHS
from analysis.ingest.cable_references import year_of

#: A whole folder of two months' names or abbreviations and the year, joined by "-" or "_".
_ISSUE_FOLDER = re.compile(
    r"/(?P<m1>[a-z]{3,9})[-_](?P<m2>[a-z]{3,9})[-_](?P<year>(?:19|20)\d{2})/", re.I
)


def issue_folder_year(path: str) -> DateMatch | None:
    """The year of a folder naming two months and a year, both months' names; else None.

    >>> issue_folder_year("/Journals/Review/Archives/Jul-Aug-2023/Coastal-Lights/").text
    '2023'
    >>> issue_folder_year("/news/port-call-2023/a-title/") is None
    True
    >>> issue_folder_year("/news/ports-and-2023/a-title/") is None
    True
    """
    for found in _ISSUE_FOLDER.finditer(path):
        months = (found.group("m1").casefold(), found.group("m2").casefold())
        if all(m in MONTHS for m in months):
            return year_of(found)
    return None
