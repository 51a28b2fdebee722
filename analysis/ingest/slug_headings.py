"""(fix36c) The headline the address's slug spells word for word, below the page's opening.

``slug_titles`` looks for the line the address's slug spells among the header's lines,
those above the page's first paragraph of text. A page saved with text above its headline
(a company's blurb and product menu over an old story, a standfirst and a photo caption
printed before the headline) has its headline below that paragraph, where it is never
looked for. There, a line is taken only when it spells the slug exactly: the same words in
the same order, nothing more or less, with ``SLUG_BELOW_MIN_WORDS`` words or more (a short
slug, "southeast-asia", names a section as often as a headline), among the page's first
``SLUG_BELOW_REACH`` paragraphs, as a line of its own (a heading or an unlabelled line, not
a sentence of the text that happens to hold the words).

A headline glued into the text's first paragraph (a press release's wire line "PLACE,
Month D, YYYY / Wire / -- Headline Words<Subhead glued>...") is no line of its own: there,
the slug's words standing together in one of the page's first paragraphs of text, in order
and nothing between them, the last glued to the next sentence's capital ("... Fruit
ExportersVenture will ..."), are the headline (``slug_run_in_text``), cut from the
paragraph as printed. A sentence that restates the headline's words goes on after a space
or a comma, and is never taken.
"""

from __future__ import annotations

import re

import pandas as pd

#: The fewest words of a slug spelt below the page's opening.
SLUG_BELOW_MIN_WORDS = 5

#: How many of the page's first paragraphs are read for it.
SLUG_BELOW_REACH = 60

#: The kinds of paragraph a headline below the opening text can have been given.
_LINE_KINDS = frozenset({"heading", ""})


def slug_heading_below(slug: list[str], paragraphs: pd.DataFrame) -> tuple[str, int] | None:
    """The first line (text, line number) among the page's first ``SLUG_BELOW_REACH``
    paragraphs whose words are exactly ``slug``'s, or None.

    >>> rows = pd.DataFrame({"kind": ["lede", "heading"], "line": [1, 3],
    ...     "text": ["Our firm sells data.", "Ferry Tolls Rise on the Lower River"]})
    >>> slug_heading_below(["ferry", "tolls", "rise", "on", "the", "lower", "river"], rows)
    ('Ferry Tolls Rise on the Lower River', 3)
    >>> slug_heading_below(["ferry", "tolls", "rise"], rows) is None
    True
    """
    if len(slug) < SLUG_BELOW_MIN_WORDS:
        return None
    head = paragraphs.head(SLUG_BELOW_REACH)
    for kind, text, line in zip(head["kind"], head["text"], head["line"], strict=True):
        if kind in _LINE_KINDS and re.findall(r"[a-z0-9]+", str(text).casefold()) == slug:
            return str(text).strip(), int(line)
    return None


#: A word of a paragraph: letters and digits, split where a capital follows a small letter
#: or a digit ("ExportersVenture": two words glued).
_WORD = re.compile(r"[^\W_]+?(?=[^\w]|_|$|(?<=[a-z0-9])[A-Z])")

#: The kinds of paragraph of the page's text.
_TEXT_KINDS = frozenset({"lede", "body", ""})


def slug_run_in_text(slug: list[str], paragraphs: pd.DataFrame) -> tuple[str, int] | None:
    """The words of ``slug`` standing together in one of the page's first
    ``SLUG_BELOW_REACH`` paragraphs of text, the last glued to a capital, cut from it as
    printed (text, line number), or None.

    >>> rows = pd.DataFrame({"kind": ["lede"], "line": [3], "text": [
    ...     "HUE, May 2, 2025 / Wire / -- Ferry Tolls Rise on the Lower RiverOperators say ..."]})
    >>> slug_run_in_text(["ferry", "tolls", "rise", "on", "the", "lower", "river"], rows)
    ('Ferry Tolls Rise on the Lower River', 3)
    """
    if len(slug) < SLUG_BELOW_MIN_WORDS:
        return None
    head = paragraphs.head(SLUG_BELOW_REACH)
    for kind, text, line in zip(head["kind"], head["text"], head["line"], strict=True):
        found = _glued_run(slug, str(text)) if kind in _TEXT_KINDS else ""
        if found:
            return found, int(line)
    return None


def _glued_run(slug: list[str], text: str) -> str:
    """The words of ``slug`` standing together in ``text``, the last glued to the capital
    that opens the next word, cut from ``text`` as printed, or ""."""
    words = list(_WORD.finditer(text))
    keys = [w.group().casefold() for w in words]
    for i in range(len(keys) - len(slug) + 1):
        end = words[i + len(slug) - 1].end()
        if keys[i : i + len(slug)] == slug and text[end : end + 1].isupper():
            return text[words[i].start() : end]
    return ""
