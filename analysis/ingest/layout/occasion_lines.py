"""A speech's headline printed over two lines: the talk's subject, then its occasion.

A trade council's archive prints its director's talks as "Talk on the Antidumping Reviews"
/ "at the Spring Luncheon of the Seafood Exporters' Forum" / "Ho Chi Minh City, April 8,
2004" (held-out 60). The headline scoring picks the first line; the second, opening in
lower case with an occasion's words and the occasion's capitalised name
(``occasion_openings`` of ``data/page_layout.yaml``), goes on it when the first names a
talk (``speech_words``). ``with_occasion_line`` joins the two and labels both ``title``.
A document-type heading ("STATEMENT" / "by the Spokesperson ...") is read by
``document_headings`` before this is tried.
"""

from __future__ import annotations

from dataclasses import replace

from analysis.core.text import count_words, normalize_text
from analysis.ingest.layout.document_headings import MAX_LINE_GAP
from analysis.ingest.layout.lines import FINAL_STOP, Paragraph
from analysis.ingest.metadata import Candidate
from analysis.ingest.page_rules import Rules

#: The most words of an occasion line ("at the Spring Luncheon of the ... Forum").
OCCASION_MAX_WORDS = 16


def occasion_under(paras: list[Paragraph], i: int, rules: Rules) -> int:
    """The index of the occasion line right under headline ``i`` (at most one blank line
    between, unlabelled, no closing stop), when the headline names a talk; -1 otherwise.

    >>> from analysis.ingest.layout.lines import split_lines
    >>> from analysis.ingest.page_rules import load_rules
    >>> paras = split_lines("Talk on the Reviews\\nat the Spring Luncheon of the Forum\\n")
    >>> occasion_under(paras, 0, load_rules())
    1
    """
    j = i + 1
    if j >= len(paras) or paras[j].kind or paras[j].line - paras[i].line > MAX_LINE_GAP:
        return -1
    below = normalize_text(paras[j].text)
    if not rules.speech_word.search(paras[i].text) or not rules.occasion_line.match(below):
        return -1
    return j if count_words(below) <= OCCASION_MAX_WORDS and not FINAL_STOP.search(below) else -1


def with_occasion_line(
    paras: list[Paragraph], best: Candidate | None, rules: Rules
) -> tuple[Candidate] | None:
    """The chosen headline ``best`` joined with the occasion line under it
    (``occasion_under``), both lines labelled ``title``; None when there is none."""
    if best is None:
        return None
    j = occasion_under(paras, best.index, rules)
    if j < 0:
        return None
    text = f"{normalize_text(paras[best.index].text)} {normalize_text(paras[j].text)}"
    paras[best.index].kind = paras[j].kind = "title"
    return (replace(best, text=text, value=text, reasons=(*best.reasons, "occasion_line")),)
