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
01, 2008"), or on one line before its volume, issue, ISSN or DOI ("THE X REVIEW
https://doi.org/...", fix34b): that journal is the publisher (``running_head_journal``,
``head_line_journal``). A report's own
publisher line, "A REPORT OF THE ASIA SOCIET Y POLICY INSTITUTE" at the end of a cover run
into one line, or "Published by the RAND Corporation, Santa Monica" on its rights page, names
the publisher too (``publisher_line``, held-out 80): the name after the phrase, compared
letters only, so that a word broken by the PDF's text ("SOCIET Y") still matches a listed
outlet or a gazetteer organisation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from itertools import pairwise

from analysis.core.data_files import load_data_file
from analysis.core.text import alnum_key, normalize_text
from analysis.ingest.page_rules import layout_alternation, load_rules

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
    return running_head_journal(texts) or publisher_line(texts)


#: A journal's volume, issue and day alone on a line: "Volume 6 | Issue 1 | Jan 01, 2008".
_VOLUME_LINE = re.compile(
    r"(?:Volume|Vol\.) \d{1,4} ?[|,] ?(?:Issue|No\.) \d{1,4} ?[|,] ?[A-Z0-9][\w .,]{4,20}\d{4}"
)

#: The most words of a journal's name over its volume line.
JOURNAL_MAX_WORDS = 12


def running_head_journal(texts: Sequence[str]) -> str:
    """The journal named on the line right over a volume, issue and day line among the
    first ``COVER_REACH`` ``texts`` (a running head split off a one-line PDF text), or
    the journal a running head names on one line before its volume, issue, ISSN or DOI
    (``head_line_journal``); "" when none does.

    >>> running_head_journal(["Title", "The Journal | Focus", "Volume 6 | Issue 1 | Jan 01, 2008"])
    'The Journal | Focus'
    >>> running_head_journal(["The Journal", "Volume 6 of the series"])
    ''
    >>> running_head_journal(["Title", "THE DELTA REVIEW https://doi.org/10.1080/0951.2021.19"])
    'THE DELTA REVIEW'
    """
    for above, line in pairwise(texts[:COVER_REACH]):
        name = normalize_text(above).strip()
        named = name[:1].isupper() and 2 <= len(name.split()) <= JOURNAL_MAX_WORDS
        volume = _VOLUME_LINE.fullmatch(normalize_text(line).strip())
        if named and volume and not name.endswith("."):
            return name
    return next((n for n in map(head_line_journal, texts[:COVER_REACH]) if n), "")


@cache
def _head_id() -> re.Pattern[str]:
    """What closes a journal's name in its running head (``running_head_ids`` of
    ``data/page_layout.yaml``), after a comma or a space."""
    return re.compile(rf"(?:,\s*|\s+)(?:{layout_alternation('running_head_ids')})", re.I)


#: The page's number opening a running head ("61 Journal of X, Vol. 9, ...").
_PAGE_NUMBER = re.compile(r"^\d{1,4}\s+")
#: A note in brackets after the journal's name ("X Record (formerly Y Archives), Volume 33").
_NAME_NOTE = re.compile(r"\s*\([^()]{2,80}\)$")
#: Small words a journal's name keeps in lower case ("Journal of X and Y").
_SMALL_WORDS = frozenset({"of", "and", "for", "the", "on", "in", "&"})


def head_line_journal(line: str) -> str:
    """The journal a PDF's running head names on one line before its volume, issue, ISSN
    or DOI: capitalised words closed by a comma ("61 Journal of Delta Studies, Vol. 9,
    Issue 1, pps. 61-98.", the page's number and a bracketed note after the name left
    out), or words in capitals closed by a space ("THE DELTA REVIEW https://doi.org/...",
    "X JOURNAL OF SCIENCE DOI: 10.18173/...", "DELTA SURVEY Volume XLVII"); "" for a
    sentence, a headline in title case closed by a space, one word.

    >>> head_line_journal("61 Journal of Delta Studies, Vol. 9, Issue 1, pps. 61-98.")
    'Journal of Delta Studies'
    >>> head_line_journal("Delta Trade Grew in Volume 3 Times Over")
    ''
    >>> head_line_journal("The review, vol. 2 of which appeared in May, was late.")
    ''
    """
    text = normalize_text(line).strip()
    found = _head_id().search(text[:_HEAD_NAME_REACH])
    if found is None:
        return ""
    name = _NAME_NOTE.sub("", _PAGE_NUMBER.sub("", text[: found.start()]))
    words = name.split()
    if not 2 <= len(words) <= JOURNAL_MAX_WORDS or any(c.isdigit() for c in name):
        return ""
    if text[found.start()] != ",":  # closed by a space: a running head set in capitals
        return name if name.upper() == name else ""
    capitalised = all(w[:1].isupper() or w.casefold() in _SMALL_WORDS for w in words)
    return name if capitalised and words[0][:1].isupper() else ""


#: How far into a line the journal's name and its identifier are looked for.
_HEAD_NAME_REACH = 200


#: The phrase a document opens its publisher's name with: "A REPORT OF THE", "Published by
#: the", "A publication of", a library's cover label "Published by:" (held-out 106), a
#: report's notice "This document was prepared by the" (held-out 100); the name runs to a
#: comma, a stop, a bracket or a sign.
_PUBLISHER_PHRASE = re.compile(
    r"\b(?:an? (?:report|publication) of|published by:?|(?:was|were) prepared by)\s+"
    r"(?:the\s+)?"
    r"(?P<name>[A-Z][^,.;:©()]{2,80})",
    re.I,
)


#: The fewest words of a publisher's name after the phrase (one word is too often a place).
PUBLISHER_MIN_WORDS = 2


@cache
def publisher_keys() -> dict[str, str]:
    """Every listed outlet's name and alias (``data/outlets.yaml``) and every gazetteer
    organisation, letters only ("asiasocietypolicyinstitute"), mapped to its name."""
    keys = {alnum_key(key): name for key, name in organisation_names().items()}
    for key, (name, _credited) in load_rules().outlet_keys.items():
        keys.setdefault(alnum_key(key), name)
    keys.pop("", None)
    return keys


def publisher_line(texts: Sequence[str]) -> str:
    """The publisher a line among the first ``COVER_REACH`` ``texts`` names after "A report
    of the" or "Published by the", as a listed outlet or organisation (its longest known
    run of words, letters only: a broken word still matches); "" when none is known.

    >>> publisher_line(["Published by the RAND Corporation, Santa Monica, Calif."])
    'RAND Corporation'
    >>> publisher_line(["A report of the Ferry Owners of Nowhere"])
    ''
    >>> publisher_line(["Published by: RAND Corporation"])
    'RAND Corporation'
    >>> publisher_line(["This report was prepared by the RAND Corporation (RAND)."])
    'RAND Corporation'
    >>> publisher_line(["The figures were prepared by the Ferry Owners of Nowhere."])
    ''
    """
    keys = publisher_keys()
    for text in texts[:COVER_REACH]:
        for found in _PUBLISHER_PHRASE.finditer(normalize_text(text)):
            words = found.group("name").split()
            for end in range(len(words), PUBLISHER_MIN_WORDS - 1, -1):
                name = keys.get(alnum_key(" ".join(words[:end])))
                if name:
                    return name
    return ""
