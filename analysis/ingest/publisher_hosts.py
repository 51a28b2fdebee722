"""A publisher's platform named by the publisher its pages print: "Published by <Name>".

A journal platform's article page (sapub.org, held-out 134) heads the page with its
journal's name ("Resources and Environment"), which the layout reader takes as the site's
name; the journal shares nothing with the host, so the address named the outlet. The
zoo's rule (``tests/data/layouts/README.md``): a publisher's platform of many journals is
named by the publisher, and a site's own name that its address spells names the site
wherever the page's furniture prints it. When the address would name the outlet over an
unlisted site-name line, a line of the page that says "Published by <Name>" (a copyright
notice) whose name the host's label spells (``host_spells``: the name's letters, its
words' initials, or the first words' initials and the start of the rest: "Scientific &
Academic Publishing" for sapub.org) names the outlet.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.core.text import alnum_key

#: "Published by <Name>" (the name runs to a comma, a stop, a bracket or a sign).
_PUBLISHED_BY = re.compile(r"\bpublished by:?\s+(?:the\s+)?(?P<name>[A-Z][^,.;:©()]{2,80})", re.I)

#: Small words a name's initials skip ("Scientific & Academic Publishing").
_JOINING_WORDS = frozenset({"of", "and", "for", "the", "&", "in", "on"})

#: The fewest letters of a host's label, and of the start of the name's last words it
#: spells after the initials ("pub" of "Publishing").
MIN_LETTERS = 3


def host_spells(label: str, name: str) -> bool:
    """Whether the host's ``label`` spells ``name``: its letters, its words' initials, or
    its first words' initials then the start of the rest (``MIN_LETTERS`` or more).

    >>> host_spells("sapub", "Scientific & Academic Publishing"), host_spells("sapub", "Sapub")
    (True, True)
    """
    target = alnum_key(label)
    words = [alnum_key(w) for w in name.split() if w.casefold() not in _JOINING_WORDS]
    words = [w for w in words if w]
    if len(target) < MIN_LETTERS or not words:
        return False
    if "".join(words) == target or "".join(w[0] for w in words) == target:
        return True
    for cut in range(1, len(words)):
        head = "".join(w[0] for w in words[:cut])
        tail = target[len(head) :]
        if target.startswith(head) and len(tail) >= MIN_LETTERS and words[cut].startswith(tail):
            return True
    return False


def published_by_host(domain: str, texts: Sequence[str]) -> str:
    """The name after "Published by" on a line of ``texts`` that the host's label spells
    (``host_spells``), as printed; "" when none does.

    >>> published_by_host("sapub.org", ["Copyright © 2019 The Author(s). Published by "
    ...                                  "Scientific & Academic Publishing."])
    'Scientific & Academic Publishing'
    >>> published_by_host("example.org", ["Published by Scientific & Academic Publishing."])
    ''
    """
    label = domain.split(".")[0]
    for text in texts:
        for found in _PUBLISHED_BY.finditer(text):
            name = found.group("name").strip()
            if host_spells(label, name):
                return name
    return ""


#: The outlet kind of a publisher's name its address spells (``host_names.SITE_KIND``).
_SITE_KIND = "site"


def platform_publisher(domain: str, texts: Sequence[str]) -> dict[str, str] | None:
    """The outlet fields of a page on the unlisted host ``domain`` whose ``texts`` say it
    is published by a name the host spells (``published_by_host``); None otherwise."""
    name = published_by_host(domain, texts) if domain else ""
    if not name:
        return None
    return {
        "outlet": name,
        "outlet_source": f"the page says it is published by {name!r}, the name its address "
        f"{domain!r} spells",
        "outlet_kind": _SITE_KIND,
    }
