"""A list's items each with its own byline: the page's writer is the first item's (fix88b).

A journal's or a paper's home page lists its items as title / byline (the writer, his
degrees, his institute on a line or two) / summary, each summary opened by the same
marker before a dash ("(PTOJ) - ", "WVR - ", "NDO - "). The zoo's list pages take the
first item's title, day and writer (the list precedents of README's gold rules), so the
bylines of the later items are no writer of the page. A piece by two writers prints their
bylines together (one run of byline lines) or each under the other, never each over a
summary of its own opened by the page's marker.

``unmark_later_items`` clears the writer's role of every byline run but the first when
two runs or more each stand right over a text paragraph opened by the same marker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.core.text import normalize_text
from analysis.ingest.layout.lines import Paragraph

#: A summary's opening marker: a short word or a bracketed one, then a dash ("(PTOJ) - ",
#: "WVR - ", "NDO – "); the marker is what the items share.
_MARKER = re.compile(r"(\(?[^\W\d_][\w.&]{1,11}\)?)\s+[-–—]\s+\S")

#: The kinds of the paragraph a byline run stands over: the item's summary.
_TEXT_KINDS = frozenset({"lede", "body"})


def byline_runs(paras: Sequence[Paragraph]) -> list[list[int]]:
    """The indices of the paragraphs of kind ``byline``, in runs of adjacent paragraphs."""
    runs: list[list[int]] = []
    for i, p in enumerate(paras):
        if p.kind != "byline":
            continue
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def summary_marker(paras: Sequence[Paragraph], run: list[int]) -> str:
    """The marker opening the text paragraph right under byline run ``run`` ("(PTOJ)"),
    or "" when the next paragraph is no text or opens with none.

    >>> from analysis.ingest.layout.lines import split_lines
    >>> paras = split_lines("Dr. ANNA LE\\n(PTOJ) - Reading rooms open.\\n")
    >>> paras[1].kind = "body"
    >>> summary_marker(paras, [0])
    '(PTOJ)'
    """
    below = run[-1] + 1
    if below >= len(paras) or paras[below].kind not in _TEXT_KINDS:
        return ""
    found = _MARKER.match(normalize_text(paras[below].text).strip())
    return found.group(1) if found else ""


def unmark_later_items(paras: Sequence[Paragraph]) -> None:
    """Clear the writer's role of every byline run but the first when two runs or more
    each stand over a summary opened by the same marker: a list's items."""
    runs = [run for run in byline_runs(paras) if any(paras[i].role == "author" for i in run)]
    if len(runs) < 2:
        return
    markers = {summary_marker(paras, run) for run in runs}
    if len(markers) != 1 or "" in markers:
        return
    for run in runs[1:]:
        for i in run:
            if paras[i].role == "author":
                paras[i].role = ""
