"""A brief pasted as one run: a research service's short brief (a CRS "In Focus" or
"Insight" page on a document site) may come as one long line with no breaks, opened by
its version date, then its title in title case, then its text: "Updated March 2, 2020
Vietnam's Fisheries Surveillance Forces Since 2013, Vietnam has built up ..." (held-out
100). The opening is split into the dateline ("Updated March 2, 2020"), the title and the
rest, so that the header is read as on any other page; when the dateline was already
cut from the run (a dateline split off the same line of the file just above it), the
title is split off the rest alone.

The title is the run of words in title case after the date (each word capitalised, or a
small joining word of ``run_on_title_joiners`` in ``data/page_layout.yaml``), up to the
first word that is neither; the text's first sentence opens on the run's last capitalised
word ("... Forces | Since 2013, Vietnam has ..."), so that word is left to the text. A
title of fewer than ``MIN_TITLE_WORDS`` words, or a run without such a word, splits
nothing."""

from __future__ import annotations

import re
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.ingest.layout.lines import Paragraph, raw_offset, split_paragraph

#: The shortest paragraph read as a whole brief pasted in one line.
MIN_RUN_CHARS = 300
#: How many paragraphs from the top may be such a run.
RUN_REACH = 2
#: The fewest words of the title split off.
MIN_TITLE_WORDS = 2
#: The most words of the title split off.
MAX_TITLE_WORDS = 15

#: "Updated March 2, 2020 " or "Updated 2 March 2020 " opening the line.
_UPDATED = re.compile(
    r"^Updated (?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4})\s+(?=[A-Z])"
)


@cache
def _joiners() -> frozenset[str]:
    return frozenset(load_data_file("page_layout.yaml")["run_on_title_joiners"])


def _title_words(words: list[str]) -> int:
    """How many of ``words`` make the title (see the module's note), else 0."""
    run = 0
    for w in words:
        if (w[:1].isupper() and not w.endswith((",", ".", ":", ";"))) or (
            w.casefold() in _joiners() and run
        ):
            run += 1
        else:
            break
    while run and not words[run - 1][:1].isupper():
        run -= 1  # a joining word closing the run belongs to the text
    run -= 1  # the text's first word, capitalised, closes the run
    ok = MIN_TITLE_WORDS <= run <= MAX_TITLE_WORDS and run < len(words)
    return run if ok and words[run][:1].isupper() else 0


def _glued_to_dateline(paras: list[Paragraph], i: int) -> bool:
    """Whether paragraph ``i`` follows a dateline split off the same line of the file (the
    version date already cut from the run)."""
    above = paras[i - 1] if i > 0 else None
    return above is not None and above.kind == "dateline" and above.line == paras[i].line


def split_updated_run(paras: list[Paragraph]) -> None:
    """Split a one-run brief's dateline and title off its text (the module's note)."""
    for i, p in enumerate(paras[: RUN_REACH + 1]):
        if len(p.text) < MIN_RUN_CHARS:
            continue
        found = _UPDATED.match(p.text)
        start = found.end() if found else 0
        if found is None and not _glued_to_dateline(paras, i):
            continue
        words = p.text[start:].split()
        count = _title_words(words)
        if not count:
            return
        title_end = start + len(" ".join(words[:count]))
        split_paragraph(paras, i, raw_offset(p, title_end), ("", ""))
        if found:
            split_paragraph(paras, i, raw_offset(paras[i], start), ("dateline", ""))
        return
