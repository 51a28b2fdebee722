"""A lead picture's alt text printed over its caption: a short line without a full stop
whose first words open the next line, the caption, which a photo credit closes ("Fishing
boats moored in a harbour" / "Fishing boats moored in Quang Ngai province, in May 2019."
/ "Photograph: Name/Agency"). A news site's reader copy keeps the image's alt text, then
the caption that says the same at length; the short line is the picture's, not the
headline (held-out 117, fix34c)."""

from __future__ import annotations

from analysis.core.text import count_words, normalize_text
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.page_rules import Rules

#: The fewest words the alt text and its caption share at their start (three would take
#: a headline and a caption that both open with a leader's title and name).
ALT_MIN_WORDS = 4

#: The most words of an alt text (a longer line is a headline or a sentence).
ALT_MAX_WORDS = 12


def alt_over_caption(paras: list[Paragraph], i: int, rules: Rules) -> bool:
    """Whether header line ``i`` is a picture's alt text over its caption (see the module's
    docstring): at most ``ALT_MAX_WORDS`` words, no full stop; the next line, longer,
    opens with the same ``ALT_MIN_WORDS`` words at least; the line after that is a photo
    credit alone (``photo_credit_end``)."""
    if i + 2 >= len(paras):
        return False
    text = normalize_text(paras[i].text).strip()
    caption = normalize_text(paras[i + 1].text).strip()
    credit = normalize_text(paras[i + 2].text).strip()
    if text.endswith(".") or not ALT_MIN_WORDS <= count_words(text) <= ALT_MAX_WORDS:
        return False
    words, said = text.casefold().split(), caption.casefold().split()
    shared = next(
        (k for k, (a, b) in enumerate(zip(words, said, strict=False)) if a != b), len(words)
    )
    opens = shared >= ALT_MIN_WORDS and len(said) > len(words)
    return opens and count_words(credit) <= 6 and bool(rules.photo_credit_end.match(credit))
