"""A copied document's heading that the post's headline above names whole.

A community site or a blog that copies a release or a briefing gives the post its own
headline, naming the document in it: "Questions and Answers about Vietnam in Press
Briefing by Press Secretary Name, 5/18/16" over the release's header and its heading
"Press Briefing by Press Secretary Name, 5/18/16" (held-out 121). The lower heading
looked repeated (the headline ends with it) and won. When a header line above ends with
the whole of a lower line, joined to it by a word that names a document inside a phrase
(``document_title_joiners`` of ``data/header_scoring.yaml``: "in", "from", "at", ...),
the upper line is the post's headline (title feature ``names_document_below``) and the
lower the copied document's heading (``document_in_headline``). A page title, a
breadcrumb or a kicker joins with a bar, an arrow, a dash or a colon, never such a word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Protocol

from analysis.core.data_files import load_data_file
from analysis.core.text import normalize_text

#: The fewest words of the lower heading (a short name is mentioned, not copied).
MIN_HEADING_WORDS = 4

#: The fewest words the upper line puts before the heading, the joining word included.
MIN_LEAD_WORDS = 2


class _Para(Protocol):
    text: str
    kind: str


#: The articles that may stand between the joining word and the heading ("from the").
_ARTICLES = frozenset({"the", "a", "an"})


@cache
def _words_of(key: str) -> frozenset[str]:
    """A word list of ``data/header_scoring.yaml`` (casefolded)."""
    return frozenset(w.casefold() for w in load_data_file("header_scoring.yaml").get(key) or [])


def _words(text: str) -> list[str]:
    return re.sub(r"[\W_]+", " ", normalize_text(text).casefold()).split()


def names_whole(upper: str, lower: str) -> bool:
    """Whether ``upper`` ends with the whole of ``lower``, a document's heading
    (``MIN_HEADING_WORDS`` words or more, one of ``document_heading_words``), after at
    least ``MIN_LEAD_WORDS`` words, the last a joining word (an article may follow it).

    >>> names_whole("Notes from the Press Briefing on Floods", "Press Briefing on Floods")
    True
    >>> names_whole("News | Press Briefing on Floods", "Press Briefing on Floods")
    False
    """
    low, up = _words(lower), _words(upper)
    lead = up[: len(up) - len(low)]
    if len(low) < MIN_HEADING_WORDS or len(lead) < MIN_LEAD_WORDS or up[len(lead) :] != low:
        return False
    if not _words_of("document_heading_words").intersection(low):
        return False
    joined = normalize_text(upper).casefold().rstrip()
    before = joined[: len(joined) - len(normalize_text(lower).strip())].rstrip()
    joiner = lead[-2] if lead[-1] in _ARTICLES else lead[-1]
    return joiner in _words_of("document_title_joiners") and bool(before) and before[-1].isalnum()


def _header_pairs(paras: Sequence[_Para], i: int) -> list[int]:
    """The unlabelled lines above ``i`` that end with line ``i`` whole (``names_whole``)."""
    return [j for j in range(i) if not paras[j].kind and names_whole(paras[j].text, paras[i].text)]


def document_title_features(paras: Sequence[_Para], i: int, first_prose: int) -> list[str]:
    """``["document_in_headline"]`` for a header line that a line above names whole,
    ``["names_document_below"]`` for a line that names a header line below whole (up to the
    first paragraph of running text ``first_prose``), else ``[]``."""
    if paras[i].kind:
        return []
    if _header_pairs(paras, i):
        return ["document_in_headline"]
    below = range(i + 1, min(first_prose, len(paras)))
    if any(not paras[j].kind and names_whole(paras[i].text, paras[j].text) for j in below):
        return ["names_document_below"]
    return []
