"""Text with every character that is not a word character (``\\w``, as ``re`` defines
it) turned into a space, the same length: the form in which a compiled Aho-Corasick
automaton finds whole words (a word between spaces), used by the theme coder's and the
gazetteer's candidate finder (``analysis.annotators.term_index``) and by the date
finder's trigger words (``analysis.dates.rule_matches``)."""

from __future__ import annotations

import re

# ``\\w`` as ``re`` defines it: ``str.isalnum`` or ``_`` (a ``bytes.translate`` table; the
# bytes above 127 map to themselves and are never read: the text is ASCII).
_ASCII_MASK = bytes(c if chr(c).isalnum() or chr(c) == "_" else 32 for c in range(128))
_ASCII_MASK += bytes(range(128, 256))
_NOT_WORD_OR_SPACE = re.compile(r"[^\w ]")


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def mask_non_words(text: str) -> str:
    """``text`` with every character that is not a word character (``\\w``) turned into a
    space (same length). ASCII text through ``bytes.translate`` (a 128-byte table: less
    than half the time of ``str.translate``), and so is a text whose only characters
    outside ASCII are not word characters (curly quotes, dashes, no-break spaces: each
    encodes as one "?", masked); a regex, which only has to replace the punctuation, for
    the rest (``translate`` reads those a character at a time). Outside ASCII, ``\\w`` is
    ``str.isalnum``."""
    if text.isascii() or not any(map(str.isalnum, _NON_ASCII.findall(text))):
        return text.encode("ascii", "replace").translate(_ASCII_MASK).decode("ascii")
    return _NOT_WORD_OR_SPACE.sub(" ", text)
