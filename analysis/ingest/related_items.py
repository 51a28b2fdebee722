"""Dates of the items of a list of related pieces under an article (held-out 73): a
think tank's commentary page dates its piece over the headline, then lists other pieces
under the text, each with its type, outlet and day on lines opened by a list's bullet
("• Commentary" / "• Foreign Policy" / "• November 15, 2018"). Such a day is an item's,
not the page's: ``date_scoring`` gives it the ``listed_item`` weight.

The same bulleted days mark the items themselves (misses27): each item runs from the
bullets over its day (its type and outlet) to the byline under its headline and
standfirst, and ``mark_related_items`` labels those lines so that the items' writers are
not read as the page's (``layout.bylines.read_authors`` reads only role ``author``).

A list may instead open with a heading of its own below the text ("Related Publications" /
"<title>" / "Thursday, June 13, 2024", held-out 80; ``related_headings`` of
``data/page_layout.yaml``): the days under it are the items' (``mark_related_list_days``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Protocol

from analysis.ingest.page_rules import layout_alternation

#: A list's bullet opening the line.
_BULLET = re.compile(r"^\s*[•▪◦]\s")


def bulleted_item_date(raw: str, base: str, index: int, title_index: int) -> bool:
    """Line ``index`` holds only a date (base feature ``dateline``) after a list's bullet and
    stands below the headline (paragraph ``title_index``): a related item's day. Above
    the headline a bulleted date is the site's clock ("• Sunday, 24 August 2025").

    >>> bulleted_item_date("    • November 15, 2018", "dateline", 9, 1)
    True
    >>> bulleted_item_date("• Sunday, 24 August 2025", "dateline", 0, 2)
    False
    """
    return base == "dateline" and index > title_index >= 0 and bool(_BULLET.match(raw))


class _Line(Protocol):
    """What ``mark_related_items`` reads and sets of a paragraph (``layout.lines.Paragraph``)."""

    raw: str
    line: int
    kind: str
    role: str


#: The role of a line inside a related item (its byline is then no writer of the page).
RELATED_ROLE = "related_item"


def _bullet_run_start(paras: Sequence[_Line], i: int) -> int:
    """The first of the bulleted lines on consecutive lines of the file that end at ``i``
    ("• Commentary" / "• Foreign Policy" / "• November 15, 2018")."""
    while i > 0 and _BULLET.match(paras[i - 1].raw) and paras[i - 1].line == paras[i].line - 1:
        i -= 1
    return i


def related_item_spans(paras: Sequence[_Line], title_index: int) -> list[range]:
    """The related items below the headline (paragraph ``title_index``): each opens with
    the bulleted lines over a bulleted day (``bulleted_item_date``) and runs to the line
    before the next item, the last one to its first byline; an item with no byline in it is
    left out (nothing tells where it ends)."""
    starts = [
        _bullet_run_start(paras, i)
        for i, p in enumerate(paras)
        if bulleted_item_date(p.raw, "dateline" if p.kind == "dateline" else "", i, title_index)
    ]
    spans: list[range] = []
    for start, after in zip(starts, [*starts[1:], len(paras)][: len(starts)], strict=True):
        bylines = [j for j in range(start, after) if paras[j].role == "author"]
        if bylines:
            spans.append(range(start, after if after < len(paras) else bylines[0] + 1))
    return spans


@cache
def _related_heading() -> re.Pattern[str]:
    """A heading alone on its line over a list of other pieces (``related_headings``)."""
    return re.compile(rf"^\s*(?:{layout_alternation('related_headings')})\s*:?\s*$", re.I)


def related_list_days(paras: Sequence[_Line]) -> list[int]:
    """The date lines (kind ``dateline``) under a heading of related pieces
    (``_related_heading``) standing below the page's first line of text (lede or body):
    the items' teasers under it are read as text too (held-out 127), so the heading need
    not stand below the last one; above the text it is a sidebar's, left alone."""
    first_text = next((i for i, p in enumerate(paras) if p.kind in ("lede", "body")), None)
    if first_text is None:
        return []
    heading = next(
        (i for i, p in enumerate(paras) if i > first_text and _related_heading().match(p.raw)),
        None,
    )
    if heading is None:
        return []
    return [j for j in range(heading + 1, len(paras)) if paras[j].kind == "dateline"]


def mark_related_list_days(paras: Sequence[_Line]) -> None:
    """Label, in place, the days of a related pieces' list under its heading
    (``related_list_days``) boilerplate with role ``RELATED_ROLE``: no source of the
    page's date."""
    for j in related_list_days(paras):
        paras[j].kind, paras[j].role = "boilerplate", RELATED_ROLE


def mark_related_items(paras: Sequence[_Line], title_index: int) -> None:
    """Label, in place, the lines of the related items under the text (``related_item_spans``)
    boilerplate with role ``RELATED_ROLE`` (a day keeps its kind ``dateline``), so that their
    bylines name no writer of the page, when the page keeps a byline of its own outside them
    (a page whose only bylines stand in such items is left as it is); then the days of a
    list under a heading of related pieces (``mark_related_list_days``)."""
    mark_related_list_days(paras)
    spans = related_item_spans(paras, title_index)
    inside = {j for span in spans for j in span}
    own = [j for j, p in enumerate(paras) if p.role == "author" and j not in inside]
    if not inside or not own:
        return
    for j in sorted(inside):
        paras[j].role = RELATED_ROLE
        if paras[j].kind != "dateline":
            paras[j].kind = "boilerplate"
