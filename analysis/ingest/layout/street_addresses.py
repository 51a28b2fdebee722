"""A postal address is no byline: "M St. NW, Suite 300, Washington DC 20036." under a
copyright line, "1779 Massachusetts Ave. NW, Washington, DC 20036" in a think tank's footer.

A footer's address line opens with what reads as a short name ("M St", a street's letter
and its abbreviation) before a full stop and a few words, the shape of a footer byline
("Name. MA. Affiliation"), so the street was read as a writer. A line is an address when a
street's word or abbreviation (``_ADDRESS``) is followed on the line by a suite, floor or
room number, a post-office box or a postcode of five or six digits (a year's four digits
are none: "Wall Street Journal, 2019"); a person's name never is. Such a line labelled a
byline is set apart as boilerplate before the writers are read.
"""

from __future__ import annotations

import re

from analysis.ingest.layout.lines import Paragraph

#: A street's word or abbreviation, then on the same line a suite, floor or room number, a
#: post-office box or a postcode: "M St. NW, Suite 300", "Rue de la Paix 12, 75002" (the
#: postcode five or six digits: a year is none).
_ADDRESS = re.compile(
    r"\b(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Rue|Strasse|Straße)\b\.?,?\s"
    r".*?\b(?:Suite|Ste\.?|Floor|Room|P\.?\s?O\.?\s?Box)\s*\d|"
    r"\b(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Rue|Strasse|Straße)\b\.?,?\s"
    r".*?(?<![\d,.])\b\d{5,6}\b(?![\d,.])"
)


def postal_address(text: str) -> bool:
    """Whether ``text`` holds a postal address (a street, then a suite number or a
    postcode)."""
    return _ADDRESS.search(text) is not None


def unmark_street_addresses(paras: list[Paragraph]) -> None:
    """Lines labelled bylines that hold a postal address become boilerplate."""
    for p in paras:
        if p.kind == "byline" and postal_address(p.text):
            p.kind, p.role = "boilerplate", ""
