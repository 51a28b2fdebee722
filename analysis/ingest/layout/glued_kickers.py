"""(held-out 104) A live page's kicker run into its headline with no space between.

A news site's live page prints a short label over its headline, the story's running
name ("Mekong Summit"), in its own box; a proxy or a copy that drops the box runs the
label straight into the headline: "Mekong SummitLeaders Pledge Shared Flood Warnings at
River Talks in Vientiane". The headline is the part after the glue.

A chosen headline is split when it opens with a kicker of two to four capitalised words
(short joining words such as "in" or "of" between them), the last one ending in
``MIN_TAIL_LETTERS`` lower-case letters or more and run into a capitalised word, and the
rest is a headline in title case (``twice_printed.title_cased``) of ``MIN_REST_WORDS``
words or more. A brand written in one word with a capital inside ("VinFast",
"PetroVietnam", "YouTube") has too few lower-case letters before its inner capital, or
a rest in sentence case, and is left whole.
"""

from __future__ import annotations

import re

from analysis.ingest.layout.twice_printed import title_cased

#: The fewest lower-case letters closing the kicker's last word right before the glue.
MIN_TAIL_LETTERS = 5

#: The fewest words of the headline after the kicker.
MIN_REST_WORDS = 4

_GLUED = re.compile(
    r"^(?P<kicker>[A-Z][\w'’-]*(?: (?:[a-z]{1,3} )?[A-Z][\w'’-]*){1,3}?)"
    rf"(?<=[a-z]{{{MIN_TAIL_LETTERS}}})(?P<rest>[A-Z][a-z]{{2,}}(?: \S+){{{MIN_REST_WORDS - 1},}})$"
)


def without_glued_kicker(title: str) -> str:
    """``title`` without a live page's kicker run into it, else ``title`` unchanged.

    >>> without_glued_kicker("Mekong SummitLeaders Pledge Shared Flood Warnings at Talks")
    'Leaders Pledge Shared Flood Warnings at Talks'
    >>> without_glued_kicker("Russia and PetroVietnam Extend Their Gas Deal")
    'Russia and PetroVietnam Extend Their Gas Deal'
    """
    found = _GLUED.match(title.strip())
    if found is None or not title_cased(found.group("rest")):
        return title
    return found.group("rest")
