"""A title set above a rule: a line right over a line of one repeated mark ("=====",
"-----", "_____", at least ``RULE_MIN_CHARS`` long) is the title the page underlines, as a
printed hearing's title page sets its title in centred capitals over a rule of "="
(congress.gov's GPO text, held-out 77) and a plain-text page underlines its heading. Only
the page's first rule counts: later rules part the title page's blocks (the printer's
line "86-512 PDF  WASHINGTON : 2014" over its rule). The line gains the title feature
``over_rule``."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

#: The fewest marks of a rule.
RULE_MIN_CHARS = 20

_RULE = re.compile(rf"^\s*([=\-_*~])\1{{{RULE_MIN_CHARS - 1},}}\s*$")


class _Para(Protocol):
    text: str


def rule_line(text: str) -> bool:
    """Whether ``text`` is a rule: one mark repeated ``RULE_MIN_CHARS`` times or more.

    >>> rule_line("=" * 30), rule_line("__________"), rule_line("== Title ==")
    (True, False, False)
    """
    return bool(_RULE.match(text))


def rule_features(paras: Sequence[_Para], i: int) -> list[str]:
    """``over_rule`` when line ``i`` stands right over the page's first rule, else []."""
    below = paras[i + 1].text if i + 1 < len(paras) else ""
    first = not any(rule_line(p.text) for p in paras[: i + 1])
    return ["over_rule"] if first and rule_line(below) else []
