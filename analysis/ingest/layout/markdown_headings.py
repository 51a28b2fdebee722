"""A headline a Markdown file prints as an ATX heading ("# Title", "## Title ##"): a web
clipper's or a reader's export (held-out 120: MarkDownload's note, Readwise's Obsidian
export), a static site's post source, a README-like note pasted from a wiki. The one to
six hashes opening the line, followed by a space, and the run of hashes closing it after a
space are the markup, not part of the headline (CommonMark's ATX heading).

A line whose hashes are not followed by a space ("#1 in Asia", a hashtag "#Vietnam ...")
or that holds nothing after them is left whole; hashes inside the headline ("Report #4")
are the headline's.

A wiki's source heading is marked the same way with equals signs, as many on each side
("= Title =", "== Title =="): a text dump of an encyclopedia article (MediaWiki markup
kept by an extractor, held-out 139's Wikipedia dump) prints its title so. The runs must
match and stand apart from the text by a space; "a = b" or "==>" are left whole."""

from __future__ import annotations

import re

#: An ATX heading: up to three spaces, one to six hashes, a space or tab, the text, and an
#: optional closing run of hashes after a space.
_ATX_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(?P<text>.*?)(?:[ \t]+#+)?[ \t]*$")

#: A wiki heading: one to six equals signs, a space, the text, a space and the same run.
_WIKI_HEADING = re.compile(r"^\s*(?P<marks>={1,6})[ \t]+(?P<text>[^=].*?)[ \t]+(?P=marks)\s*$")


def without_heading_marks(title: str) -> str:
    """The headline without the Markdown (or wiki) heading marks around it.

    >>> without_heading_marks("# Deputy FM: Vietnam Will Keep Its Seat")
    'Deputy FM: Vietnam Will Keep Its Seat'
    >>> without_heading_marks("## Talks on the river resume ##")
    'Talks on the river resume'
    >>> without_heading_marks("#1 in Asia for rice exports again")
    '#1 in Asia for rice exports again'
    >>> without_heading_marks("Travel pool report #4")
    'Travel pool report #4'
    >>> without_heading_marks("= River Ferry War =")
    'River Ferry War'
    >>> without_heading_marks("== Ferry fares = tolls ==")
    'Ferry fares = tolls'
    >>> without_heading_marks("= Ferry fares ==")
    '= Ferry fares =='
    """
    found = _ATX_HEADING.match(title) or _WIKI_HEADING.match(title)
    text = found.group("text").strip() if found else ""
    return text or title
