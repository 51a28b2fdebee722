"""A headline a Markdown file prints as an ATX heading ("# Title", "## Title ##"): a web
clipper's or a reader's export (held-out 120: MarkDownload's note, Readwise's Obsidian
export), a static site's post source, a README-like note pasted from a wiki. The one to
six hashes opening the line, followed by a space, and the run of hashes closing it after a
space are the markup, not part of the headline (CommonMark's ATX heading).

A line whose hashes are not followed by a space ("#1 in Asia", a hashtag "#Vietnam ...")
or that holds nothing after them is left whole; hashes inside the headline ("Report #4")
are the headline's."""

from __future__ import annotations

import re

#: An ATX heading: up to three spaces, one to six hashes, a space or tab, the text, and an
#: optional closing run of hashes after a space.
_ATX_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(?P<text>.*?)(?:[ \t]+#+)?[ \t]*$")


def without_heading_marks(title: str) -> str:
    """The headline without the Markdown heading marks around it.

    >>> without_heading_marks("# Deputy FM: Vietnam Will Keep Its Seat")
    'Deputy FM: Vietnam Will Keep Its Seat'
    >>> without_heading_marks("## Talks on the river resume ##")
    'Talks on the river resume'
    >>> without_heading_marks("#1 in Asia for rice exports again")
    '#1 in Asia for rice exports again'
    >>> without_heading_marks("Travel pool report #4")
    'Travel pool report #4'
    """
    found = _ATX_HEADING.match(title)
    text = found.group("text").strip() if found else ""
    return text or title
