"""A site theme's clock over the headline, in the theme's own form (fix78).

Some site themes print today's date as the page's first line in a form of their own, an
abbreviated weekday closed by a full stop and an ordinal day ("Wed. Dec 25th, 2024", "Tue.
Jul 18th, 2023"), and no time: the day the page was saved, not the article's. When that
line won the date with no runner-up, the page has no date of its own in its header: the
clock is set aside (``date_reason`` says so) and the page is dated from its text, if at
all. A weekday written out ("Wednesday, December 25, 2024") or a plain day ("Dec 25,
2024") is a paper's date line and is left to the scoring.
"""

from __future__ import annotations

import re

from analysis.ingest.layout.lines import Article
from analysis.ingest.metadata import Candidate

#: The theme clock's form: "Wed. Dec 25th, 2024" (the whole line).
_THEME_CLOCK = re.compile(
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.\s+[A-Z][a-z]{2}\.?\s+\d{1,2}(?:st|nd|rd|th),\s+(?:19|20)\d{2}"
)


def is_theme_clock(text: str) -> bool:
    """Whether ``text`` is a whole line in the theme clock's form.

    >>> is_theme_clock("Wed. Dec 25th, 2024"), is_theme_clock("Wednesday, December 25, 2024")
    (True, False)
    """
    return bool(_THEME_CLOCK.fullmatch(text.strip()))


def theme_clock(article: Article, best: Candidate, runner: Candidate | None) -> bool:
    """Whether the winning date is the theme's clock on the page's first line, with no
    runner-up; if so ``date_reason`` says it was set aside."""
    paras = article.paragraphs
    if best.index != 0 or runner is not None or not is_theme_clock(paras[0].text):
        return False
    clock = paras[0].text.strip()
    article.date_reason = f"no date: line {paras[0].line} {clock!r} is the site's clock"
    return True
