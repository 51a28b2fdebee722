"""The publisher a document on a document host prints on its cover.

A document store's text preview (pdfslide, fdocuments, ...) carries an uploaded report:
the host's furniture, then the report's cover with its publisher alone in capitals,
"INTERNATIONAL MONETARY FUND" over "VIETNAM" and the report's title (held-out 60). The
zoo's rule (``tests/data/layouts/README.md``): a document on a document-sharing host keeps
the publisher it names. Once ``metadata.csv`` gives a url whose host is a document host
(``url_domains.document_hosts`` of ``data/outlets.yaml``) and the text named no outlet,
``cover_publisher`` looks in the page's first lines for a line in capitals that is an
organisation's name the gazetteer knows (``data/gazetteer_organisations.csv``), and that
organisation is the outlet (kind ``publisher``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.core.text import normalize_text

#: How many of the page's first lines are read for the cover (a host's furniture first).
COVER_REACH = 30

#: The outlet kind of a publisher named on a document's cover.
PUBLISHER_KIND = "publisher"


@cache
def organisation_names() -> dict[str, str]:
    """The organisations of ``data/gazetteer_organisations.csv`` by folded name and alias,
    mapped to their name."""
    table = load_data_file("gazetteer_organisations.csv")
    names: dict[str, str] = {}
    for name, aliases in zip(table["name"], table["aliases"].fillna(""), strict=True):
        for key in [name, *str(aliases).split("|")]:
            if key.strip():
                names[key.strip().casefold()] = str(name)
    return names


def cover_publisher(texts: Sequence[str]) -> str:
    """The organisation named alone in capitals on one of the first lines of ``texts``
    (``COVER_REACH``), as the gazetteer names it; "" when there is none.

    >>> cover_publisher(["Citation preview", "1/24", "INTERNATIONAL MONETARY FUND", "VIETNAM"])
    'International Monetary Fund'
    >>> cover_publisher(["International Monetary Fund staff visit Hanoi"])
    ''
    """
    for text in texts[:COVER_REACH]:
        line = normalize_text(text).strip()
        if len(line.split()) < 2 or line.upper() != line:
            continue
        found = organisation_names().get(line.casefold())
        if found:
            return found
    return ""
