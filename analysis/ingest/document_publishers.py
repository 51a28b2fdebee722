"""The publisher a document on a document host prints on its cover.

A document store's text preview (pdfslide, fdocuments, ...) carries an uploaded report:
the host's furniture, then the report's cover with its publisher alone in capitals,
"INTERNATIONAL MONETARY FUND" over "VIETNAM" and the report's title (held-out 60). The
zoo's rule (``tests/data/layouts/README.md``): a document on a document-sharing host keeps
the publisher it names. Once ``metadata.csv`` gives a url whose host is a document host
(``url_domains.document_hosts`` of ``data/outlets.yaml``) and the text named no outlet,
``cover_publisher`` looks in the page's first lines for a line in capitals that is an
organisation's name the gazetteer knows (``data/gazetteer_organisations.csv``), and that
organisation is the outlet (kind ``publisher``). A journal article's text names its
journal in the running head over the volume, issue and day, split off a one-line PDF text
by ``layout.report_opening`` ("The X Journal | Y Focus" over "Volume 6 | Issue 1 | Jan
01, 2008"): that journal is the publisher (``running_head_journal``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from itertools import pairwise

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
    return running_head_journal(texts)


#: A journal's volume, issue and day alone on a line: "Volume 6 | Issue 1 | Jan 01, 2008".
_VOLUME_LINE = re.compile(
    r"(?:Volume|Vol\.) \d{1,4} ?[|,] ?(?:Issue|No\.) \d{1,4} ?[|,] ?[A-Z0-9][\w .,]{4,20}\d{4}"
)

#: The most words of a journal's name over its volume line.
JOURNAL_MAX_WORDS = 12


def running_head_journal(texts: Sequence[str]) -> str:
    """The journal named on the line right over a volume, issue and day line among the
    first ``COVER_REACH`` ``texts`` (a running head split off a one-line PDF text), or "".

    >>> running_head_journal(["Title", "The Journal | Focus", "Volume 6 | Issue 1 | Jan 01, 2008"])
    'The Journal | Focus'
    >>> running_head_journal(["The Journal", "Volume 6 of the series"])
    ''
    """
    for above, line in pairwise(texts[:COVER_REACH]):
        name = normalize_text(above).strip()
        named = name[:1].isupper() and 2 <= len(name.split()) <= JOURNAL_MAX_WORDS
        volume = _VOLUME_LINE.fullmatch(normalize_text(line).strip())
        if named and volume and not name.endswith("."):
            return name
    return ""
