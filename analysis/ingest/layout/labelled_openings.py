"""The paragraph under the lede that may open with the page's date, past the labels
between them (held-out 137).

An institute's event highlight prints its programme's name in capitals between the
standfirst and the text, and the text opens with the event's day: "In this seminar, ..." /
"VIETNAM STUDIES PROGRAMME" / "Monday, 12 August 2019 – In his seminar ...". A press
release or a report prints a section label there the same way. The dated opening under the
lede (``dates._date_source``) is looked for in the first paragraph past such short
headings, not only in the one right under the lede.
"""

from __future__ import annotations

from analysis.core.text import count_words
from analysis.ingest.layout.lines import Paragraph

#: How many label paragraphs may stand between the lede and the dated text.
LABELS_REACH = 2

#: The most words a label between the lede and the text has ("VIETNAM STUDIES PROGRAMME").
LABEL_MAX_WORDS = 6


def text_after_labels(paras: list[Paragraph], lede: int) -> int:
    """The index of the first paragraph after ``lede`` that is no short heading, past at
    most ``LABELS_REACH`` of them (``lede + 1`` when none stands there).

    >>> ps = [Paragraph("", t, n, n, k) for n, (t, k) in enumerate(
    ...     [("Lede.", "lede"), ("PROGRAMME", "heading"), ("Monday ...", "body")])]
    >>> text_after_labels(ps, 0)
    2
    >>> text_after_labels(ps[:1] + ps[2:], 0)
    1
    """
    i = lede + 1
    while (
        i < len(paras)
        and i - lede <= LABELS_REACH
        and paras[i].kind == "heading"
        and count_words(paras[i].text) <= LABEL_MAX_WORDS
    ):
        i += 1
    return i
