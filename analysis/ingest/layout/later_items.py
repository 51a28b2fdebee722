"""A later item's byline on a listing page (held-out 91).

A tag, category or archive page shows several posts one after another, each its title,
"By Name" and its text. The page's article is its first item (the zoo's listing pages:
the first item's title, day and writer), so a byline that opens a later item, under that
item's own title and after the first item's text, names another post's writer
("By Oliver Brandt" / the writer's bio / "Should the Coast Guard Help ...?" / a subtitle /
"By Samuel Okafor" / the next post's text).

A byline is a later item's when: it says "By" (a prefix, not a bare name), an earlier
line of the page is a byline naming someone else, running text (``lede``/``body``) stands
between the two, and the line right above it is a short line that is no sentence (the
later item's title or subtitle). A co-writer credited on the next line of the same byline
block, or a name closing the text, is none of these.

(held-out 102) A listing may close each item with its writers under the same label
instead ("Title (23/06/2022)" / the abstract / "Author: A, B", a journal issue page): when
two or more bylines opened by the same label ("Author:") each stand right under running
text, the first is the page's writer and the others are the later items'
(``closing_label_bylines``).

(fix35b, held-out 118) A publications listing prints each item as its title, its date and
then "By: Name" over the teaser, and the first item may have no writer ("Title" / "Thursday,
May 9, 2024" / the teaser / ... / "Title" / "Friday, February 2, 2024" / "By: Name" / ...):
when the first date has no byline under it and two later dates or more each have one,
after the first item's text, those name the later items' writers and the page has none
(``unsigned_first_item_bylines``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from analysis.core.text import count_words, normalize_text
from analysis.ingest.layout.contents_bylines import later_contents_bylines
from analysis.ingest.layout.item_bylines import unmark_later_items as unmark_item_bylines

#: The most words of the later item's title or subtitle right above its byline.
ITEM_TITLE_MAX_WORDS = 20

#: A prefixed byline: "By Name", "by Name".
_BY = re.compile(r"^\s*by\s+\S", re.I)

#: A sentence's stop inside a line, or a closing one that is no question's: running text.
_SENTENCE = re.compile(r"[.!;]\s+[A-Z]|[.!;:,]\s*$")

#: A byline's label before a colon opening it: "Author: ", "Tác giả: ".
_LABEL = re.compile(r"^\s*(?P<label>[^\W\d_][\w ]{0,20}?)\s*:\s*\S")

#: The kinds of a page's running text.
_TEXT_KINDS = frozenset({"lede", "body"})


class _Para(Protocol):
    text: str
    kind: str
    role: str


def item_title(p: _Para) -> bool:
    """A short line with no sentence's stop: a later item's title or subtitle."""
    text = normalize_text(p.text).strip()
    return (
        p.kind not in ("byline", "dateline")
        and 0 < count_words(text) <= ITEM_TITLE_MAX_WORDS
        and not _SENTENCE.search(text)
    )


def later_item_bylines(paras: Sequence[_Para]) -> list[int]:
    """The indices of writer bylines that open a later item of a listing page (see the
    module's docstring), in page order."""
    authors = [i for i, p in enumerate(paras) if p.role == "author"]
    if len(authors) < 2:
        return []
    first = authors[0]
    first_name = normalize_text(paras[first].text).casefold()
    later = []
    for j in authors[1:]:
        p = paras[j]
        text_between = any(q.kind in _TEXT_KINDS for q in paras[first + 1 : j])
        other = normalize_text(p.text).casefold() != first_name
        if _BY.match(p.text) and other and text_between and item_title(paras[j - 1]):
            later.append(j)
    return later


def closing_label_bylines(paras: Sequence[_Para]) -> list[int]:
    """The indices of the later items' writer bylines on a listing whose items each close
    with a byline under the same label, right under their text (the module's docstring)."""
    closing: dict[str, list[int]] = {}
    for i, p in enumerate(paras[1:], 1):
        label = _LABEL.match(p.text) if p.role == "author" else None
        if label and paras[i - 1].kind in _TEXT_KINDS:
            closing.setdefault(label.group("label").casefold(), []).append(i)
    return sorted(j for run in closing.values() if len(run) >= 2 for j in run[1:])


def dated_item_bylines(paras: Sequence[_Para]) -> list[int]:
    """The indices of the later items' writer bylines on a listing whose items each print
    the writer right over the item's date line, running text between (module docstring)."""
    dated = [
        i
        for i, p in enumerate(paras[:-1])
        if p.role == "author" and paras[i + 1].kind == "dateline"
    ]
    if len(dated) < 2:
        return []
    first = dated[0]
    return [j for j in dated[1:] if any(q.kind in _TEXT_KINDS for q in paras[first + 2 : j])]


def unsigned_first_item_bylines(paras: Sequence[_Para]) -> list[int]:
    """The later items' writer bylines on a listing whose items each print their date over
    the writer's byline while the first item's date has none (the module's docstring,
    held-out 118): two such bylines at least, no writer's byline before them, and the first
    item's running text between its date and the first of them."""
    dates = [i for i, p in enumerate(paras[:-1]) if p.kind == "dateline"]
    signed = [i + 1 for i in dates if paras[i + 1].role == "author"]
    authors = [i for i, p in enumerate(paras) if p.role == "author"]
    if len(signed) < 2 or authors[0] != signed[0] or dates[0] + 1 == signed[0]:
        return []
    first_text = any(q.kind in _TEXT_KINDS for q in paras[dates[0] + 1 : signed[0]])
    return signed if first_text else []


def unmark_later_items(paras: Sequence[_Para]) -> None:
    """Give the bylines of a listing page's later items the role "item_writer": the writers
    of other posts, not the article's. Two forms: a list whose items each have a byline run
    over a summary opened by the same marker (``item_bylines``, held-out 88), then a later
    post's "By Name" under its own title (``later_item_bylines``, held-out 91), a later
    item's closing or dated byline (``closing_label_bylines``, ``dated_item_bylines``), the
    dated bylines of a listing whose first item is unsigned (``unsigned_first_item_bylines``)."""
    unmark_item_bylines(paras)
    later = later_item_bylines(paras) + closing_label_bylines(paras) + dated_item_bylines(paras)
    later += unsigned_first_item_bylines(paras)
    later += later_contents_bylines(paras)  # a digest's later topics' posters (fix38a)
    for j in later:
        paras[j].role = "item_writer"
