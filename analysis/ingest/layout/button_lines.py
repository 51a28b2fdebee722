"""A reader's button left on a page's first lines is no site's name.

A page saved from a browser or an app keeps the labels of its buttons and links, often
on its first lines, in title case: "Read More", "Log In", "Click Here", "Download
Citation", "Sign Up For Our Newsletter", "Show Comments", "Read Complete Research Material"
(an essay site's button between its headline and the headline again, held-out 124). Such a
short capitalised line looks like a masthead to ``site_name_lines.site_name_line``, and an
unlisted page would take it as the site's name. A button's label opens with a verb in
the imperative (``button_verbs`` of ``data/page_layout.yaml``); a site's name does not
("Open Development Cambodia", "Tap chi Cong san", "Save the Children" keep their first
words out of that list).
"""

from __future__ import annotations

import re
from functools import cache

from analysis.ingest.page_rules import layout_alternation


@cache
def _button_verb() -> re.Pattern[str]:
    return re.compile(rf"^\W*(?:{layout_alternation('button_verbs')})(?!\w)", re.I)


def button_line(text: str) -> bool:
    """Whether ``text`` opens with a button's verb in the imperative.

    >>> button_line("Read Complete Research Material")
    True
    >>> button_line("Sign Up For Our Newsletter")
    True
    >>> button_line("Reader's Digest Asia")
    False
    >>> button_line("The Delta Read")
    False
    """
    return bool(_button_verb().match(text))
