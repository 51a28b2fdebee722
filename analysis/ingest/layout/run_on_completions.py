"""A cut document title completed from inside a text layer's run-on line (fix42e).

A document store's page title is often cut with an ellipsis and printed twice, its page
title and its heading joined by a separator ("Ferry Links and the River Towns of ... ·
Ferry Links and the..."), while the document's text layer runs its first page into one
long line where the title stands whole in the middle, after the journal's notice and the
writer's name and before the first paragraph ("... rights reserved. research article
name Ferry Links and the River Towns of the Delta T he ferries ..."). ``cut_titles``
completes a cut title only from a line that opens with it.

``run_on_completion`` takes the first part of such a doubled title (``first_of_doubled``),
and, when its words stand in title case, looks for them at a word's start inside a line
of ``RUN_ON_MIN_CHARS`` characters or more; the completion is the title-case run that
follows them: capitalised words and the joining words of a title, up to the first other
word, a drop cap (one capital letter but "A" or "I") or a sentence's stop, at most
``cut_titles.COMPLETION_MAX_WORDS`` words, its joining words at the end dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.core.text import normalize_text
from analysis.ingest.layout.lines import Paragraph

#: The shortest line read as a text layer's run-on page (a cover run into its text).
RUN_ON_MIN_CHARS = 300

#: The most words the completion adds (as ``cut_titles.COMPLETION_MAX_WORDS``).
RUN_ON_MAX_WORDS = 12

#: The joining words a title prints in lower case.
_JOINING = frozenset("a an and as at by for from in into of on or the to with vs via".split())

#: A separator between a page title and its repeated heading: " · ", " | ", " - ".
_SEPARATOR = re.compile(r"\s+[·|–—-]\s+")

#: An ellipsis closing a cut title.
_ELLIPSIS = re.compile(r"\s*(?:\.{3}|…)\s*$")


def first_of_doubled(title: str) -> str:
    """The first part of a cut title printed twice across a separator, its ellipsis
    taken off; "" when ``title`` is no such pair.

    >>> first_of_doubled("Ferry Links and the River Towns of ... · Ferry Links and the...")
    'Ferry Links and the River Towns of'
    >>> first_of_doubled("Ferry Links and the River Towns - Delta Daily")
    ''
    """
    parts = _SEPARATOR.split(normalize_text(title).strip())
    if len(parts) != 2 or not _ELLIPSIS.search(parts[1]):
        return ""
    first, second = (_ELLIPSIS.sub("", part).strip() for part in parts)
    if len(second.split()) < 2 or not first.casefold().startswith(second.casefold()):
        return ""
    return first


def _title_case(words: Sequence[str]) -> bool:
    """Every word capitalised or a title's joining word, three words or more."""
    return len(words) >= 3 and all(w[:1].isupper() or w.casefold() in _JOINING for w in words)


def _title_run(rest: str) -> list[str]:
    """The title-case words opening ``rest`` (see the module's docstring)."""
    run: list[str] = []
    for word in rest.split():
        bare = word.rstrip(",.;:!?")
        drop_cap = len(bare) == 1 and bare not in ("A", "I")
        if drop_cap or not (bare[:1].isupper() or bare.casefold() in _JOINING):
            break
        run.append(bare)
        if bare != word or len(run) > RUN_ON_MAX_WORDS:
            break
    while run and run[-1].casefold() in _JOINING:
        run.pop()
    return run


def run_on_completion(title: str, paras: Sequence[Paragraph], reach: int) -> str:
    """``title`` completed from inside a run-on line among ``paras[:reach]`` (the
    module's docstring), "" when none completes it."""
    core = first_of_doubled(title)
    if not _title_case(core.split()):
        return ""
    pattern = re.compile(rf"(?<!\w){re.escape(core)}\s+", re.I)
    for p in paras[:reach]:
        text = normalize_text(p.text)
        found = pattern.search(text) if len(text) >= RUN_ON_MIN_CHARS else None
        run = _title_run(text[found.end() :]) if found else []
        if run and len(run) <= RUN_ON_MAX_WORDS:
            return f"{found.group(0).strip()} {' '.join(run)}"
    return ""
