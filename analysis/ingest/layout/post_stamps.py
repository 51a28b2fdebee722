"""A social post's stamp and the name over it (held-out 99).

A platform prints the page's or member's name, then the post's day or age closed by a
middot or bullet (the audience icon or menu after it is lost when the text is saved:
"Embassy of X - Embajada de X" / "Apr 20, 2024  · " / the post). The name line, right over
the stamp, reads as a headline over its dateline; it is the poster, never the post's
headline (title feature ``over_post_stamp``). The stamps are ``post_stamp_lines`` of
``data/header_scoring.yaml`` (whole line, any case): a plain dateline with no dangling
mark, "Updated ..." and agency datelines are no stamps."""

from __future__ import annotations

import re
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.core.text import normalize_text
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.page_rules import alternation


@cache
def _stamp() -> re.Pattern[str]:
    patterns = load_data_file("header_scoring.yaml").get("post_stamp_lines") or []
    return re.compile(rf"^(?:{alternation(patterns)})$", re.I)


def post_stamp(text: str) -> bool:
    """Whether ``text`` is a social post's stamp (see the module's docstring).

    >>> post_stamp("Apr 20, 2024  · "), post_stamp("3d • "), post_stamp("Apr 20, 2024")
    (True, True, False)
    """
    return bool(_stamp().match(normalize_text(text).strip()))


def over_post_stamp(paras: list[Paragraph], i: int) -> list[str]:
    """``["over_post_stamp"]`` when the line right under header line ``i`` is a post's stamp."""
    below = paras[i + 1] if i + 1 < len(paras) else None
    return ["over_post_stamp"] if below is not None and post_stamp(below.text) else []
