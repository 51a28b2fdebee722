"""The headline's line when it is the site's own name (held-out 127: "The New Saudi Arabia"
heading a category page of thenewsaudiarabia.com, its tagline and items under it).

A page whose first line is its masthead saved as text may have that line read as its
headline; the furniture's names (``outlet_refine``) leave the headline's line out, since a
Title Case headline names no site. The line is offered to ``site_names`` whole when it is
short and shaped like a name (``NAME_MAX_WORDS`` words or fewer, no figure, every word
capitalised but the small joining words), and ``outlet_refine.name_for_domain`` takes it
only when its words, run together, spell the address's label: a headline that names
something else is never used."""

from __future__ import annotations

import re

#: The most words a site's name printed as the headline holds.
NAME_MAX_WORDS = 6

#: Small words a name may hold in lower case ("Voice of the People").
_JOINING = frozenset({"of", "the", "and", "for", "in", "on", "&"})

_WORD = re.compile(r"[A-Z][\w'’.-]*")


def title_line_name(text: str) -> str:
    """``text`` stripped when it is shaped like a site's name, else "".

    >>> title_line_name("The New Saudi Arabia")
    'The New Saudi Arabia'
    >>> title_line_name("Saudi and Vietnamese ministers discuss labour links")
    ''
    >>> title_line_name("Vietnam 2030 Forum")
    ''
    """
    words = text.split()
    if not 2 <= len(words) <= NAME_MAX_WORDS or any(c.isdigit() for c in text):
        return ""
    shaped = all(_WORD.fullmatch(w) or w in _JOINING for w in words) and _WORD.match(words[0])
    return text.strip() if shaped else ""
