"""The issuer a document prints in capitals at its head, on a document host's page.

A document host (``url_domains.document_hosts`` of ``data/outlets.yaml``: Scribd, Studylib,
vdocuments, ...) shows an uploaded document under the host's own chrome; the README's rule
("How the gold names the outlet") keeps the publisher the document names. A rights group's
statement or a UN body's report heads its first page with the issuer's name in capitals
("AMNESTY INTERNATIONAL" over "PUBLIC STATEMENT", "UNITED NATIONS" over "General
Assembly"). When the text named no outlet, the first name of the page's furniture
(``site_names``) written wholly in capitals, of two to four words, one of them a body's
word (``issuer_words`` of ``data/page_layout.yaml``: "international", "nations",
"institute", ...), is that issuer. A document's kind ("PUBLIC STATEMENT"), a writer's name
("LANH TRAN") or a reader's button ("CONTINUE READING") in capitals holds no such word; on
any other host, or without such a name, the host's address stays the outlet.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from analysis.ingest.page_rules import layout_alternation, load_rules

#: How many words an issuer's name in capitals holds.
ISSUER_WORDS = (2, 4)
_CAPS_WORD = re.compile(r"[A-ZÀ-Ỹ][A-ZÀ-Ỹ&'’.-]*")


@cache
def _issuer_word() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{layout_alternation('issuer_words')})(?!\w)", re.I)


def _issuer_like(name: str) -> bool:
    words = name.split()
    low, high = ISSUER_WORDS
    caps = all(_CAPS_WORD.fullmatch(w) for w in words)
    return low <= len(words) <= high and caps and bool(_issuer_word().search(name))


def document_issuer(domain: str, site_names: Sequence[str]) -> str:
    """The issuer's name in capitals among ``site_names`` when ``domain`` is a document
    host, or "".

    >>> document_issuer("studylib.net", ["AMNESTY INTERNATIONAL", "PUBLIC STATEMENT"])
    'AMNESTY INTERNATIONAL'
    >>> document_issuer("vdocuments.mx", ["LANH TRAN", "CONTINUE READING"])
    ''
    >>> document_issuer("example.org", ["AMNESTY INTERNATIONAL"])
    ''
    """
    if domain not in load_rules().document_hosts:
        return ""
    return next((n for n in site_names if _issuer_like(n)), "")
