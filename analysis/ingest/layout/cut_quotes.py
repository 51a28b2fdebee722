"""A last paragraph cut right after its opening quotation (held-out 79): a translated copy
stops mid-sentence, '"The plan is', before the source's name. The line is short and has
no closing mark, so the footer rules take it for furniture; but a line that opens a
quotation it never closes, right after the text and before nothing but furniture, is the
text's last paragraph cut short (when unsure, a line is kept as text)."""

from __future__ import annotations

import re

from analysis.core.text import count_words
from analysis.ingest.layout.lines import Paragraph

#: An opening quotation mark, then words with no closing mark nor a sentence's end.
_OPEN_QUOTE = re.compile(r"^\s*[\"“‘](?P<words>[^\"”“’]+?)\s*$")
#: The most words of such a cut line.
_MAX_WORDS = 12
_TEXT = ("lede", "body")


def cut_quote(text: str) -> bool:
    """Whether ``text`` opens a quotation and stops before closing it or a sentence.

    >>> cut_quote('"The plan is'), cut_quote('“Thank you.”'), cut_quote('"Read more"')
    (True, False, False)
    """
    found = _OPEN_QUOTE.match(text)
    return (
        found is not None
        and 1 <= count_words(found.group("words")) <= _MAX_WORDS
        and found.group("words")[-1:] not in ".!?:"
    )


def label_cut_quote(paras: list[Paragraph]) -> None:
    """Label text (``body``), in place, the page's last text line when it is a quotation
    cut short (``cut_quote``) right after text, with only non-text lines after it."""
    last = max((i for i, p in enumerate(paras) if p.kind in _TEXT), default=-1)
    if 0 <= last < len(paras) - 1 and cut_quote(paras[last + 1].text):
        paras[last + 1].kind, paras[last + 1].role = "body", ""
