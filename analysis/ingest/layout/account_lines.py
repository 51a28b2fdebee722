"""A content system's posting line that names a site account, not a writer: "Submitted by
ctv_en_3 on Tue, 03/17/2009 - 10:25" (Drupal's line over an item), "Posted by admin01 on
...". The account's login (lower case, with a digit or an underscore, no space) is no
person's name, so the line is no byline; it is the item's dateline, never its headline
(held-out 88: an old broadcaster's page saved without its headline, where the line was
taken for the title).

A writer's name ("Submitted by Thu Trang on ...") is left to the byline readers.

A listing page may print the posting line with its date left out ("Submitted by KPL on",
held-out 98: a news agencies' site listing one member agency's items): the line then ends
with "on"; when the name is a login or an agency's short name in capitals it is still the
item's posting line, never a headline (printed over every item, it scored as a title
repeated)."""

from __future__ import annotations

import re

from analysis.ingest.layout.lines import HEADER_REACH, Paragraph

#: "Submitted by <login> on <rest>": the verb, a login, "on" and the date.
ACCOUNT_POSTING = re.compile(
    r"(?:submitted|posted|published) by (?P<login>[a-z0-9][a-z0-9._-]{1,30}) on \S.{4,60}",
    re.IGNORECASE,
)


def account_login(text: str) -> str:
    """The account's login of a posting line that names a login, else ``""``.

    >>> account_login("Submitted by ctv_en_3 on Tue, 03/17/2009 - 10:25")
    'ctv_en_3'
    >>> account_login("Submitted by Thu Trang on Tue, 03/17/2009 - 10:25")
    ''
    """
    match = ACCOUNT_POSTING.fullmatch(text.strip())
    if match is None:
        return ""
    login = match.group("login")
    if login != login.lower() or not re.search(r"[\d_]", login):
        return ""
    return login if any(ch.isdigit() for ch in match.group(0)[match.end("login") :]) else ""


#: "Submitted by <account> on" with nothing after "on": the date left out of the line.
DATELESS_POSTING = re.compile(
    r"(?:submitted|posted|published) by (?P<name>[A-Za-z0-9._-]{2,30}) on", re.IGNORECASE
)


def dateless_account(text: str) -> str:
    """The account of a posting line whose date is left out, when it is a login or an
    agency's short name in capitals (two to six letters), else ``""``.

    >>> dateless_account("Submitted by KPL on")
    'KPL'
    >>> dateless_account("Submitted by Thu Trang on")
    ''
    """
    match = DATELESS_POSTING.fullmatch(text.strip())
    if match is None:
        return ""
    name = match.group("name")
    login = name == name.lower() and bool(re.search(r"[\d_]", name))
    acronym = name.isalpha() and name.isupper() and 2 <= len(name) <= 6
    return name if login or acronym else ""


def label_account_lines(paras: list[Paragraph]) -> None:
    """Label the header's unlabelled posting lines that name an account's login (or, with
    the date left out, an agency's short name) as ``dateline`` (the line's date is the
    item's; no writer, no headline)."""
    for p in paras[:HEADER_REACH]:
        if not p.kind and (account_login(p.text) or dateless_account(p.text)):
            p.kind = "dateline"
