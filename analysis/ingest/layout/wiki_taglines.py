"""A wiki's tagline under its article's title names the site: "From Leftypedia".

A MediaWiki site prints its own name under every article's title in the skin's tagline,
"From <Site>" (Wikipedia's "From Wikipedia, the free encyclopedia"), then the skip links
"Jump to navigation Jump to search" (older skins: "Jump to: navigation, search"), or the
redirect note "(Redirected from ...)" first. Read alone, "From <Name>" is a repost's credit
naming where a story came from ("From Green Left Weekly", ``source_prefixes``), so the
site stayed at its address; followed by the skip links or the redirect note it is the
wiki's own name (held-out 139's Leftypedia on wiki.leftypol.org). A listed outlet's name
(Wikipedia on a mirror's host) is read by ``data/outlets.yaml`` before this: the finder
only names a site the list does not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from analysis.core.text import normalize_text

#: The tagline: "From", a capitalised name of one to four words, maybe a description
#: after a comma ("From Wikipedia, the free encyclopedia").
_TAGLINE = re.compile(r"From (?P<name>[A-Z][\w.'&-]*(?: [A-Z][\w.'&-]*){0,3})(?:,\s+[^,]{3,60})?")

#: What MediaWiki prints right under its tagline: the skip links or a redirect note.
_UNDER_TAGLINE = re.compile(r"Jump to\b|\(Redirected from ")

#: How many lines from the top the tagline may stand (the title and a notice above it).
TAGLINE_REACH = 8


class _Para(Protocol):
    text: str
    line: int


def wiki_tagline(paras: Sequence[_Para]) -> tuple[int, str] | None:
    """The index and site name of a wiki's tagline among the first ``TAGLINE_REACH``
    lines: "From <Name>" with the skip links or a redirect note on the next line.

    >>> from types import SimpleNamespace as P
    >>> lines = ["River Ferry War", "From Riverpedia", "Jump to navigation Jump to search"]
    >>> wiki_tagline([P(text=t, line=i + 1) for i, t in enumerate(lines)])
    (1, 'Riverpedia')
    >>> wiki_tagline([P(text=t, line=1) for t in ["Title", "From Green Left Weekly", "Text."]])
    """
    for i, p in enumerate(paras[: TAGLINE_REACH - 1]):
        found = _TAGLINE.fullmatch(normalize_text(p.text).strip())
        below = normalize_text(paras[i + 1].text).strip() if i + 1 < len(paras) else ""
        if found and _UNDER_TAGLINE.match(below):
            return i, found.group("name")
    return None


def wiki_tagline_outlet(paras: Sequence[_Para]) -> tuple[str, str, str] | None:
    """The outlet a wiki's tagline names, as (name, where, kind ``site``), else None."""
    found = wiki_tagline(paras)
    if found is None:
        return None
    i, name = found
    return name, f"line {paras[i].line}: the wiki's tagline {paras[i].text.strip()!r}", "site"
