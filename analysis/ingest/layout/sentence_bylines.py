"""A byline run straight into the sentence it stands before, with no mark between: "By
Imogen Farley The Gulf of Tonkin is one of ..." (a listing's teaser pasted with its
writer's credit on one line; held-out 111). ``lede_byline`` reads "By Name, City: text"
only, so the writer was lost.

The name is the two to four capitalised words after "By" (in that case only) up to a
word that opens a sentence and never ends a name (``sentence_openers`` of
``data/page_layout.yaml``: "The", "A", "In", ...), itself followed by a word: the name
must read as a person's (``bylines.looks_like_name``), and a lower-case word must follow
within the next few words, so a headline in title case ("By Land And The Sea") or a
byline followed by a place ("By Le Van Tam In Hanoi") is never read as one."""

from __future__ import annotations

import re
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.ingest.bylines import byline_names, looks_like_name
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.page_rules import Rules

Authors = tuple[list[str], str]

#: "By " opening the line, in that case only.
_BY = re.compile(r"^\s*By\s+(?=[A-ZÀ-Ỹ])")

#: The most words a name run into its sentence may have.
_NAME_MAX_WORDS = 4

#: How many words after the sentence's first word must hold a lower-case word.
_SENTENCE_REACH = 4


@cache
def _openers() -> frozenset[str]:
    """``sentence_openers`` of ``data/page_layout.yaml``, as printed (capitalised)."""
    return frozenset(load_data_file("page_layout.yaml")["sentence_openers"])


def run_in_name(text: str, rules: Rules) -> str:
    """The writer's name "By Name" runs into the sentence opening ``text``'s rest, or "".

    >>> from analysis.ingest.page_rules import load_rules
    >>> run_in_name("By Imogen Farley The Gulf is wide and shallow.", load_rules())
    'Imogen Farley'
    >>> run_in_name("By Le Van Tam In Hanoi", load_rules())
    ''
    """
    by = _BY.match(text)
    words = text[by.end() :].split(" ", _NAME_MAX_WORDS + _SENTENCE_REACH + 1) if by else []
    for size in range(2, _NAME_MAX_WORDS + 1):
        if len(words) <= size + 1 or words[size] not in _openers():
            continue
        sentence = words[size + 1 : size + 1 + _SENTENCE_REACH]
        name = " ".join(words[:size])
        if any(w[:1].islower() for w in sentence) and looks_like_name(name, rules):
            return name
        return ""
    return ""


def sentence_byline(lede: Paragraph | None, rules: Rules) -> Authors | None:
    """The writers of a byline run into the lede's first sentence (``run_in_name``)."""
    name = run_in_name(lede.text, rules) if lede is not None else ""
    names = byline_names(name, rules) if name else []
    if not names:
        return None
    return names, f"byline run into the lede, line {lede.line}: {'By ' + name!r}"
