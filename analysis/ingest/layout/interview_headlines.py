"""A headline naming the person interviewed after an interview's label ("Interview – Hoang
Minh Tri", "In conversation with Name", "Q&A: Name"; ``interview_headline_labels`` of
``data/page_layout.yaml``) over that name alone on its line (a photo's caption, a journal
page's interview; held-out 112): the bare name is the person interviewed, not the writer.

The byline keeps its role when it opens with "By" or names anyone else, so "Interview –
Name" over "By Other Name" still gives the interviewer."""

from __future__ import annotations

import re
from functools import cache

from analysis.core.text import normalize_text
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.page_rules import layout_alternation


@cache
def _labelled_headline() -> re.Pattern[str]:
    """The interview's label opening a headline, then a mark or a space, then the name."""
    labels = layout_alternation("interview_headline_labels")
    return re.compile(rf"^\s*(?:{labels})\s*(?:[-–—:|]\s*|\s)(?P<name>[^\W\d_].{{2,60}})$", re.I)


def _folded(text: str) -> str:
    return " ".join(normalize_text(text).casefold().strip(" .,:;|").split())


def interviewed_name(title: str) -> str:
    """The name an interview's headline gives after its label, folded, or "".

    >>> interviewed_name("Interview – Hoang Minh Tri")
    'hoang minh tri'
    >>> interviewed_name("Interviews show a split")
    ''
    """
    found = _labelled_headline().match(normalize_text(title or ""))
    return _folded(found.group("name")) if found else ""


def unmark_headline_interviewees(paras: list[Paragraph], title: str) -> None:
    """A bare byline (no "By") repeating the name ``title`` gives after an interview's label
    (``interviewed_name``) is the person interviewed: its role becomes "interviewee"."""
    name = interviewed_name(title)
    for p in paras if name else []:
        if (
            p.role == "author"
            and not re.match(r"\s*by\b", p.text, re.I)
            and _folded(p.text) == name
        ):
            p.role = "interviewee"
