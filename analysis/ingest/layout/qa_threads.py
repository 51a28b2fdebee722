"""A question-and-answer thread's question, read as its headline.

A Q&A site's thread pasted from its top opens with the question on one line, labelled
("Question: Why do ...?"), and the answer right under it, labelled too ("Answer: It
depends ..."). No other line stands over them, so the header holds no headline: the
question is the thread's title (its label is dropped with the ``title_labels`` of
``data/header_scoring.yaml``). The labels are ``question_labels`` and ``answer_labels`` of
``data/page_layout.yaml``. Only the page's first line is read: an interview's "Q:" turns
further down are its text.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.core.text import count_words, normalize_text
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.metadata import Candidate, Scoring
from analysis.ingest.page_rules import layout_alternation

#: The most words of a question read as a thread's headline.
QUESTION_MAX_WORDS = 40


@cache
def _labelled(key: str) -> re.Pattern[str]:
    """A line opened by one of the labels ``key`` lists, then a colon."""
    return re.compile(rf"^\s*(?:{layout_alternation(key)})\s*:\s*\S", re.I)


def question_over_answer(paras: list[Paragraph], scoring: Scoring) -> Candidate | None:
    """The page's first line when it is a labelled question ("Question: Why ...?") right
    above a labelled answer ("Answer: ..."): the thread's headline, or None."""
    if len(paras) < 2 or paras[0].kind not in ("", "lede"):
        return None
    text = normalize_text(paras[0].text).strip()
    if not (_labelled("question_labels").match(text) and text.endswith("?")):
        return None
    if count_words(text) > QUESTION_MAX_WORDS or not _labelled("answer_labels").match(
        normalize_text(paras[1].text)
    ):
        return None
    return Candidate(0, paras[0].text, scoring.title_min, ("question_over_answer",), paras[0].text)
