"""A forum post's subject under its icon's line (fix38a, held-out 130).

vBulletin prints a post's head as the post icon's image, its alt text glued to the post's
subject: "Default Hanoi's Border Treaties ..." (``post_icon_alts`` of
``data/header_scoring.yaml``: vBulletin's "Default" icon). A member pasting an article
then prints its headline again as the post's first line, and the page's text copy keeps
both. The line right under the icon's line that is the icon's line without the alt text
is the post's subject, the headline (title feature ``under_post_icon``): on the forum
page of 2003 it lost to the first heading of the article's contents list, printed twice
too. A line that only starts like the line above, or a line under "Default" alone, is no
such subject."""

from __future__ import annotations

import re
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.core.text import normalize_text
from analysis.ingest.layout.lines import Paragraph


@cache
def _icon_alt() -> re.Pattern[str]:
    alts = load_data_file("header_scoring.yaml").get("post_icon_alts") or ["(?!)"]
    return re.compile(r"^(?:" + "|".join(alts) + r")\s+(?P<subject>\S.*)$")


def under_post_icon(paras: list[Paragraph], i: int) -> list[str]:
    """``["under_post_icon"]`` when header line ``i`` repeats the subject of the post
    icon's line right above it ("Default <subject>" / "<subject>"), else ``[]``.

    >>> from analysis.ingest.layout.lines import split_lines
    >>> paras = split_lines("Default River ports of the delta\\nRiver ports of the delta")
    >>> under_post_icon(paras, 1), under_post_icon(paras, 0)
    (['under_post_icon'], [])
    """
    if i == 0 or i >= len(paras) or paras[i].line > paras[i - 1].line + 2:
        return []
    found = _icon_alt().match(normalize_text(paras[i - 1].text).strip())
    subject = found.group("subject").casefold() if found else ""
    same = subject and subject == normalize_text(paras[i].text).strip().casefold()
    return ["under_post_icon"] if same else []
