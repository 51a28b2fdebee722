"""Host names of a site's picture and file servers, printed as a picture's credit.

A news summary page prints the host its picture was taken from after the headline and on
an image credit line ("<headline> — Static01.nyt.com", "Image source: Static01.nyt.com",
held-out 90). Read as the page title's site suffix, that host gave the outlet ``nyt.com``,
while the page is the summary site's. A host whose first label is an asset server's
(``asset_host_labels`` of ``data/outlets.yaml``: static, cdn, img, ... with optional digits)
serves files, never pages: it is no site name.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.ingest.page_rules import alternation


@cache
def _asset_host() -> re.Pattern[str]:
    domains = load_data_file("outlets.yaml").get("url_domains") or {}
    labels = domains.get("asset_host_labels") or ["(?!)"]
    return re.compile(rf"^(?:{alternation(labels)})\d*\.(?:[a-z0-9-]+\.)+[a-z]{{2,}}$", re.I)


def asset_host(text: str) -> bool:
    """Whether ``text`` is only a host name of a file server ("Static01.nyt.com").

    >>> asset_host("Static01.nyt.com"), asset_host("cdn.vietnamplus.vn")
    (True, True)
    >>> asset_host("nytimes.com"), asset_host("Staticsite.com"), asset_host("Vientiane Times")
    (False, False, False)
    """
    return bool(_asset_host().match(text.strip()))
