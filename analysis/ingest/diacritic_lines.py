"""A header line in Vietnamese over a page whose running text is in another language written
in Latin letters: the portal's own chrome, not the headline.

A Vietnamese provincial portal's English pages keep the portal's Vietnamese widgets above
the story: the colour switch "Màu đỏ Màu xanh nước biển Màu vàng Màu xanh lá cây" (red,
sea blue, yellow, green), the font-size tool (held-out 71's Dong Nai page). Both scripts are
Latin, so ``title_shapes.foreign_script`` sees nothing; the Vietnamese tone and vowel marks
do: a line whose letters carry them in a good share (``diacritic_line_share`` of
``title`` in ``data/header_scoring.yaml``) over running text whose letters almost never do
(below ``diacritic_text_share``) is in another language than the page. The title feature
``other_language`` weighs it (``title.weights``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import cache

from analysis.core.data_files import load_data_file

#: The combining marks of Vietnamese letters once decomposed (NFD): grave, acute, tilde,
#: hook above, dot below, circumflex, breve, horn; "đ" has none and is counted apart.
_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b")


@cache
def _shares() -> tuple[float, float]:
    """(the least share of marked letters of a Vietnamese line, the most of running text in
    another language) from ``title`` of ``data/header_scoring.yaml``."""
    title = load_data_file("header_scoring.yaml")["title"]
    return float(title.get("diacritic_line_share", 1.0)), float(
        title.get("diacritic_text_share", 0.0)
    )


@cache
def _marked(char: str) -> bool:
    """Whether a letter carries a Vietnamese mark ("ể", "ư", "đ"; not "e", "n")."""
    return char in "đĐ" or any(m in _MARKS for m in unicodedata.normalize("NFD", char)[1:])


def marked_share(texts: Iterable[str]) -> float:
    """The share of the letters of ``texts`` that carry a Vietnamese mark (0 without letters).

    >>> round(marked_share(["Màu đỏ Màu xanh"]), 2)
    0.33
    >>> marked_share(["Dong Nai and a Korean province"])
    0.0
    """
    letters = marked = 0
    for text in texts:
        for ch in text:
            if ch.isalpha():
                letters += 1
                marked += _marked(ch)
    return marked / letters if letters else 0.0


def other_language_line(line: str, running_text: Iterable[str]) -> bool:
    """Whether ``line`` is Vietnamese (its letters marked in ``diacritic_line_share`` or
    more) over ``running_text`` in another language (marked below ``diacritic_text_share``).

    >>> other_language_line("Màu đỏ Màu xanh nước biển Màu vàng", ["Ten years after signing"])
    True
    >>> other_language_line("Màu đỏ Màu xanh nước biển", ["Mười năm sau khi ký kết"])
    False
    """
    line_share, text_share = _shares()
    if marked_share([line]) < line_share:
        return False
    texts = list(running_text)
    return marked_share(texts) < text_share or _bilingual(texts, text_share)


#: The fewest words of a running-text paragraph ``_bilingual`` counts.
_BILINGUAL_MIN_WORDS = 8


def _bilingual(texts: list[str], text_share: float) -> bool:
    """Whether running text alternates Vietnamese paragraphs with paragraphs in another
    language (held-out 94's bilingual reading page): of its paragraphs of
    ``_BILINGUAL_MIN_WORDS`` words or more, ``diacritic_bilingual_share`` of
    ``data/header_scoring.yaml`` or more carry marks below ``text_share``.

    >>> _bilingual(["Việt Nam hoan nghênh việc mở tuyến phà mới nối đất liền",
    ...             "Vietnam has welcomed the opening of a new ferry line today"], 0.02)
    True
    >>> _bilingual(["Việt Nam hoan nghênh việc mở tuyến phà mới nối đất liền"], 0.02)
    False
    """
    long = [t for t in texts if len(t.split()) >= _BILINGUAL_MIN_WORDS]
    if not long:
        return False
    other = sum(marked_share([t]) < text_share for t in long)
    return other / len(long) >= _bilingual_share()


@cache
def _bilingual_share() -> float:
    """``diacritic_bilingual_share`` of ``title`` in ``data/header_scoring.yaml`` (above 1:
    never)."""
    title = load_data_file("header_scoring.yaml")["title"]
    return float(title.get("diacritic_bilingual_share", 2.0))
