"""A bar's last cell: a line opened by a lone pipe and holding no other pipe ("| Joint
Standing Committee on Foreign Affairs, Defence and Trade") is what a page's bar of links
or its breadcrumb leaves when its first cells were images or links the paste dropped
(a parliament's committee page in its text-only view, held-out 100): a section's or a
body's name, never the page's headline. Such a line gains the title feature
``open_pipe_cell``. A table row ("| Headline | |", a related item's cell closed by its
pipe) is no such line: its headline is read as before.

(held-out 107) A photo caption closed by a table cell's bar ("... (Photo: Name) |") on a
page's first line: such a cell holds a picture of the article's body, which the page's
CMS prints below the headline and the standfirst, so the page was pasted from inside its
text and the short line right under the caption is a subheading ("Multilateral
diplomacy"), never the headline (title feature ``under_caption_cell``). A standfirst
under a caption is ``under_opening_caption``'s. (fix42a) Lines without a letter or digit
over the caption (an empty image cell, "![]() |") do not count: the caption is still the
page's first line of text (held-out 141's koreatimes copy, saved from its photo)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol


class _Para(Protocol):
    kind: str
    text: str


#: A letter or digit: a line without one (an empty image cell "![]() |") is no text.
_WORD = re.compile(r"[^\W_]")

#: A pipe opening the line, then text without another pipe.
_OPEN_CELL = re.compile(r"^\s*\|\s+[^|\s][^|]*$")


def open_pipe_cell(text: str) -> bool:
    """Whether ``text`` is opened by a lone pipe and holds no other pipe.

    >>> open_pipe_cell("| Joint Committee on Trade"), open_pipe_cell("| Talks end | |")
    (True, False)
    >>> open_pipe_cell("Asia | Talks end")
    False
    """
    return bool(_OPEN_CELL.match(text))


def under_caption_cell(paras: Sequence[_Para], index: int) -> bool:
    """Whether line ``index`` is the second of the page, right under a first line read as a
    caption and closed by a table cell's bar (the module's docstring).

    >>> from types import SimpleNamespace as P
    >>> cell = P(kind="caption", text="Officers at the meeting. (Photo: Thu Trang) |")
    >>> under_caption_cell([cell, P(kind="", text="Consular work")], 1)
    True
    >>> under_caption_cell([P(kind="caption", text="Photo: Ted Ali/AFP"), cell], 1)
    False
    >>> other = P(kind="caption", text="Các đại biểu tại hội nghị. (Ảnh: Thu Trang) |")
    >>> under_caption_cell([other, P(kind="", text="Consular work")], 1)
    True
    >>> image = P(kind="boilerplate", text="![]() |")  # an empty image cell over it (fix42a)
    >>> under_caption_cell([image, cell, P(kind="", text="Consular work")], 2)
    True
    """
    start = next((i for i, p in enumerate(paras[:index]) if _WORD.search(p.text)), index)
    first = paras[start] if index == start + 1 else None
    return first is not None and first.kind == "caption" and first.text.rstrip().endswith("|")
