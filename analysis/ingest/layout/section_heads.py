"""A site's section name printed right above the headline (misses66).

A law magazine's page saved as a print copy puts its section over the headline ("Legal
Framework" / "Treaty with Uzbekistan on legal aid ... takes effect"), where a paper may
print its writer's name. A short line in title case (one to three words) right above the
headline is the section's name, not a writer, when its last word closes a section's name
(``section_head_words`` of ``data/header_scoring.yaml``: "Framework", "Affairs",
"Policy") or when the page's breadcrumb or menu holds it as an item ("Home > Legal
Framework > Treaties").

Such a section's name right over the page's date line, the text under the date, is no
headline either: a ministry's older page saved with its section label, its date and its
text but no headline ("<Country>-Viet Nam Relations" / "July 21, 2017" / text, held-out
109). The title feature ``section_over_dated_text`` (the function of that name) scores it
down.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.core.text import count_words, normalize_text
from analysis.ingest.metadata import Para, Scoring, fold_word

#: What parts a breadcrumb's or a menu's items: a bar, an angle bracket, a slash, or a
#: dash or dot between spaces ("Home > Legal Framework > Treaties", "News | Policy").
_MENU_SEPARATOR = re.compile(r"\s*[|>»›/]\s*|\s+[-–—•·]\s+")

#: The most words a section's name over the headline has.
_SECTION_MAX_WORDS = 3


def section_shaped(text: str, scoring: Scoring) -> bool:
    """Whether ``text`` is one to three words in title case whose last closes a section's
    name ("Legal Framework", "Foreign Affairs"; not "Rowan Ashby").

    >>> from analysis.ingest.metadata import load_scoring
    >>> scoring = load_scoring()
    >>> section_shaped("Legal Framework", scoring), section_shaped("Rowan Ashby", scoring)
    (True, False)
    """
    words = text.split()
    return (
        0 < len(words) <= _SECTION_MAX_WORDS
        and all(w[:1].isupper() for w in words)
        and fold_word(words[-1]) in scoring.section_head_words
    )


def menu_item(text: str, paras: Sequence[Para]) -> bool:
    """Whether ``text`` stands as an item of a breadcrumb or menu line of the page (a line
    that separators part into two items or more, one of them ``text``)."""
    key = text.strip().casefold()
    for p in paras:
        items = _MENU_SEPARATOR.split(p.text.strip())
        if len(items) > 1 and any(item.strip().casefold() == key for item in items):
            return True
    return False


def section_over_headline(
    paras: Sequence[Para], i: int, first_title: int, scoring: Scoring
) -> bool:
    """Whether line ``i``, right above the headline (line ``first_title``), is the name of
    the section the story stands in: a short line shaped as a section's name
    (``section_shaped``) or repeated as an item of the page's breadcrumb or menu."""
    if i != first_title - 1 or i < 0:
        return False
    text = paras[i].text.strip()
    if not 0 < count_words(text) <= _SECTION_MAX_WORDS:
        return False
    return section_shaped(text, scoring) or menu_item(text, paras)


def section_over_dated_text(
    paras: Sequence[Para], i: int, first_prose: int, scoring: Scoring
) -> list[str]:
    """``["section_over_dated_text"]`` when line ``i`` is shaped as a section's name
    (``section_shaped``) and stands right over a date line that stands right over the
    text (``first_prose``), lines labelled as furniture between them aside; else []."""
    if not section_shaped(normalize_text(paras[i].text).strip(), scoring):
        return []
    below = [j for j in range(i + 1, max(first_prose, 0)) if paras[j].kind != "boilerplate"]
    if len(below) != 1 or paras[below[0]].kind != "dateline":
        return []
    return ["section_over_dated_text"]
