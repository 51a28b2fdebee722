"""A document's section number in Roman numerals closed by a hyphen (fix38a, held-out 130).

Hand-typed government pages of the 2000s number a release's or report's parts "I- MAIN
DIPLOMATIC ACTIVITIES ...", "II- INWARD VISITS", "III - OTHER ACTIVITIES": the Roman
numeral, a hyphen or dash (a space before it at most), a space. Such a line is a numbered
heading of the text, as "II. ..." and "1. ..." are (the title feature ``numbered`` of
``title_scoring``, which reads only a full stop or a bracket after the number), never the
page's headline: the ministry's release lost its own title ("Press Release No 07 - April
15th, 2005") to its first part's heading in capitals. A word of capitals opening a
headline with a hyphen ("IVF-funded ...", "XI-Jinping talks") has no space after it."""

from __future__ import annotations

import re

#: A Roman numeral (one to four of I, V, X), an optional space, a hyphen or en dash, a space.
_ROMAN_HYPHEN = re.compile(r"^[IVX]{1,4} ?[-–]\s")


def roman_section_features(text: str) -> list[str]:
    """``["numbered"]`` when the header line opens with a Roman section number closed by a
    hyphen, else ``[]``.

    >>> roman_section_features("II- INWARD VISITS"), roman_section_features("III - Loans")
    (['numbered'], ['numbered'])
    >>> roman_section_features("IVF-funded clinics open in Hanoi")
    []
    """
    return ["numbered"] if _ROMAN_HYPHEN.match(text.strip()) else []
