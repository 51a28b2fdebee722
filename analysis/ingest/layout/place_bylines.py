"""A line read as a byline that names a place, not a person: a long-form page's subheading
of a place and its province in brackets ("Lao Bao (Quang Tri)", "Cau Treo (Ha Tinh)", the
state news agency's magazine pages), and a press office's credit of an acronym and its
city ("by PIB Delhi", a government press bureau's regional office).

Both read as a person's name (two capitalised words; an affiliation in brackets is dropped
from a byline), so the place was taken for a writer. The bracket of a place subheading
holds a place of ``places.place_names`` (a country, a capital, a province, a big city); an
office's credit is an acronym in capitals (two to six letters) and such a place. A writer
with an institution in brackets ("Dr Claire Dunn (Australian National University)"), an
agency's dateline ("Can Tho (VNA)") and an organisation's office ("By VVAW National
Office", the zoo README's organisation author) name no place so and stay. The zoo README:
a desk or bureau of an outlet is no writer.
"""

from __future__ import annotations

import re

from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.places import place_names

#: A place subheading: capitalised words, then a place in brackets closing the line.
_PLACE_IN_BRACKETS = re.compile(
    r"^(?:[A-ZÀ-Ỹ][\w'’-]*\s){1,3}\((?P<place>[A-ZÀ-Ỹ][\w'’-]*(?:\s[A-ZÀ-Ỹ][\w'’-]*){0,2})\)$"
)
#: An office's credit: "by", an acronym in capitals, a place of one to three words.
_ACRONYM_PLACE = re.compile(
    r"^(?i:by:?\s+)?(?-i:[A-Z]{2,6}),?\s(?P<place>[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+){0,2})$"
)


def place_byline(text: str) -> bool:
    """Whether ``text`` names a place where a byline stands: a place subheading or an
    office's acronym and city (the place one of ``place_names``)."""
    line = " ".join(text.split()).rstrip(" .")
    credited = re.match(r"(?i:by)\b", line) is not None  # "By Lan Pham (Hanoi)": a writer's
    subheading = None if credited else _PLACE_IN_BRACKETS.match(line)  # base, no subheading
    found = subheading or _ACRONYM_PLACE.match(line)
    return found is not None and found.group("place").casefold() in place_names()


def unmark_place_bylines(paras: list[Paragraph]) -> None:
    """Lines labelled bylines that name a place (``place_byline``) become headings: a
    subheading of the text, or the office's credit (read as no writer)."""
    for p in paras:
        if p.kind == "byline" and place_byline(p.text):
            p.kind, p.role = "heading", ""
