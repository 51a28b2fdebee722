"""A spam site's keyword run, set in lenticular brackets over its copy of a story.

Spam sites that copy a paper's story print a run of search keywords in ``【...】`` glued
before the headline ("【kết quả bóng đá hôm nay】Headline", "today's football results") and
insert the same run elsewhere, even inside the date ("March 12,kết quả bóng đá hôm nay
2020 - 09:25"). The run is no part of any date: it is left out of the texts the date is
read from (the paragraphs keep their text and raw as they are).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

#: A keyword run in lenticular brackets opening a line: two words or more.
_BRACKETED_RUN = re.compile(r"^\s*【(?P<run>[^【】\s][^【】]{1,80}?\s[^【】]{1,80}?)】")

#: The lines from the top of the page where the bracketed run is looked for.
SPAM_RUN_REACH = 3


class _Para(Protocol):
    text: str


def page_spam_runs(paras: Sequence[_Para]) -> tuple[str, ...]:
    """The keyword runs in ``【...】`` opening one of the page's first ``SPAM_RUN_REACH``
    lines ("kết quả bóng đá hôm nay"), or ()."""
    found = (_BRACKETED_RUN.match(p.text) for p in paras[:SPAM_RUN_REACH])
    return tuple(dict.fromkeys(m.group("run").strip() for m in found if m))


def without_spam_runs(text: str, runs: Sequence[str]) -> str:
    """``text`` without the page's keyword ``runs`` standing outside their brackets
    ("March 12,kết quả bóng đá hôm nay 2020" -> "March 12, 2020"); ``text`` itself when it
    holds none."""
    for run in runs:
        if run in text and f"【{run}】" not in text:
            text = re.sub(r"\s{2,}", " ", text.replace(run, " ")).replace(" ,", ",")
    return text
