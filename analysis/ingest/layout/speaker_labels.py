"""A speech page's label line: the kind of text and its speaker, not the headline.

A government's speech page opens with "Speech of Ms Helen Kwok, SC" (or "Remarks by Dr
Tran Van Binh", "Address by H.E. Le Minh Anh"), then the speaker's post, then the
occasion ("Reception for the Delegation of ..."), which is the headline. The label is a
document type of ``title.document_types`` (``data/header_scoring.yaml``), "of" or "by",
and a person's name alone, maybe with a post or post-nominal letters after a comma; it
gains the title feature ``speaker_label``. A line that goes on after the speaker ("Speech
by Prime Minister Pham Minh Chinh at the ASEAN Summit") or names an organisation
("Message of the CP of Vietnam to the 21st Congress ...") is a headline as before. A
short line right under the label is the speaker's post (``speaker_post``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from analysis.ingest.bylines import looks_like_name
from analysis.ingest.page_rules import Rules, scoring_of

#: A document type, "of" or "by", and what follows: "Speech of | Ms Helen Kwok, SC".
_TYPE_OF = re.compile(r"^\s*(?P<type>.+?)\s+(?:of|by)\s+(?P<who>[^,]+?)\s*(?:,(?P<post>.*))?$")

#: The most words of the speaker's post on the line under the label.
MAX_POST_LINE_WORDS = 8

#: The most words a post after the name may have ("SC", "Deputy Minister of Foreign Affairs").
MAX_POST_WORDS = 6


def speaker_label(text: str, rules: Rules) -> bool:
    """Whether ``text`` is a speech page's label: a document type, "of" or "by", a person's
    name (``bylines.looks_like_name``), maybe a comma and a short post."""
    found = _TYPE_OF.match(text)
    if found is None or not looks_like_name(found.group("who"), rules):
        return False
    document_type = scoring_of(rules).document_type
    post = (found.group("post") or "").split()
    return bool(document_type and document_type.match(found.group("type"))) and (
        len(post) <= MAX_POST_WORDS
    )


class _Para(Protocol):
    text: str


def speaker_features(paras: Sequence[_Para], i: int, rules: Rules) -> list[str]:
    """The title features of line ``i`` of ``paras`` as a speech page reads:
    ``speaker_label`` for the label line (``speaker_label``), ``speaker_post`` for a short
    line right under it (at most ``MAX_POST_LINE_WORDS`` words: "Deputy Secretary for
    Justice", the speaker's post); else []."""
    if speaker_label(paras[i].text, rules):
        return ["speaker_label"]
    short = len(paras[i].text.split()) <= MAX_POST_LINE_WORDS
    if i > 0 and short and speaker_label(paras[i - 1].text, rules):
        return ["speaker_post"]
    return []
