"""A mail's signature is its sender's, not the shared article's writer: a message sharing
a post ("Shared from the site. My notes below.") pastes the post with its byline, then the
sender signs under the signature separator ("--" / "Minh Chau", as mail programs set a
signature apart), and both names were read as writers.

A line labelled a byline within two lines under a separator line of two hyphens alone (the
mail convention "-- ") is the sender's signature when a byline above the separator names
the writer; it becomes boilerplate. With no byline above, the signature may be the only
credit of a letter or a note and is left to the writers' rules.
"""

from __future__ import annotations

import re

from analysis.ingest.layout.lines import Paragraph

#: The signature separator: two hyphens alone on the line (a trailing space allowed).
_SEPARATOR = re.compile(r"^--\s*$")
#: How many lines under the separator the signature's name may stand.
_REACH = 2


def unmark_mail_signatures(paras: list[Paragraph]) -> None:
    """Bylines under a signature separator, below a byline above it, become boilerplate."""
    for i, p in enumerate(paras):
        if not _SEPARATOR.match(p.text):
            continue
        if not any(q.kind == "byline" and q.role == "author" for q in paras[:i]):
            continue
        for q in paras[i + 1 : i + 1 + _REACH]:
            if q.kind == "byline":
                q.kind, q.role = "boilerplate", ""
