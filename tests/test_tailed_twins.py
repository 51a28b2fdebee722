"""Tests of ``analysis.ingest.layout.tailed_twins``: a headline printed twice, its first
copy closed by a section's label or a day the second copy drops (fix42c)."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.layout.tailed_twins import twin_without_tail

#: A news site's page: the headline with its section's label glued, a photo credit, the
#: headline alone, the story (placeholder sentences).
LABELLED_PAGE = """Night Ferries Return to the Lower Delta News
gull / Pixabay
Night Ferries Return to the Lower Delta

The river authority said on Tuesday that two night ferries will sail again from next month after a pause of four years.

Crews have trained on the new route since the spring.
"""

#: A mission's note: its name, a label, the headline closed by the note's day, the headline
#: alone, the note (placeholder sentences).
NOTE_PAGE = """Delta Harbour Mission

Info Notes

Ferry Links Between the Two Deltas, 03.07.2018

Ferry Links Between the Two Deltas

The first ferry link between the two deltas opened in 1998; a second followed in 2006.

Both ports have grown since, and a third link is being studied by the two authorities.
"""


def test_a_label_glued_to_the_first_copy_is_no_part_of_the_headline() -> None:
    assert read_article(LABELLED_PAGE).title == "Night Ferries Return to the Lower Delta"


def test_a_day_closing_the_first_copy_is_no_part_of_the_headline() -> None:
    assert read_article(NOTE_PAGE).title == "Ferry Links Between the Two Deltas"


def _paras(*lines: str) -> list[Paragraph]:
    paras = [Paragraph("", text, i, i) for i, text in enumerate(lines)]
    paras[0].kind = "title"
    return paras


def test_a_longer_tail_or_a_short_twin_keeps_the_headline() -> None:
    title = "Night Ferries Return to the Lower Delta after Four Years"
    paras = _paras(title, "Night Ferries Return to the Lower Delta")
    assert twin_without_tail(title, paras) == title  # a headline's own words, no label
    paras = _paras("Delta Ferries News", "Delta Ferries")
    assert twin_without_tail("Delta Ferries News", paras) == "Delta Ferries News"  # too short
    title = "Night Ferries Return to the Lower Delta news"
    paras = _paras(title, "Night Ferries Return to the Lower Delta")
    assert twin_without_tail(title, paras) == title  # a word in lower case


def test_a_twin_far_under_the_headline_is_no_copy() -> None:
    title = "Night Ferries Return to the Lower Delta News"
    paras = _paras(title, "a", "b", "c", "d", "Night Ferries Return to the Lower Delta")
    assert twin_without_tail(title, paras) == title
