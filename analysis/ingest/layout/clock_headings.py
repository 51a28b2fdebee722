"""A heading over its clock: a parliament's debate record (a speech's page) and a live
page print each item's short heading right over the time it was given, alone on its line
("Fisheries: Vietnam" / "7:40 pm", held-out 100). The line right over such a lone clock is
that item's heading, however short (title feature ``over_clock``); the clock itself is
furniture, read elsewhere."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

#: A clock alone on its line: "7:40 pm", "10:42", "19.05", "7:40 p.m."; not a media
#: player's counter at zero ("Listen to Audio" / "0:00").
_LONE_CLOCK = re.compile(r"\s*(?!0?0[:.]00\b)\d{1,2}[:.][0-5]\d(?:\s?[ap]\.?\s?m\.?)?\s*", re.I)


class _Para(Protocol):
    text: str


def lone_clock(text: str) -> bool:
    """Whether ``text`` is only a time of day.

    >>> lone_clock("7:40 pm"), lone_clock("10:42"), lone_clock("7:40 pm, 18 June 2012")
    (True, True, False)
    """
    return bool(_LONE_CLOCK.fullmatch(text))


def over_clock(paras: Sequence[_Para], i: int) -> bool:
    """Whether line ``i``, itself no clock and no label (no closing colon), stands right
    over a lone clock."""
    text = paras[i].text.strip()
    below = paras[i + 1].text if i + 1 < len(paras) else ""
    return bool(text) and not text.endswith(":") and not lone_clock(text) and lone_clock(below)
