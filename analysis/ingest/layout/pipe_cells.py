"""A bar's last cell: a line opened by a lone pipe and holding no other pipe ("| Joint
Standing Committee on Foreign Affairs, Defence and Trade") is what a page's bar of links
or its breadcrumb leaves when its first cells were images or links the paste dropped
(a parliament's committee page in its text-only view, held-out 100): a section's or a
body's name, never the page's headline. Such a line gains the title feature
``open_pipe_cell``. A table row ("| Headline | |", a related item's cell closed by its
pipe) is no such line: its headline is read as before."""

from __future__ import annotations

import re

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
