"""A blog's bilingual banner over an English page: a line mixing another script with
English ("សូមស្តាប់វិទ្យុ... Please read more Khmer news and listen to ... Radio.", held-out
98: a Cambodian blog's notice under its slogan). Long and closed by a stop, the line read
as the page's first paragraph of text, so the header ended above the post's date and
headline and the blog's slogan was taken for the headline.

A header line (among the first ``BANNER_REACH`` paragraphs) whose letters are of another
script than the Latin one in ``BANNER_SCRIPT_SHARE`` or more, over running text with
(almost) none (below ``TEXT_SCRIPT_SHARE``), is furniture (``boilerplate``). A page in
that script, or one alternating it with English paragraphs, keeps its lines.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from analysis.ingest.layout.lines import Paragraph

#: How many paragraphs from the page's top are read for a banner.
BANNER_REACH = 4

#: The least share of a banner's letters in another script than the Latin one.
BANNER_SCRIPT_SHARE = 0.2

#: The most share of the running text's letters in another script.
TEXT_SCRIPT_SHARE = 0.02

#: How many paragraphs below the banner are read as the running text.
TEXT_SAMPLE = 12

#: The fewest letters of that running text for its script to be read.
TEXT_MIN_LETTERS = 200


@cache
def _latin(char: str) -> bool:
    return unicodedata.name(char, "").startswith("LATIN")


def other_script_share(text: str) -> float:
    """The share of ``text``'s letters of another script than the Latin one.

    >>> other_script_share("Ferry news")
    0.0
    >>> other_script_share("សូម Ferry") > 0.2
    True
    """
    letters = [ch for ch in text if ch.isalpha()]
    return sum(not _latin(ch) for ch in letters) / len(letters) if letters else 0.0


def label_script_banners(paras: list[Paragraph]) -> None:
    """Label a header line mixing another script with English over running text in the
    Latin script (see the module's docstring) as ``boilerplate``."""
    for i, p in enumerate(paras[:BANNER_REACH]):
        if p.kind or other_script_share(p.text) < BANNER_SCRIPT_SHARE:
            continue
        below = " ".join(q.text for q in paras[i + 1 : i + 1 + TEXT_SAMPLE])
        enough = sum(ch.isalpha() for ch in below) >= TEXT_MIN_LETTERS
        if enough and other_script_share(below) < TEXT_SCRIPT_SHARE:
            p.kind = "boilerplate"
