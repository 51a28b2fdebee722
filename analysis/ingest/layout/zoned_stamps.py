"""A headline under the page's own date line that closes on a clock time and its zone
(held-out 130).

News sites of the late 1990s and 2000s print the story's day and time on a line of their
own right over the headline, the clock closing the line with its zone: BBC News Online's
"Tuesday, 26 December, 2000, 09:12 GMT" / the headline / the picture's caption / the text.
The headline there had only the weak ``after_date`` feature and lost to the portal's bar at
the top of the page. The line right under (the next line of the file) a dateline closed by
a clock and its zone (``zoned_clock_stamps`` of ``data/header_scoring.yaml``) is the
headline (title feature ``under_zoned_stamp``). A stamp that opens with the clock
("17:03' 07/11/2007 (GMT+7)", VietNamNet's, printed under the headline and over the
lede) or has text after the zone is no such line."""

from __future__ import annotations

import re
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.ingest.layout.lines import Paragraph


@cache
def _zoned_clock() -> re.Pattern[str]:
    patterns = load_data_file("header_scoring.yaml").get("zoned_clock_stamps") or ["(?!)"]
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def under_zoned_stamp(paras: list[Paragraph], i: int) -> list[str]:
    """``["under_zoned_stamp"]`` when header line ``i`` stands on the line of the file right
    under a dateline that closes on a clock time and its zone, else ``[]``.

    >>> from analysis.ingest.layout.lines import split_lines
    >>> paras = split_lines("Friday, 3 March, 2001, 10:05 GMT\\nTalks open on river ports")
    >>> paras[0].kind = "dateline"
    >>> under_zoned_stamp(paras, 1)
    ['under_zoned_stamp']
    """
    if i == 0 or i >= len(paras):
        return []
    above = paras[i - 1]
    if above.kind != "dateline" or paras[i].line != above.line + 1:
        return []
    return ["under_zoned_stamp"] if _zoned_clock().search(above.text.strip()) else []
