"""A forwarded e-mail's header over the article it carries: the separator
(``forward_separators`` of ``data/header_scoring.yaml``: "---------- Forwarded message
---------", Outlook's rule of underscores) and the lines just under it, which give the
message's sender and sending day, not the article's writer and date (held-out 64).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Protocol

from analysis.core.data_files import load_data_file

#: How many paragraphs under the separator belong to the forward's header: the sender,
#: the day and the subject stand on the first three.
FORWARD_HEADER_REACH = 3

#: A sender's line: a "From:" label, a name, the address in angle brackets.
_SENDER = re.compile(r"^\s*from\s*:\s*[^<>]{0,80}<[^<>\s]+@[^<>\s]+>\s*$", re.I)


class _Text(Protocol):
    text: str


@cache
def forward_separator() -> re.Pattern[str]:
    """The separators over a forwarded message's header, one pattern (whole line)."""
    separators = load_data_file("header_scoring.yaml").get("forward_separators", [])
    return re.compile("|".join(f"(?:{s})" for s in separators) or "(?!)", re.I)


def in_forward_header(paras: Sequence[_Text], index: int) -> bool:
    """A forward's separator stands one to ``FORWARD_HEADER_REACH`` paragraphs above
    paragraph ``index``."""
    above = paras[max(0, index - FORWARD_HEADER_REACH) : max(0, index)]
    return any(forward_separator().fullmatch(p.text.strip()) for p in above)


def forward_sender(paras: Sequence[_Text], index: int) -> bool:
    """Paragraph ``index`` is the "From: Name <address>" line of a forward's header: the
    person or list that sent the message on, not the writer of the article under it."""
    return bool(_SENDER.match(paras[index].text)) and in_forward_header(paras, index)
