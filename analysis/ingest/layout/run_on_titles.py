"""A one-line document's title, printed twice near its start (held-out 91).

The plain text of a journal article's PDF (a study carrel's or a document store's copy)
may come as one long line: the file's name with the title ("ASEAS 3-1 - Regional
Cooperation on River Data in the Lower Mekong:Sharing gauge readings and building trust"),
the journal's names, then the title page: the title again, the writer with a note number,
the affiliation, the abstract. No line is short enough to be a headline, so none is
chosen.

Among the first ``RUN_REACH_WORDS`` words of one of the page's first ``BLOB_REACH``
paragraphs (``MIN_BLOB_CHARS`` characters at least), the longest run of
``RUN_TITLE_MIN_WORDS`` to ``RUN_TITLE_MAX_WORDS`` words printed twice (compared without
case; a colon glued to the next word, "Mekong:Sharing", parts two words), opening with a
capital and holding no sentence's stop, is the title: the paragraph is split before and
after its second copy (the title page's), the part before it furniture, so that the
header is read as on any other page; the rest stays text.
"""

from __future__ import annotations

import re

from analysis.ingest.layout.lines import Paragraph, raw_offset, split_paragraph
from analysis.ingest.layout.report_opening import BLOB_REACH, MIN_BLOB_CHARS

#: How many words from the paragraph's start are searched for the title's two copies.
RUN_REACH_WORDS = 120

#: The fewest words of a title printed twice (shorter runs are names and labels).
RUN_TITLE_MIN_WORDS = 6

#: The most words of such a title.
RUN_TITLE_MAX_WORDS = 30

#: A word: a run of non-space characters, a colon glued to a capital ending it.
_WORD = re.compile(r"(?:[^\s:]|:(?![A-Z]))+:?|:")

#: A sentence's stop inside the run: text, not a title.
_STOP = re.compile(r"[.!?;]$")


def _run_length(keys: list[str], i: int, j: int) -> int:
    """How many words from ``i`` and from ``j`` (``i < j``) are the same, the first copy
    ending before the second starts."""
    k = 0
    while j + k < len(keys) and i + k < j and keys[i + k] == keys[j + k]:
        k += 1
    return k


def _title_run(words: list[str]) -> tuple[int, int] | None:
    """The second copy's first word and length of the longest run printed twice that can
    be a title (see the module's docstring), or None."""
    keys = [w.casefold() for w in words]
    best: tuple[int, int] | None = None
    for i in range(len(keys)):
        for j in range(i + RUN_TITLE_MIN_WORDS, len(keys)):
            k = min(_run_length(keys, i, j), RUN_TITLE_MAX_WORDS)
            run = words[j : j + k]
            if k < RUN_TITLE_MIN_WORDS or (best and k <= best[1]) or not run[0][:1].isupper():
                continue
            if not any(_STOP.search(w) for w in run[:-1]):
                best = (j, k)
    return best


def split_run_on_title(paras: list[Paragraph]) -> None:
    """Split a one-line document's title page off its text (see the module's docstring)."""
    for i, p in enumerate(paras[:BLOB_REACH]):
        if len(p.text) < MIN_BLOB_CHARS or p.kind:
            continue
        found = list(_WORD.finditer(p.text))[:RUN_REACH_WORDS]
        run = _title_run([m.group() for m in found])
        if run is None:
            continue
        start, end = found[run[0]].start(), found[run[0] + run[1] - 1].end()
        split_paragraph(paras, i, raw_offset(p, end), ("", ""))
        split_paragraph(paras, i, raw_offset(paras[i], start), ("boilerplate", ""))
        return
