"""Lines after the text that the footer's rule would hide but the page shows to be text
(misses27). ``text._footer_kind`` keeps a sentence or a list item closed by a stop and
labels the other leftovers under the last paragraph of running text boilerplate: right
for a list of other stories' headlines ("• Ferry resumes"), wrong for three forms whose
evidence is on the page itself:

- a list whose items carry times that rise down the list, a podcast's or a video's
  chapters ("• How the code was revised (2:10)" / "• Overtime limits (6:45)"): a list of
  other stories carries their times of day newest first, or none;
- a list introduced by a line of the text ending in a colon ("The reforms cover:" /
  "• overtime" / "• retirement age"): the text announces it;
- a line opening in lower case right under a line of the text that ends without a stop,
  the rest of its sentence (a PDF's text hard-wrapped into paragraphs: "... and the
  volume is" / "expected to grow as ...").

Only lines that ``label_text`` labelled boilerplate in the footer are read again; a line an
earlier step labelled (a "Related" list, a menu, a credit) keeps its label."""

from __future__ import annotations

import re
from itertools import pairwise

from analysis.core.text import count_words
from analysis.ingest.layout.lines import LIST_ITEM, Paragraph

#: A time in minutes and seconds (or hours, minutes and seconds) at an item's start or
#: end, in brackets or not: "(6:45)", "[1:02:10]", "12:30 Opening remarks".
_ITEM_TIME = re.compile(
    r"^\s*(?:[•●▪◦·*–—-]|\d{1,2}[.)])?\s*[(\[]?(?P<a>\d{1,2}(?::\d{2}){1,2})[)\]]?\s"
    r"|\s[(\[]?(?P<b>\d{1,2}(?::\d{2}){1,2})[)\]]?\s*$"
)

#: The fewest items of a chapter list.
CHAPTERS_MIN_ITEMS = 3

#: The kinds of a line of the text that may introduce a list or go on below.
_TEXT_KINDS = ("lede", "body")

#: The end of a line of the text cut mid-sentence: a word's letter or a comma.
_LINE_OPEN = re.compile(r"[^\W\d_],?$")

#: The opening of a sentence's rest: a word in lower-case letters and a space (no address
#: such as "cgtn.com", no sum of a form's check such as "four + 5 =").
_REST_OPENING = re.compile(r"[a-zà-ỹ]+\s+[a-zà-ỹ]")

#: The fewest words of the line above and of the rest of its sentence.
CONTINUATION_MIN_WORDS = 6


def _seconds(text: str) -> int | None:
    """The time an item carries, in seconds, or None."""
    found = _ITEM_TIME.search(text)
    if found is None:
        return None
    parts = [int(x) for x in (found.group("a") or found.group("b")).split(":")]
    return sum(value * 60**power for power, value in enumerate(reversed(parts)))


def _list_run(paras: list[Paragraph], start: int) -> int:
    """The index after the run of list items on consecutive lines from ``start``."""
    end = start
    while end < len(paras) and LIST_ITEM.match(paras[end].text):
        if end > start and paras[end].line != paras[end - 1].line + 1:
            break
        end += 1
    return end


def chapter_list(paras: list[Paragraph], start: int, end: int) -> bool:
    """Whether items ``start:end`` form a chapter list: ``CHAPTERS_MIN_ITEMS`` items or
    more, each with a time, the times rising down the list.

    >>> from analysis.ingest.layout.lines import split_lines
    >>> items = split_lines("• Opening (0:40)\\n• The code (2:10)\\n• Overtime (6:45)\\n")
    >>> chapter_list(items, 0, 3)
    True
    >>> chapter_list(items[::-1], 0, 3)
    False
    """
    times = [_seconds(p.text) for p in paras[start:end]]
    rising = all(a is not None and b is not None and a < b for a, b in pairwise(times))
    return end - start >= CHAPTERS_MIN_ITEMS and rising


def _introduced(paras: list[Paragraph], start: int) -> bool:
    """Whether the line above list item ``start`` is a line of the text ending in a colon."""
    above = paras[start - 1] if start > 0 else None
    return above is not None and above.kind in _TEXT_KINDS and above.text.rstrip().endswith(":")


def _continues(paras: list[Paragraph], i: int) -> bool:
    """Whether line ``i`` (``CONTINUATION_MIN_WORDS`` words or more) opens with a word in
    lower case right under a line of the text of as many words that ends on a word or a
    comma, cut mid-sentence."""
    above = paras[i - 1] if i > 0 else None
    return (
        above is not None
        and above.kind in _TEXT_KINDS
        and count_words(above.text) >= CONTINUATION_MIN_WORDS
        and bool(_LINE_OPEN.search(above.text))
        and count_words(paras[i].text) >= CONTINUATION_MIN_WORDS
        and bool(_REST_OPENING.match(paras[i].text))
    )


def keep_footer_text(paras: list[Paragraph], footer: list[int]) -> None:
    """Relabel body, in place, the lines of ``footer`` (indices ``label_text`` labelled
    after the last prose line) that the page shows to be text: a chapter list's items, a
    list introduced by a line of the text ending in a colon, a line continuing the
    sentence above it (see the module's docstring)."""
    left = set(footer)
    i = 0
    while i < len(paras):
        if i not in left or paras[i].kind != "boilerplate":
            i += 1
            continue
        end = _list_run(paras, i)
        if end > i and (chapter_list(paras, i, end) or _introduced(paras, i)):
            for j in range(i, end):
                if j in left and paras[j].kind == "boilerplate":
                    paras[j].kind = "body"
            i = end
            continue
        if _continues(paras, i):
            paras[i].kind = "body"
        i += 1
