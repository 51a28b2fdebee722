"""A machine transcript's turns: the lines under a speaker's label are speech (held-out
128).

A podcast site's transcript prints each turn under a label naming a numbered speaker and
the time it starts ("Speaker 1 (00:03):"), a later stretch of the same speaker under the
time alone ("(00:26):"), and hard-wraps the speech at some fifty characters. The labels
are chrome (``chrome`` of ``data/header_scoring.yaml``); the first wrapped line of speech
under one, headline-length and with no stop at its end, was then read as the headline of a
page stored without one. Every unlabelled line right under such a label, down to the next
blank line or label, is the turn's text (kind "body"), never a headline.
"""

from __future__ import annotations

import re

from analysis.ingest.layout.lines import Paragraph

#: A turn's label: a numbered speaker, maybe the time in brackets, or the time alone, and a
#: colon ("Speaker 1 (00:03):", "Speaker 2:", "(00:26):").
_TURN_LABEL = re.compile(
    r"^\s*(?:speaker\s?\d{1,2}\s*(?:\(\d{1,2}:\d{2}(?::\d{2})?\))?|\(\d{1,2}:\d{2}(?::\d{2})?\))\s*:\s*$",
    re.I,
)


def label_speaker_turns(paras: list[Paragraph]) -> None:
    """Mark the unlabelled lines under each turn's label as body text (see the module's
    docstring); a blank line ends the turn."""
    for i, p in enumerate(paras):
        if not _TURN_LABEL.match(p.text):
            continue
        line = p.line
        for q in paras[i + 1 :]:
            if q.line > line + 2 or _TURN_LABEL.match(q.text) or q.kind == "boilerplate":
                break
            if not q.kind or q.kind == "heading":
                q.kind = "body"
            line = q.line + q.text.count("\n")
