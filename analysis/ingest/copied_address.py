"""The address of the original page that a saving tool prints on its copy: the Wayback
Machine's first line ("The Wayback Machine - https://web.archive.org/web/2016.../http://
english.vietnamnet.vn/..."), a web clipper's "Clipped from: <address>", a read-later app's
"Saved from <address>", an analyst's "Source: <address>" over a pasted article. The labels
are ``copy_address_labels`` of ``data/header_scoring.yaml``; an archive's address is read
as the page it holds (``url_sites.unwrap_url``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from analysis.core.data_files import load_data_file

#: How many lines at each end of the page are looked at: tools print the address in the
#: copy's own header (first lines) or footer (last lines).
COPY_ADDRESS_REACH = 6


@cache
def _address_line() -> re.Pattern[str]:
    labels = load_data_file("header_scoring.yaml").get("copy_address_labels", [])
    body = "|".join(f"(?:{label})" for label in labels) or "(?!)"
    return re.compile(rf"^\s*(?:{body})\s*(?P<url>https?://\S+)\s*$", re.I)


def copied_address(texts: Sequence[str]) -> str:
    """The original page's address a saving tool printed on one of the first or last
    ``COPY_ADDRESS_REACH`` lines of ``texts`` (the first found); "" when there is none."""
    n = len(texts)
    ends = [
        *range(min(n, COPY_ADDRESS_REACH)),
        *range(max(COPY_ADDRESS_REACH, n - COPY_ADDRESS_REACH), n),
    ]
    for i in ends:
        found = _address_line().match(texts[i]) if len(texts[i]) <= 400 else None
        if found:
            return found.group("url")
    return ""


@cache
def _print_lines() -> list[re.Pattern[str]]:
    lines = load_data_file("header_scoring.yaml").get("print_address_lines", [])
    return [re.compile(rf"^\s*(?:{line})\s*$", re.I) for line in lines]


def printed_address(texts: Sequence[str]) -> str:
    """The page's own address a browser printed in a print-to-PDF copy's running header or
    footer (``print_address_lines``: "<title> | <site> <address>", "<address> 1/2") on one
    of the first or last ``COPY_ADDRESS_REACH`` lines of ``texts``; "" when there is none."""
    n = len(texts)
    ends = [*range(min(n, COPY_ADDRESS_REACH)), *range(max(0, n - COPY_ADDRESS_REACH), n)]
    for i in dict.fromkeys(ends):
        text = texts[i] if len(texts[i]) <= 400 else ""
        found = next((m for m in (p.match(text) for p in _print_lines()) if m), None)
        if found:
            return found.group("url")
    return ""
