"""The page furniture a copy opens with, before its header: a saving tool's header (a web
archive's capture header: "archive.today" / "webpage capture" / "Saved from" / <address>
/ "search" / <capture stamp> / "Webpage" / "Screenshot" / "download .zip", held-out 106),
a site's menu run. The header's reach (``lines.HEADER_REACH``) counts from the end of
that run, so thirteen lines of a capture header do not push the page's own byline and
date out of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol


class _Line(Protocol):
    text: str
    kind: str


#: The kinds of a line of the furniture run: chrome, and a date alone among it (a site's
#: clock, a capture's stamp).
FURNITURE_KINDS = ("boilerplate", "dateline")

#: A web address alone on its line: the original page's address in a capture header.
_ADDRESS = re.compile(r"\s*https?://\S+\s*")


def _furniture(p: _Line) -> bool:
    return p.kind in FURNITURE_KINDS or (not p.kind and bool(_ADDRESS.fullmatch(p.text)))


def furniture_lead(paras: Sequence[_Line]) -> int:
    """How many paragraphs open the page as furniture: the leading run of paragraphs of
    ``FURNITURE_KINDS`` or bare addresses, with at least one boilerplate line in it (a page
    opening with its date alone has no furniture run)."""
    n = next((i for i, p in enumerate(paras) if not _furniture(p)), len(paras))
    return n if any(p.kind == "boilerplate" for p in paras[:n]) else 0
