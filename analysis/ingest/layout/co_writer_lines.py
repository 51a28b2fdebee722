"""Two writers or more named without "By" under the headline: "Name and Name", "Name, Name",
"Name & Name" (a magazine's or a think tank's credit line). Read before the headline is
chosen (``bylines.label_marked_bylines``), so a headline in Title Case made of two
name-shaped halves ("Wine Cases and Container Ships") must not be taken: the line must
stand right below a longer line, as a credit stands under its headline."""

from __future__ import annotations

from analysis.core.text import count_words
from analysis.ingest.bylines import joined_names
from analysis.ingest.layout.lines import Paragraph, is_prose
from analysis.ingest.page_rules import Rules


def co_writers(paras: list[Paragraph], i: int, rules: Rules) -> bool:
    """Whether line ``i`` names co-writers (``bylines.joined_names``) right under a line
    with more words than it (the headline or the standfirst it credits), with no byline and
    no running text above it (a listing's later item credits its own writers under the
    first item's text: "M. Santos, R. Villanueva")."""
    text = paras[i].text
    if i == 0 or any(p.kind == "byline" or is_prose(p.text) for p in paras[:i]):
        return False
    return count_words(paras[i - 1].text) > count_words(text) and joined_names(text, rules)
