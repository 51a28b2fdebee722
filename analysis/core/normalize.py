"""One folding of names for matching: the same for the article's text and the gazetteer.

``fold`` maps a text to the form names are compared in:

- letters lose their diacritics (``Việt Nam`` -> ``Viet Nam``, ``Tô Lâm`` -> ``To Lam``,
  ``Türkiye`` -> ``Turkiye``), including the letters Unicode does not decompose:
  ``đ``/``Đ`` -> ``d``/``D`` (NFKD leaves them as they are), ``ð``, ``ł``, ``ø``, ``ı``;
- curly and modifier apostrophes become ``'``, curly double quotes ``"``;
- hyphens and dashes (``-``, ``‐``, ``–``, ``—`` ...) and no-break spaces become a space,
  so ``Timor-Leste``, ``Timor Leste``, ``Viet-Nam`` and ``Viet Nam`` compare equal.

Case is kept (``WHO`` is not ``who``). Every character of a text in NFC folds to exactly
one character, so offsets into the folded text are offsets into the original and the
evidence keeps the article's own spelling; a combining mark left over (text not in NFC)
is dropped and ``fold_with_offsets`` maps the offsets back.

Spelling variants that are more than diacritics (``Vietnam`` / ``Viet Nam``, ``Hanoi`` /
``Ha Noi``, ``Organization`` / ``Organisation``) are word-level and expanded on the
gazetteer side only (``expand_variants``), from ``analysis/data/gazetteer_variants.csv``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from functools import cache
from itertools import product

#: Letters without a canonical decomposition, folded by hand.
EXTRA_FOLDS = {
    "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O",
    "ı": "i", "ħ": "h", "Ħ": "H", "ŧ": "t", "Ŧ": "T",
}  # fmt: skip
APOSTROPHES = "\u2019\u2018\u201b\u02bc\u02bb\u0060\u00b4\u2032"
DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f"
DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
SPACES = "\u00a0\u2007\u202f\u2009\u200a"
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
MAX_VARIANTS = 16  # spellings generated per gazetteer surface form


@cache
def _table() -> dict[int, str | None]:
    """``str.translate`` table of every non-ASCII character that folds (and ``-``)."""
    table: dict[int, str | None] = {}
    for code in range(0x80, 0x2000):
        ch = chr(code)
        if unicodedata.combining(ch):
            table[code] = None
            continue
        base = unicodedata.normalize("NFD", ch)[0]
        if base != ch and base.isascii() and base.isalpha():
            table[code] = base
    table.update({ord(k): v for k, v in EXTRA_FOLDS.items()})
    table.update({ord(ch): "'" for ch in APOSTROPHES})
    table.update({ord(ch): '"' for ch in DOUBLE_QUOTES})
    table.update({ord(ch): " " for ch in DASHES + SPACES})
    return table


def fold(text: str) -> str:
    """``text`` in the folded form names are matched in (see the module docstring).

    >>> fold("Đảng Cộng sản Việt Nam, Lao People’s, Timor-Leste")
    "Dang Cong san Viet Nam, Lao People's, Timor Leste"
    """
    if "-" in text:
        text = text.replace("-", " ")
    if text.isascii():
        return text
    return _NON_ASCII.sub(_fold_run, text)


def _fold_run(run: re.Match[str]) -> str:
    """A run of non-ASCII characters, folded (``str.translate`` on a whole sentence is
    several times slower than on its few non-ASCII runs)."""
    return run.group(0).translate(_table())


def fold_with_offsets(text: str) -> tuple[str, list[int] | None]:
    """``(fold(text), offsets)``: ``offsets[i]`` is the index in ``text`` of folded
    character ``i`` (one past the end at ``len``); ``None`` when folding kept every
    offset, as it does for any text in NFC."""
    folded = fold(text)
    if len(folded) == len(text):
        return folded, None
    table = _table()
    offsets = [i for i, ch in enumerate(text) if table.get(ord(ch), ch) is not None]
    return folded, [*offsets, len(text)]


def expand_variants(surface: str, variants: Mapping[str, Sequence[str]]) -> list[str]:
    """``surface`` (folded) and its spellings with each word or word pair in ``variants``
    replaced by each of its alternatives (at most ``MAX_VARIANTS``, the surface first).

    >>> expand_variants("Communist Party of Viet Nam", {"Viet Nam": ["Vietnam"]})
    ['Communist Party of Viet Nam', 'Communist Party of Vietnam']
    """
    words = surface.split(" ")
    slots: list[list[str]] = []
    i = 0
    while i < len(words):
        pair = " ".join(words[i : i + 2])
        if i + 1 < len(words) and pair in variants:
            slots.append([pair, *variants[pair]])
            i += 2
        else:
            slots.append([words[i], *variants.get(words[i], ())])
            i += 1
    out = [" ".join(choice) for choice in product(*slots)]
    return list(dict.fromkeys(out))[:MAX_VARIANTS]
