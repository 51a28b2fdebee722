"""A digital object identifier's digits are no date (fix36e): "DOI: 10.1525/vs.2014.9.1.61"
holds "2014.9.1", which the date grammar reads as 1 September 2014 (a journal's code, its
year, volume, issue and first page). A date found inside a DOI, "10." then a registrant's
four to nine digits, a slash and the suffix up to the next space, is dropped from the
dates a text gives (``date_scoring.absolute_dates``).
"""

from __future__ import annotations

import re

from analysis.dates import DateMatch

#: A DOI: "10." and the registrant's digits, a slash, the suffix up to a space or a bracket.
_DOI = re.compile(r"(?<![\d.])10\.\d{4,9}/[^\s<>\"'()\[\]]+")


def without_doi_dates(text: str, found: list[DateMatch]) -> list[DateMatch]:
    """``found`` without the dates that start inside a DOI of ``text``.

    >>> from analysis.dates import find_dates
    >>> text = "DOI: 10.1525/vs.2014.9.1.61 Published 3 March 2014"
    >>> [m.text for m in without_doi_dates(text, find_dates(text))]
    ['3 March 2014']
    """
    if "10." not in text:
        return found
    spans = [(m.start(), m.end()) for m in _DOI.finditer(text)]
    return [m for m in found if not any(a <= m.start < b for a, b in spans)]
