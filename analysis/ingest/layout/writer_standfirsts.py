"""A standfirst closed by its writer's credit, never a headline: a British paper prints
under the headline one sentence about the story that ends with the writer ("Rail fares
are rising faster than wages again – and the operators still pay out dividends, writes
Jane Roe"), and on a page saved from the column beside the story a teaser of that kind,
naming another writer, stands where a headline would (held-out 116's Morning Star page).
The line closes with a comma or a dash, one of ``standfirst_writer_verbs`` of
``data/header_scoring.yaml`` ("writes", "argues") and a name of one to four capitalised
words, and holds at least ``STANDFIRST_MIN_WORDS`` words before the credit. It gives the
title feature ``writer_standfirst``. "Says" is no such verb: a headline quotes a speaker
that way ("Ports will reopen in May, says minister")."""

from __future__ import annotations

import re
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.core.text import count_words, normalize_text
from analysis.ingest.page_rules import alternation

#: The fewest words of the sentence before the writer's credit.
STANDFIRST_MIN_WORDS = 6

#: A name of one to four capitalised words (initials, hyphens and apostrophes allowed).
_NAME = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"


@cache
def _credit() -> re.Pattern[str]:
    verbs = load_data_file("header_scoring.yaml").get("standfirst_writer_verbs") or ["(?!)"]
    return re.compile(rf"(?:,|\s[-–—])\s*(?:{alternation(verbs)})\s+(?-i:{_NAME})\.?$", re.I)


def writer_standfirst(text: str) -> bool:
    """Whether ``text`` is a standfirst closed by its writer's credit (see the module's
    docstring).

    >>> writer_standfirst("Border markets are busier than ever, writes Jane Roe")
    True
    >>> writer_standfirst("Border markets reopen after a year – writes Jane Roe.")
    True
    >>> writer_standfirst("Border markets will reopen in May, says minister")
    False
    >>> writer_standfirst("Jane Roe writes, Tom Poe reads")
    False
    """
    line = normalize_text(text).strip()
    found = _credit().search(line)
    return found is not None and count_words(line[: found.start()]) >= STANDFIRST_MIN_WORDS


def writer_standfirst_features(text: str) -> list[str]:
    """The title feature ``writer_standfirst`` when ``text`` is such a line, else []."""
    return ["writer_standfirst"] if writer_standfirst(text) else []
