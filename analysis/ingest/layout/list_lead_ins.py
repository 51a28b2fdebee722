"""A line closed by a colon right over a run of lines in its block, with no blank between:
the sentence that introduces a list ("Delegations have gone both ways since then:" over
one line per visit, a mission's fact sheet copied from its content area, held-out 145).
Such a line opens the text, never a headline; it gives the title feature ``lead_in``
(as ``lead_in_lines`` does for a lead-in read from its words). A headline closed by a
colon (a quotation's head, "Name in a statement after talks:") stands over the one
paragraph it introduces, or its own copy, not over a list."""

from __future__ import annotations

from analysis.core.text import count_words, normalize_text
from analysis.ingest.layout.lead_in_lines import lead_in_features
from analysis.ingest.layout.lines import Paragraph

#: The fewest lines of the list under the lead-in, in its block.
LIST_MIN_LINES = 3

#: The fewest words of the lead-in sentence (a label "Members:" is read elsewhere).
LEAD_MIN_WORDS = 4


def list_lead_in(paras: list[Paragraph], i: int) -> list[str]:
    """``["lead_in"]`` when ``paras[i]`` is closed by a colon over at least
    ``LIST_MIN_LINES`` lines of its block that are not its copy, else []."""
    text = normalize_text(paras[i].text).strip()
    if not text.endswith(":") or count_words(text) < LEAD_MIN_WORDS:
        return []
    below = [p for p in paras[i + 1 : i + 1 + LIST_MIN_LINES] if p.block == paras[i].block]
    copies = [p for p in below if normalize_text(p.text).strip() == text]
    return ["lead_in"] if len(below) == LIST_MIN_LINES and not copies else []


def line_lead_in(paras: list[Paragraph], i: int) -> list[str]:
    """The title feature ``lead_in`` once when line ``i`` is a lead-in read from its words
    (``lead_in_lines``) or from the list under it (``list_lead_in``), else []."""
    return lead_in_features(paras[i].text) or list_lead_in(paras, i)
