"""A source's name and day closing the text's last paragraph, the note a repost or a
paper's own archive leaves after the story: "... in both languages.  - Akahata, October
16, 2008", "... on Monday. — The Harbour Times, 3 May 2024" (held-out 116; fix40b).

The note says where and when the story first ran, as a footer's "This article was
published in ..." does, so the day is read as a publication note's (``layout/dates.py``):
a date line of the page's own still outranks it (the README's repost rule).
"""

from __future__ import annotations

import re

from analysis.dates import find_dates

#: How far from the paragraph's end the note is looked for.
TAIL_CHARS = 90

#: A dash, a name of one to five capitalised words, a comma and a full date ending the
#: text (a full stop after it allowed).
_CLOSING = re.compile(
    r"\s[-–—]{1,2}\s?(?P<name>[A-Z][\w'’.&/]*(?:\s[A-Z][\w'’.&/]*){0,4}),\s?"
    r"(?P<date>[A-Z][a-z]{2,8}\.?\s\d{1,2},?\s(?:19|20)\d{2}"
    r"|\d{1,2}\s[A-Z][a-z]{2,8}\.?,?\s(?:19|20)\d{2})"
    r"\s*\.?\s*$"
)


def closing_source_date(text: str) -> str | None:
    """The date of a "- Source, Month D, YYYY" note ending ``text`` (a day the date finder
    reads), else None.

    >>> closing_source_date("They agreed to meet again.  - Akahata, October 16, 2008")
    'October 16, 2008'
    >>> closing_source_date("The talks ended on Monday — The Harbour Times, 3 May 2024.")
    '3 May 2024'
    >>> closing_source_date("The talks began in 2008 - a year later, in May.") is None
    True
    """
    found = _CLOSING.search(text[-TAIL_CHARS:])
    if found is None:
        return None
    date = found.group("date")
    days = [m for m in find_dates(date) if m.precision == "day" and m.date_start is not None]
    return date if len(days) == 1 else None


def closing_note(text: str, last: bool) -> tuple[str, str] | None:
    """The date of the note closing ``text`` with the base feature ``publication_note``
    when ``text`` is the text's last paragraph (``last``, below the lede), else None.

    >>> closing_note("They agreed.  - Akahata, October 16, 2008", True)
    ('October 16, 2008', 'publication_note')
    >>> closing_note("They agreed.  - Akahata, October 16, 2008", False) is None
    True
    """
    date = closing_source_date(text) if last else None
    return (date, "publication_note") if date else None
