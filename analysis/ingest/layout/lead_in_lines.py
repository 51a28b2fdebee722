"""A sentence that announces what follows it, closed by a colon: "The Asian Development
Bank (ADB) has approved the following:" (a development bank's print view of a loan brief,
held-out 89, whose headline the print view lost), "The main points of the statement are as
follows:". Such a line opens the text, never a headline: read as one, it took the title of
a page that has none. So does a line attributing the text below it to a speaker, "As stated
by Spokesperson Name:" (held-out 109: an aggregator's copy of a readout, saved without its
headline). So do "The letter reads:" and "The statement reads in full as follows." over a
letter or a joint statement printed in full (held-out 115: state news pages saved from that
line).

The line ends with one of ``lead_in_endings`` of ``data/header_scoring.yaml`` ("the
following", "as follows") and a colon, or with one of ``lead_in_stop_endings`` ("as
follows", "in full") and a full stop, or opens with one of ``lead_in_openings`` ("as stated
by", "the following is attributable to") and ends with a colon, and holds at least
``LEAD_IN_MIN_WORDS`` words (a label "The following:" or "He wrote:" alone is left to the
other readings). It gives the title feature ``lead_in``."""

from __future__ import annotations

import re
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.core.text import count_words, normalize_text
from analysis.ingest.page_rules import alternation

#: The fewest words of a lead-in sentence.
LEAD_IN_MIN_WORDS = 3


@cache
def _ending() -> re.Pattern[str]:
    endings = load_data_file("header_scoring.yaml").get("lead_in_endings") or ["(?!)"]
    return re.compile(rf"\b(?:{alternation(endings)})\s*:$", re.I)


@cache
def _stop_ending() -> re.Pattern[str]:
    endings = load_data_file("header_scoring.yaml").get("lead_in_stop_endings") or ["(?!)"]
    return re.compile(rf"\b(?:{alternation(endings)})\s*\.$", re.I)


@cache
def _opening() -> re.Pattern[str]:
    openings = load_data_file("header_scoring.yaml").get("lead_in_openings") or ["(?!)"]
    return re.compile(rf"(?:{alternation(openings)})\b[^:]*:$", re.I)


def lead_in(text: str) -> bool:
    """Whether ``text`` announces what follows it (see the module's docstring).

    >>> lead_in("The Asian Development Bank (ADB) has approved the following:")
    True
    >>> lead_in("The main points of the statement are as follows:")
    True
    >>> lead_in("As stated by Spokesperson Dana Morrow:")
    True
    >>> lead_in("The letter reads:"), lead_in("The statement reads in full as follows.")
    (True, True)
    >>> lead_in("The statement reads."), lead_in("He wrote:")
    (False, False)
    >>> lead_in("The following:"), lead_in("Mekong ports: the following years")
    (False, False)
    >>> lead_in("As stated by the minister: ports reopen")
    False
    """
    line = normalize_text(text).strip()
    if count_words(line) < LEAD_IN_MIN_WORDS:
        return False
    return bool(_ending().search(line) or _stop_ending().search(line) or _opening().match(line))


def lead_in_features(text: str) -> list[str]:
    """The title feature ``lead_in`` when ``text`` is a lead-in sentence, else []."""
    return ["lead_in"] if lead_in(text) else []
