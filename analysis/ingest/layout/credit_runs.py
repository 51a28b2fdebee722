"""Pictures printed in a run, each caption over its credit line, are no headline.

A country study or a gallery prints its pictures one after another, each caption on its
line over the picture's credit alone ("Monument to friendship, Vientiane" / "Courtesy Name"
/ "Border town rebuilt after the fighting" / "Courtesy Name"). A caption has no full stop
there, so it reads as a headline, and a bare "Courtesy Name" credit as a name (held-out
134's country study). Where ``RUN_MIN`` such caption / credit pairs follow one another, the
captions and the credits are the pictures' (kind ``caption``); a headline over a single
picture's credit ("Delegation heads east" / "Photo: AP") is one pair and stays.

A credit line is a photo credit alone (``photo_credit_end`` of ``data/page_layout.yaml``)
or a courtesy credit naming its giver ("Courtesy Name", "Courtesy of the Museum";
``_COURTESY``), short (``CREDIT_MAX_WORDS`` words at most).
"""

from __future__ import annotations

import re

from analysis.core.text import count_words, normalize_text
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.page_rules import Rules

#: The fewest caption / credit pairs in a row that make a run of pictures.
RUN_MIN = 2

#: The most words of a credit line.
CREDIT_MAX_WORDS = 6

#: The most words of a caption over its credit.
CAPTION_MAX_WORDS = 25

#: A courtesy credit alone: "Courtesy Name", "Courtesy of the X Museum" (not "Courtesy call
#: on the Prime Minister", "Courtesy visit": a meeting's name).
_COURTESY = re.compile(
    r"^(?:photos? |images? |pictures? )?courtesy(?: of)?\s+(?!(?:calls?|visits?|meetings?)\b)"
    r"(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+(?:of|the|and|[A-Z][\w.'’&-]*)){0,5}\.?$",
    re.IGNORECASE,
)


def credit_line(text: str, rules: Rules) -> bool:
    """Whether ``text`` is a picture's credit alone on its line (``photo_credit_end`` or a
    courtesy credit, ``_COURTESY``), ``CREDIT_MAX_WORDS`` words at most."""
    line = normalize_text(text)
    if not line or count_words(line) > CREDIT_MAX_WORDS:
        return False
    return bool(_COURTESY.match(line) or rules.photo_credit_end.match(line))


def _pairs(paras: list[Paragraph], rules: Rules) -> list[int]:
    """The indexes of the captions of caption / credit pairs (a caption: a short line with
    no kind, right over a credit line with none)."""
    return [
        i
        for i in range(len(paras) - 1)
        if not paras[i].kind
        and not paras[i + 1].kind
        and 0 < count_words(paras[i].text) <= CAPTION_MAX_WORDS
        and not credit_line(paras[i].text, rules)
        and credit_line(paras[i + 1].text, rules)
    ]


def label_credit_runs(paras: list[Paragraph], rules: Rules) -> None:
    """Label ``caption`` the captions and credits of every run of ``RUN_MIN`` or more
    caption / credit pairs in a row (each pair right under the one before it)."""
    captions = _pairs(paras, rules)
    runs: list[list[int]] = []
    for i in captions:
        if runs and i == runs[-1][-1] + 2:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        if len(run) < RUN_MIN:
            continue
        for i in run:
            paras[i].kind = paras[i + 1].kind = "caption"
