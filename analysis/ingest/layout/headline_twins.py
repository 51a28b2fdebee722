"""A header line that prints the headline again in another case (held-out 141): a Joomla
page heads its article with the headline in capitals, then the article's own heading in
title case ("VIETNAM ISSUES ITS 2019 DEFENSE WHITE PAPER" / "Vietnam Issues Its 2019
Defense White Paper"). The twin is the headline, so a year in it is the subject's, as in
the headline itself, never the page's date."""

from __future__ import annotations

from analysis.ingest.layout.header_years import subject_years
from analysis.ingest.layout.lines import Paragraph


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def repeats_headline(paras: list[Paragraph], i: int) -> bool:
    """Whether paragraph ``i`` repeats, case and spacing aside, a headline above it.

    >>> head = Paragraph("", "A 2019 PAPER", 1, 0, kind="title")
    >>> p = [head, Paragraph("", "a 2019  Paper ", 3, 1)]
    >>> repeats_headline(p, 1), repeats_headline(p, 0)
    (True, False)
    """
    folded = _folded(paras[i].text)
    return bool(folded) and any(p.kind == "title" and _folded(p.text) == folded for p in paras[:i])


def undated_header_line(paras: list[Paragraph], i: int) -> bool:
    """Whether header paragraph ``i``'s years are no date of the page: the subject's years
    (``header_years.subject_years``) or the headline's, printed again (``repeats_headline``)."""
    return subject_years(paras[i].text) or repeats_headline(paras, i)
