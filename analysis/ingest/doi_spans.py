"""A digital object identifier's digits are no date (fix36e): "DOI: 10.1525/vs.2014.9.1.61"
holds "2014.9.1", which the date grammar reads as 1 September 2014 (a journal's code, its
year, volume, issue and first page). A date found inside a DOI, "10." then a registrant's
four to nine digits, a slash and the suffix up to the next space, is dropped from the
dates a text gives (``date_scoring.absolute_dates``).

A DOI written into a web address is no day either (held-out 134): a publisher's page named
after its DOI with the slash turned into a dot ("article.sapub.org/10.5923.j.re.20190904.01
.html": a journal's code, then year, volume and issue "2019 09 04") or keeping it
("doi.org/10.5923/j.re.20190904.01", "/doi/full/10.1080/..."). The address reader skips a
day or a month that starts inside such a DOI (``in_address_doi``), as the text reader does.
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


#: A DOI in an address: "10." and a registrant of four to nine digits (not a year alone, so
#: that an October folder "/10.2019/" stays a month), then the slash or a dot before the
#: suffix's first letter, running to the end of the path.
_ADDRESS_DOI = re.compile(
    r"(?<![\w.])10\.(?!(?:19|20)\d{2}(?!\d))\d{4,9}(?:/|%2F|\.(?=[a-z]))[^?#\s]*", re.I
)


def in_address_doi(path: str, position: int) -> bool:
    """Whether ``position`` of the address ``path`` falls inside a DOI written into it.

    >>> path = "http://article.example.org/10.5923.j.re.20190904.01.html"
    >>> in_address_doi(path, path.index("2019"))
    True
    >>> in_address_doi("https://example.org/archive/10.2019/05/a-title", 30)
    False
    """
    if "10." not in path:
        return False
    return any(m.start() <= position < m.end() for m in _ADDRESS_DOI.finditer(path))
