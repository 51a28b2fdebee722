"""A headline closed by a name glued to the lede's first word with no space (held-out 79):
a list archive that lost the line break after the headline prints "Trade fair opens in Hai
PhongThe fourth fair of ...". ``header_pieces._split_glued_headline`` splits such a join
only after a word in small letters ("... institutesAgronomy ..."), so that a name with an
inner capital ("PetroVietnam", "YouTube") is never cut. After a capitalised word the join
is read here when the capital opens a word that opens sentences and never ends a name
(``sentence_openers`` of ``data/page_layout.yaml``: "The", "A", "In", "It", ...), the
part before reads as a headline (a few words, no stop) and the part after as prose; the
two pieces are then read as any headline and lede. A headline in title case cut off so
("Party Delegation Leaves HanoiA delegation ...", a 2001 print view, held-out 92) looks
like a person's name to the headline scorer; ``glued_title_features`` takes that feature
back, since a name is not printed glued before the lede on the page's first line.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.core.text import count_words
from analysis.ingest.layout.lines import Paragraph, is_prose, raw_offset, split_paragraph

#: A lower-case letter of a word of three letters or more running into a capitalised word
#: ("PhongThe"): "McDonald", "iPhone" have fewer letters before the capital.
_JUNCTION = re.compile(r"(?<=[a-z]{3})(?=(?P<word>[A-Z][a-z]*)\s)")
#: The fewest and most words of the headline piece.
_MIN_WORDS, _MAX_WORDS = 3, 16


@cache
def _openers() -> frozenset[str]:
    """``sentence_openers`` of ``data/page_layout.yaml``, read once."""
    return frozenset(w.casefold() for w in load_data_file("page_layout.yaml")["sentence_openers"])


def glued_headline_at(text: str) -> int | None:
    """Where ``text`` splits into a glued headline and the sentence after it, or None.

    >>> text = ("Ferry line opens on the Lower MekongThe first boat left the pier at dawn "
    ...         "with forty riders and their bicycles, and the second at noon.")
    >>> text[: glued_headline_at(text)]
    'Ferry line opens on the Lower Mekong'
    >>> glued_headline_at("The McDonald family opened a shop in the port on Monday.") is None
    True
    >>> glued_headline_at("Shoppers can now fill up at the PetroVietnam stations of the "
    ...                   "capital through a new app launched by a start-up this week.") is None
    True
    """
    for found in _JUNCTION.finditer(text):
        if found.group("word").casefold() not in _openers():
            continue  # "PetroVietnam stations": a name goes on
        head, tail = text[: found.start()], text[found.start() :]
        if not _MIN_WORDS <= count_words(head) <= _MAX_WORDS or not head[:1].isupper():
            continue
        if re.search(r"[.!?;:]\s", head) or not is_prose(tail):
            continue
        return found.start()
    return None


def split_glued_headline(paras: list[Paragraph]) -> None:
    """Split, in place, the page's first line when it opens with a headline glued to the
    lede (``glued_headline_at``) into two unlabelled pieces."""
    if not paras or paras[0].kind:
        return
    at = glued_headline_at(paras[0].text)
    if at is not None:
        split_paragraph(paras, 0, raw_offset(paras[0], at), ("", ""))


def glued_to_lede(paras: list[Paragraph], i: int) -> bool:
    """Paragraph ``i`` is the headline ``split_glued_headline`` cut off the page's first
    line: the next piece is on the same line, and the two raw pieces joined split there
    again."""
    if i != 0 or len(paras) < 2 or paras[1].line != paras[0].line:
        return False
    head = paras[0].raw
    return not head[-1:].isspace() and glued_headline_at(head + paras[1].raw) == len(head)


def glued_title_features(features: list[str], paras: list[Paragraph], i: int) -> list[str]:
    """The title ``features`` of line ``i`` without ``name_like`` when the line is a
    headline cut off the lede it was glued to (``glued_to_lede``); a new list."""
    if "name_like" not in features or not glued_to_lede(paras, i):
        return list(features)
    return [f for f in features if f != "name_like"]
