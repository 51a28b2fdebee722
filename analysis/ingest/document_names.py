"""The publisher a hosted document names inside the run of its opening text.

A document store's text view often runs the document's first page into one line, or
numbers it ("1 RAINY SEASON PADDY ... www.globalnewlightofmyanmar.com Sunday, 15 July
2018 ..."): the publisher's name is then no line of its own, so ``document_publishers``
(a capitals line, a running head, "Published by") finds none. It still stands among the
opening words: "Asia Report - 12 March 2013 lnternatlonal Crisis Group WORKING TO PREVENT
CONFLICT" (an OCR'd cover, ``l`` read for ``i``), "RESEARCHERS AT INSTITUTE OF SOUTHEAST
ASIAN STUDIES SHARE ..." (a series' banner), a newspaper's address in its masthead. The
zoo's rule (``tests/data/layouts/README.md``): a document on a document-sharing host keeps
the publisher it names. ``named_publisher`` reads the letters of the first ``NAME_REACH``
characters of the page's text (the store's chrome and the cover), folded for OCR's
confusions (``l``/``1``/``I`` as ``i``, ``0`` as ``o``), and gives the listed outlet
(``data/outlets.yaml``: its name, names and domains) whose name of ``NAME_MIN_LETTERS``
letters or more starts first there. Only listed outlets count (publishers); the
gazetteer's organisations are the subject of such documents more often than their
publisher. Called only for a page on a document host whose text named no outlet
(``host_names``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.core.text import normalize_text

#: How many characters of the page's opening text (paragraphs joined) are read.
NAME_REACH = 700

#: How many of the page's first paragraphs are read (a store's furniture first).
PARAGRAPH_REACH = 30

#: The fewest letters an outlet's name needs to be looked for inside running letters: a
#: short name or acronym ("VNA", "Tuoi Tre") would be found inside other words.
NAME_MIN_LETTERS = 12

#: OCR's usual confusions of a cover's letters, folded to one letter on both sides.
_OCR_FOLD = str.maketrans({"l": "i", "1": "i", "|": "i", "0": "o"})


def folded_letters(text: str) -> str:
    """``text``'s letters and digits only, casefolded, OCR's confusions folded.

    >>> folded_letters("lnternatlonal Crisis Group") == folded_letters("INTERNATIONAL CRISIS GROUP")
    True
    """
    return "".join(c for c in normalize_text(text).casefold() if c.isalnum()).translate(_OCR_FOLD)


@cache
def outlet_letters() -> dict[str, str]:
    """Every listed outlet's name, other names and domains (the top-level label dropped),
    folded (``folded_letters``), of ``NAME_MIN_LETTERS`` letters or more, mapped to the
    outlet's listed name."""
    keys: dict[str, str] = {}
    for entry in load_data_file("outlets.yaml").get("outlets", []):
        domains = [str(d).rsplit(".", 1)[0] for d in entry.get("domains", [])]
        for spelling in [entry["name"], *entry.get("names", []), *domains]:
            key = folded_letters(str(spelling))
            if len(key) >= NAME_MIN_LETTERS:
                keys.setdefault(key, str(entry["name"]))
    return keys


def named_publisher(texts: Sequence[str]) -> str:
    """The listed outlet whose name starts first in the letters of the opening
    ``NAME_REACH`` characters of ``texts`` (``PARAGRAPH_REACH`` paragraphs), "" when none.

    >>> named_publisher(["Asia Report - 12 March 2013 lnternatlonal Crisis Group TABLE OF"])
    'International Crisis Group'
    >>> named_publisher(["A note from the Ferry Owners of Nowhere on the spring timetable"])
    ''
    """
    opening = folded_letters(" ".join(texts[:PARAGRAPH_REACH])[:NAME_REACH])
    found = [(opening.find(key), -len(key), name) for key, name in outlet_letters().items()]
    starts = [hit for hit in found if hit[0] >= 0]
    return min(starts)[2] if starts else ""
