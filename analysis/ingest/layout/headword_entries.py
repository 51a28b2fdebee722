"""A reference entry's headword: the line above the entry that the entry opens with.

An encyclopedia or glossary page prints its headword alone ("Le Duc Tho", "Geneva
Accords") and opens the entry with the same words followed by the definition: a bracket
of life years or other names ("Le Duc Tho (Phan Dinh Khai; 1911–1990), Vietnamese
revolutionary ..."), a copula with an article ("Mongolia–Vietnam relations are the
bilateral ties ..."), or the definition glued on ("Geneva Accords Agreements reached in
July 1954 ..."). Two to six capitalised words read like a writer's name (an unmarked
byline) or a name the text mentions, but a byline or a site's name never opens the
running text with a definition of itself: such a line is the page's headline (held-out
124: jrank, encyclopedia.com). An encyclopedia's entry on an event or a period opens with
the article first ("The Sino-Vietnamese War was a short border war ...", "The
Cambodian–Vietnamese War (Khmer: ...; Vietnamese: ...) was ..."): the same headword
(held-out 139: nutshell100, wiki mirrors).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from analysis.ingest.layout.interview_headlines import interviewed_name

#: What follows the headword at the start of its entry: a bracket holding a year, a ";"
#: or a ":" (life years, a birth name, a native name: not an acronym like "(HWU)"); a
#: copula with an article ("is a", "are the"); or a capitalised noun and a lower-case
#: word, the definition glued to the headword ("Agreements reached", "Fortified village").
_DEFINITION = re.compile(
    r"\s*\([^()]*[\d;:][^()]*\)"
    r"|,?\s+(?:is|are|was|were)\s+(?:a|an|the)\s"
    r"|\s+[A-Z][a-z]+\s+[a-z]{2,}\b"
)

#: The article an entry on an event opens with before its headword ("The Sino-Vietnamese
#: War was ..."); none when the entry opens with the headword itself.
_ARTICLE = re.compile(r"(?:The\s+)?")

#: The features a headword loses: they read it as a name, not a heading.
_NAME_FEATURES = frozenset({"name_like", "named_in_text"})


class _Para(Protocol):
    text: str


def headword_line(headword: str, entry: str) -> bool:
    """Whether ``entry`` opens with ``headword`` (the same words, whole) and goes on with a
    definition (``_DEFINITION``).

    >>> headword_line("Le Duc Tho", "Le Duc Tho (Phan Dinh Khai; 1911–1990), negotiator.")
    True
    >>> headword_line("Harbour Workers Union", "Harbour Workers Union sent a letter.")
    False
    >>> headword_line("Ferry War", "The Ferry War was a short dispute between two towns.")
    True
    """
    word = headword.strip()
    start = len(_ARTICLE.match(entry)[0]) if not word.startswith("The ") else 0
    if not word or not entry.startswith(word, start):
        return False
    return _DEFINITION.match(entry, start + len(word)) is not None


def as_headword(features: list[str], paras: Sequence[_Para], i: int, first_prose: int) -> list[str]:
    """The title ``features`` of line ``i`` with the name features (``name_like``,
    ``named_in_text``) replaced by ``headword`` when the line stands right above the first
    paragraph of running text and that paragraph opens with it and a definition
    (``headword_line``), and no line above names it as the person an interview's headline
    is with ("Interview – Name" over "Name" and "Name is a historian ...": the name is the
    interviewee's, ``interview_headlines``); a new list."""
    if not _NAME_FEATURES.intersection(features) or "above_lede" not in features:
        return list(features)
    entry = paras[first_prose].text if 0 <= first_prose < len(paras) else ""
    if not headword_line(paras[i].text, entry):
        return list(features)
    name = " ".join(paras[i].text.casefold().split())
    if any(interviewed_name(p.text) == name for p in paras[:i]):
        return list(features)
    return [f for f in features if f not in _NAME_FEATURES] + ["headword"]
