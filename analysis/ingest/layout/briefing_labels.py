"""A briefing note's header: the notes a spokesperson's office sends out open on label and
value lines ("Spokesperson for the UN High Commissioner for Human Rights: Name" /
"Location:" / "Geneva" / "Subject: (1)" / "Viet Nam" / "(2)" / "Fiji"), then each item
under its numbered heading ("(1) Viet Nam"). A copy that hard-wraps its lines breaks the
long label over two lines, so that its first part stands alone without its colon
(held-out 100). Two title features follow:

- ``wrapped_label``: a line of three words or more, without a colon or a closing stop,
  right over a line that ends the label ("Rights: Elena Marchetti": one to three words, a
  colon, and a person's name) and the next label standing without its value ("Location:"):
  the first part of a label, never a headline; so is that line, the label's end and its
  value (a headline over "From: Name", a caption's "Image: Name" or a byline is read as
  before);
- ``bracket_numbered``: a line opened by a number in round brackets ("(1) Viet Nam"): a
  numbered item's heading, as ``numbered`` reads "1. ..."."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from analysis.ingest.metadata import Scoring
from analysis.ingest.title_shapes import name_like

#: A label's end and its value: one to three words, a colon, the value.
_LABEL_END = re.compile(r"^[A-Za-z][\w'’-]*(?: [\w'’-]+){0,2}:\s+(?P<value>\S.*)$")
#: A heading opened by a bracketed number: "(1) Viet Nam".
_BRACKET_NUMBER = re.compile(r"^\(\d{1,2}\)\s+\S")


class _Para(Protocol):
    text: str


def wrapped_label(paras: Sequence[_Para], i: int, scoring: Scoring) -> bool:
    """Whether line ``i`` is the first part of a label that the next line ends with its
    colon and a person's name, over the next label (see the module's note)."""
    text = paras[i].text.strip()
    if ":" in text or text[-1:] in ".!?" or len(text.split()) < 3 or i + 2 >= len(paras):
        return False
    end = _LABEL_END.match(paras[i + 1].text.strip())
    next_label = paras[i + 2].text.strip().endswith(":")  # "Location:" / "Geneva"
    return end is not None and next_label and name_like(end.group("value"), scoring)


def briefing_features(paras: Sequence[_Para], i: int, scoring: Scoring) -> list[str]:
    """``bracket_numbered`` or ``wrapped_label`` (line ``i`` opens a wrapped label, or ends
    the one above it) for line ``i`` (see the module's note), else []."""
    if _BRACKET_NUMBER.match(paras[i].text.strip()):
        return ["bracket_numbered"]
    wrapped = wrapped_label(paras, i, scoring) or (i > 0 and wrapped_label(paras, i - 1, scoring))
    return ["wrapped_label"] if wrapped else []
