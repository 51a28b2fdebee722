"""How far down a page its headline is looked for: the first ``2 * HEADER_REACH`` lines
that could hold it, up to the text's first line. The items of a menu printed one item a
line (``menus.in_menu_run``: "Front Page" / "World" / "Africa" / ... down a portal's left
column, as pages of the late 1990s and 2000s are saved) cannot, so they do not use up the
reach: a headline under a long menu is still read (held-out 130's BBC News Online page of
2000, its headline the 33rd line under twenty menu items)."""

from __future__ import annotations

from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.layout.menus import in_menu_run


def header_end(paras: list[Paragraph], first_prose: int, reach: int) -> int:
    """The end (exclusive) of the header of ``paras``: ``reach`` lines that are no item of
    a one-item-a-line menu, never past ``first_prose`` (the text's first line)."""
    limit, end, counted = min(first_prose, len(paras)), 0, 0
    while end < limit and counted < reach:
        counted += not in_menu_run(paras, end)
        end += 1
    return end
