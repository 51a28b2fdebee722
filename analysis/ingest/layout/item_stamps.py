"""A listing saved with each item on one line closed by its stamp: the first item's date.

A provincial paper's English tag page, saved as text, runs each item's title, teaser and
stamp together on one line: "<Title> <teaser ...> 16:42 | 15/03/2023" (held-out 129). No
line of the page is a date alone, so the date reader finds none; the zoo's listing rule
dates such a page by its first item. When two consecutive items at least (the page's first
paragraphs, blank lines aside) each close with a stamp of digits, a day in figures with or
without its time ("hh:mm | DD/MM/YYYY", "DD/MM/YYYY hh:mm", "DD.MM.YYYY"), and the page was
given no other date, the first item's stamp is the page's date.

An article's paragraph that ends with a date in figures closes with a full stop after it
("... signed on 15/03/2023."), and is one line among others; a stamp here closes each line
after its teaser's stop, in every item.
"""

from __future__ import annotations

import re

from analysis.ingest.layout.lines import Article, Paragraph, dateline_date
from analysis.ingest.page_rules import Rules

#: The fewest items closed by a stamp that make the page such a listing.
MIN_STAMPED_ITEMS = 2

#: The most paragraphs from the page's top where the first item may stand.
ITEM_REACH = 6

_TIME = r"\d{1,2}:\d{2}"
_DAY = r"\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}"

#: A stamp closing a line after a space: a time and a day in figures, in either order
#: and joined by a bar, a comma, a dash or a space, or the day alone.
_CLOSING_STAMP = re.compile(rf"\s((?:{_TIME}\s*[|,–-]?\s*)?{_DAY}(?:\s*[|,–-]?\s*{_TIME})?)\s*$")


def closing_stamp(text: str) -> str:
    """The stamp closing ``text`` after its teaser, else "".

    >>> closing_stamp("Title Teaser of the item ends here. 16:42 | 15/03/2023")
    '16:42 | 15/03/2023'
    >>> closing_stamp("The deal was signed on 15/03/2023.")
    ''
    """
    match = _CLOSING_STAMP.search(text.strip())
    return match.group(1) if match else ""


def stamped_items(paras: list[Paragraph]) -> list[Paragraph]:
    """The page's first run of paragraphs that each close with a stamp (blanks aside)."""
    run: list[Paragraph] = []
    for p in [p for p in paras if p.text.strip()][: ITEM_REACH + MIN_STAMPED_ITEMS]:
        if closing_stamp(p.text):
            run.append(p)
        elif run:
            break  # the run of stamped items ended
    return run


def stamped_item_date(article: Article, rules: Rules) -> None:
    """The first stamped item's date as the page's, in place, when the page has no date
    and its first items each close with a stamp (the module's docstring)."""
    if article.header_date is not None:
        return
    items = stamped_items(article.paragraphs)
    if len(items) < MIN_STAMPED_ITEMS:
        return
    found = dateline_date(closing_stamp(items[0].text), rules)
    if found is None:
        return
    article.header_date, article.header_evidence = found, items[0].text
    article.date_reason += f"; a listing's first item's closing stamp, line {items[0].line}"
