"""A forum thread's title over its starter line (fix38a, held-out 130).

Forum software prints the thread's title and, right under it, one line naming the forum,
the member who started the thread and the day: XenForo's "Discussion in 'World News'
started by Name, Aug 14, 2008." (in a Vietnamese board's interface "Chủ đề trong 'Anh
(English Club)' bởi login, 14/08/2008."), XenForo 2's "Thread starter Name Start date
...", phpBB's "Post by login » Thu Aug 14, 2008 9:42 pm". A forum's page saved as text
keeps the line, so the line right over it (the next line, one blank line between at
most) is the thread's
title, in whatever language the forum is written over pasted text of another (title
feature ``over_thread_starter``; the lines in ``thread_starter_lines`` of
``data/header_scoring.yaml``). The starter line dates the thread; the member's login
names no writer: the line is labelled a dateline (``label_starter_lines``), so that it is
read as the header's date line, not taken for the text's first paragraph."""

from __future__ import annotations

import re
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.core.text import normalize_text
from analysis.ingest.layout.lines import Paragraph


@cache
def _starter_line() -> re.Pattern[str]:
    patterns = load_data_file("header_scoring.yaml").get("thread_starter_lines") or ["(?!)"]
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def thread_starter_line(text: str) -> bool:
    """Whether ``text`` is a forum's starter line (forum, member and day), whole.

    >>> thread_starter_line("Discussion in 'Asia' started by lan_h, Aug 14, 2008.")
    True
    >>> thread_starter_line("Talks started by the two ministers in Hanoi, officials said.")
    False
    """
    return bool(_starter_line().fullmatch(normalize_text(text).strip()))


def over_thread_starter(paras: list[Paragraph], i: int) -> list[str]:
    """``["over_thread_starter"]`` when header line ``i`` stands right over a forum's
    starter line (the next line, one blank line between at most), else ``[]``.

    >>> from analysis.ingest.layout.lines import split_lines
    >>> paras = split_lines("Mekong ports\\nDiscussion in 'Asia' started by lan_h, 3/5/2009.")
    >>> over_thread_starter(paras, 0)
    ['over_thread_starter']
    """
    if i + 1 >= len(paras) or paras[i + 1].line > paras[i].line + 2:
        return []
    return ["over_thread_starter"] if thread_starter_line(paras[i + 1].text) else []


def label_starter_lines(paras: list[Paragraph]) -> None:
    """Label every unlabelled forum starter line a dateline (in place): the thread's day
    over the post, not the first paragraph of its text.

    >>> from analysis.ingest.layout.lines import split_lines
    >>> paras = split_lines("Mekong ports\\nDiscussion in 'Asia' started by lan_h, 3/5/2009.")
    >>> label_starter_lines(paras)
    >>> [p.kind for p in paras]
    ['', 'dateline']
    """
    for p in paras:
        if not p.kind and thread_starter_line(p.text):
            p.kind = "dateline"
