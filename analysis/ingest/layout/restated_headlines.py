"""A headline written as one sentence and restated by the paragraph under it.

A forum's link post or a press page prints its headline as a sentence closed by a full
stop ("A city has opened its first night bus line, linking the airport, the station and
the old quarter."), and the first paragraph says it again at more length ("The city on
Sunday opened its first night bus line, linking the airport, ... its transport office said
in a notice."). By its stop the line reads as prose, the lede; but a lede's first
paragraph does not restate itself in the next one, which goes on to other things. When
the next, longer paragraph takes up most of the line's words, the line is the headline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from analysis.core.text import count_words

#: The least share of the line's words (four letters or more) the next paragraph takes up.
RESTATED_SHARE = 0.6

#: The fewest such words the line must have (a short line shares too little to tell).
RESTATED_MIN_WORDS = 5

#: How many times the line's words the next paragraph has at least: it says more (a
#: paragraph printed twice, or with a word changed, is no restatement).
RESTATED_LONGER = 1.25

#: The most words of the line: a headline's length.
RESTATED_MAX_WORDS = 30

#: One sentence closed by a stop, no other stop inside it.
_ONE_SENTENCE = re.compile(r"^[^.!?]+[.!?]$")


class _Para(Protocol):
    text: str
    kind: str


def _long_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_][\w'’-]*", text.casefold()) if len(w) >= 4}


def restated_share(line: str, paragraph: str) -> float:
    """The share of ``line``'s words of four letters or more found in ``paragraph``.

    >>> restated_share("Ferry service resumes on the river route.", "The ferry service "
    ...     "on the river route resumes on Monday, the operator said.")
    1.0
    """
    words = _long_words(line)
    return len(words & _long_words(paragraph)) / len(words) if words else 0.0


def restated_by_next_paragraph(paras: Sequence[_Para], i: int) -> bool:
    """Whether line ``i``, the first unlabelled line among the page's first three, is one
    sentence of ``RESTATED_MAX_WORDS`` words at most (``RESTATED_MIN_WORDS`` of four letters
    or more) whose words the next paragraph, ``RESTATED_LONGER`` times as long at least,
    takes up, ``RESTATED_SHARE`` of them at least: a headline written as a sentence over the
    lede restating it."""
    text = paras[i].text.strip()
    nxt = paras[i + 1].text.strip() if i + 1 < len(paras) else ""
    shaped = (
        i < 3
        and all(q.kind for q in paras[:i])
        and count_words(text) <= RESTATED_MAX_WORDS
        and count_words(nxt) >= RESTATED_LONGER * count_words(text)
        and bool(_ONE_SENTENCE.match(text))
    )
    return (
        shaped
        and len(_long_words(text)) >= RESTATED_MIN_WORDS
        and restated_share(text, nxt) >= RESTATED_SHARE
    )


#: (b87) How many paragraphs may stand between the headline and the lede restating it: a
#: copy site's labels and values under its headline ("• Thời gian", the date, "• Lượt xem",
#: the count of views).
LEDE_REACH = 6


def restated_by_lede(paras: Sequence[_Para], i: int, first_prose: int) -> bool:
    """Whether line ``i``, the page's first unlabelled line, is a headline closed by a
    full stop that the first paragraph of running text restates (index ``first_prose``,
    two to ``LEDE_REACH`` paragraphs below: other lines stand between them), by the tests
    of ``restated_by_next_paragraph``: one sentence, the lede longer, ``RESTATED_SHARE`` of
    its words taken up. A copy site prints "48 workers brought home from a closed plant."
    over its labels, then the lede "48 workers left without pay at a closed plant ... have
    been brought home" (held-out 87). The stop is then a headline's, not a sentence's
    (title feature ``sentence_end``)."""
    if not i + 1 < first_prose <= i + LEDE_REACH or first_prose >= len(paras):
        return False  # a line right over the lede restating it may be its standfirst
    if any(not q.kind for q in paras[:i]):
        return False
    text, lede = paras[i].text.strip(), paras[first_prose].text.strip()
    shaped = (
        count_words(text) <= RESTATED_MAX_WORDS
        and count_words(lede) >= RESTATED_LONGER * count_words(text)
        and bool(_ONE_SENTENCE.match(text))
        and len(_long_words(text)) >= RESTATED_MIN_WORDS
    )
    return shaped and restated_share(text, lede) >= RESTATED_SHARE
