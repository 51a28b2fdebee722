"""A writer's bare name between the standfirst and the text (held-out 11).

Papers print the writer's name alone under the standfirst, the paragraph right under the
headline, and over the text: "Headline" / "The two sides reviewed ..." / "Rowan Ashby" /
"Trade between ...". The byline reader looks for a bare name above the first prose
paragraph only, so that name was left to the text, where a short line is a heading.

A heading there is a topic in title case ("Regional Cooperation"), and its words are the
page's own words, written in lower case in its sentences; a person's name is not. So the
line is a byline when it reads as a name (``bylines.looks_like_name``, no outlet) and none
of its words stands in lower case anywhere on the page: the page's own evidence, no list.
Two more signs of the page's own say it is not: the first paragraph opens with a place in
capitals (a lede's dateline, "HANOI, Vietnam - ...": the text has begun, and a short line
below it is a link's label, "See Full Article"), or another short line that is no sentence
stands further down (the page has headings, "Principal Findings" / ... / "Executive
Summary", and the line is one of them).
"""

from __future__ import annotations

import re

from analysis.core.text import normalize_text
from analysis.ingest.bylines import looks_like_name
from analysis.ingest.layout.lines import Paragraph, is_prose
from analysis.ingest.page_rules import Rules, outlet_named

#: A place in capitals opening a lede: "HANOI, Vietnam - ", "SINGAPORE - ".
_CAPITAL_PLACE = re.compile(r"^[A-ZÀ-Ỹ]{3,}\b")

#: A word: letters, with an apostrophe or a hyphen inside.
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def page_lower_words(paras: list[Paragraph]) -> set[str]:
    """The words the page writes in lower case (casefolded), in any of its lines."""
    words: set[str] = set()
    for p in paras:
        words.update(w for w in _WORD.findall(normalize_text(p.text)) if w.islower())
    return words


def proper_name(text: str, lower_words: set[str], rules: Rules) -> bool:
    """``text`` reads as a person's name, names no outlet, and none of its words is one
    the page writes in lower case (``lower_words``)."""
    words = [w.casefold().strip(".,") for w in normalize_text(text).split()]
    return (
        looks_like_name(text, rules)
        and outlet_named(text, rules) is None
        and not any(w in lower_words for w in words)
    )


def _later_short_line(paras: list[Paragraph], start: int) -> bool:
    """A line from ``start`` on that no label took and that is no sentence (a heading)."""
    return any(not p.kind and not is_prose(p.text) for p in paras[start:])


def label_standfirst_byline(paras: list[Paragraph], first_prose: int, rules: Rules) -> None:
    """Label a bare name a byline where it stands between the standfirst (the first prose
    paragraph, right under the headline) and the next prose paragraph."""
    i = first_prose + 1
    if first_prose < 1 or i + 1 >= len(paras) or paras[first_prose - 1].kind != "title":
        return
    line, after = paras[i], paras[i + 1]
    if line.kind or after.kind or not is_prose(after.text) or not is_prose(paras[i - 1].text):
        return
    if _CAPITAL_PLACE.match(paras[i - 1].text) or _later_short_line(paras, i + 2):
        return
    if proper_name(line.text, page_lower_words(paras), rules):
        line.kind, line.role = "byline", "author"
