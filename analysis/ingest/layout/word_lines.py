"""A PDF's text pasted one word a line (held-out 102: a legal and journal database's record
of a 1987 article, its scanned text under the record's fields with every word on a line of
its own). Each line alone is a word, no paragraph of prose, so the lines were read as page
furniture and the article's text was lost.

A run of ``RUN_MIN_LINES`` or more consecutive one-word lines (no blank line between them)
whose words, joined, read as running prose (``lines.is_prose``) is the article's text: its
lines of no other kind, and those read as furniture or stray datelines, become body text.
A menu or a tag cloud one word a line reads as no prose and stays as it is.
"""

from __future__ import annotations

from analysis.core.text import normalize_text
from analysis.ingest.layout.lines import Paragraph, is_prose

#: The fewest one-word lines of a run read as text.
RUN_MIN_LINES = 12

#: The kinds a line of such a run may have been given that it loses.
_LOST_KINDS = frozenset({"", "boilerplate", "dateline", "heading"})


def _one_word(p: Paragraph) -> bool:
    return len(normalize_text(p.text).split()) == 1


def _runs(paras: list[Paragraph]) -> list[list[int]]:
    """The runs of consecutive one-word lines, each its paragraphs' indices."""
    runs: list[list[int]] = []
    for k, p in enumerate(paras):
        joined = runs and runs[-1][-1] == k - 1 and paras[k - 1].line + 1 == p.line
        if not _one_word(p):
            continue
        if joined:
            runs[-1].append(k)
        else:
            runs.append([k])
    return runs


def label_word_runs(paras: list[Paragraph]) -> None:
    """Label the lines of a one-word-a-line run that reads as prose body text (in place)."""
    for run in _runs(paras):
        if len(run) < RUN_MIN_LINES:
            continue
        if not is_prose(" ".join(normalize_text(paras[k].text) for k in run)):
            continue
        for k in run:
            if paras[k].kind in _LOST_KINDS:
                paras[k].kind, paras[k].role = "body", ""
