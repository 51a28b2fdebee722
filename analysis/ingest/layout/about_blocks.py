"""(held-out 93) A site's "About <Name>" block naming the site.

Small news and repost sites close their pages with a short block on themselves: a heading
"About TCS News", then a line opening with the same name that says what it is or does
("TCS News was founded to support ... We provide regular news articles, opinions ...").
The name is the site's own, printed on the page, so it names the outlet when nothing
else on the page does (``unlisted.unlisted_outlet``, the last of its finders). A press
release's "About <Company>" / "<Company> is a leading maker of ..." describes its issuer,
not the site: the block is read only when its name or the line under it speaks of
publishing (``about_block_publishing_words`` of ``data/page_layout.yaml``); and a
writer's note ("About Aaron Kwok" / "Aaron Kwok is the Asia correspondent for Defense
News.") only when the name itself is a publisher's: a name that reads as a person's
(``bylines.looks_like_name``) must hold a publishing word itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from analysis.core.text import normalize_text
from analysis.ingest.bylines import looks_like_name
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.page_rules import Rules, layout_alternation

#: A heading "About <Name>": one to six capitalised words (joined by "of", "and", "&").
_ABOUT = re.compile(
    r"^About\s+(?P<name>(?:The\s+)?[A-Z0-9][\w&.'’-]*(?:\s+(?:of\s+|and\s+|&\s+)?"
    r"[A-Z0-9][\w&.'’-]*){0,5})\s*:?$"
)

#: What the line under the heading says of the name: it is, was founded, publishes ...
_SAYS = r"\s+(?:is|was|has been|are|were|publishes|provides|offers|covers|brings|aims)\b"


@cache
def _publishing() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + layout_alternation("about_block_publishing_words") + r")\b", re.I)


def _publisher(name: str, below: str, rules: Rules) -> bool:
    """The block's name is a publisher's: a publishing word in the name, or in the line
    under it when the name does not read as a person's."""
    if _publishing().search(name):
        return True
    return bool(_publishing().search(below[:300])) and not looks_like_name(name, rules)


def about_block_name(paras: Sequence[Paragraph], rules: Rules) -> tuple[int, str] | None:
    """The heading's index and the site's name of the page's "About <Name>" block (see
    the module's docstring), or None."""
    for i, p in enumerate(paras[:-1]):
        found = _ABOUT.match(normalize_text(p.text))
        if found is None:
            continue
        name = found.group("name")
        below = normalize_text(paras[i + 1].text)
        opens = re.match(r"(?:The\s+)?" + re.escape(re.sub(r"^The\s+", "", name)) + _SAYS, below)
        if opens and _publisher(name, below, rules):
            return i, name
    return None
