"""The header a saving tool prints over the page it holds, whose dates are the tool's, not
the article's: a forwarded e-mail's header (``forwards.in_forward_header``) and a web
archive's capture header (held-out 106: archive.today's "Saved from" / <address> /
"search" / "21 Mar 2024 06:17:55 UTC" over the page). The labels of a capture header are
``capture_header_labels`` of ``data/header_scoring.yaml``; a date one to
``CAPTURE_HEADER_REACH`` paragraphs under one is the day of the capture, scored as the
site's clock (date weight ``site_clock``), as a forward's sending day is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Protocol

from analysis.core.data_files import load_data_file
from analysis.ingest.forwards import in_forward_header

#: How many paragraphs under a capture header's label its capture stamp may stand: the
#: label, the original address, the archive's search box, the stamp.
CAPTURE_HEADER_REACH = 3


class _Text(Protocol):
    text: str


@cache
def _capture_label() -> re.Pattern[str]:
    labels = load_data_file("header_scoring.yaml").get("capture_header_labels", [])
    return re.compile("|".join(f"(?:{label})" for label in labels) or "(?!)", re.I)


def in_capture_header(paras: Sequence[_Text], index: int) -> bool:
    """A capture header's label (a whole line) stands one to ``CAPTURE_HEADER_REACH``
    paragraphs above paragraph ``index``."""
    above = paras[max(0, index - CAPTURE_HEADER_REACH) : max(0, index)]
    return any(_capture_label().fullmatch(p.text.strip()) for p in above)


def in_tool_header(paras: Sequence[_Text], index: int) -> bool:
    """Paragraph ``index`` stands in a saving tool's header: a forward's
    (``forwards.in_forward_header``) or a web archive's capture header
    (``in_capture_header``)."""
    return in_forward_header(paras, index) or in_capture_header(paras, index)
