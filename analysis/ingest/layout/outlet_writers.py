"""The page's own outlet named where a writer stands ("By Fruit Trade Weekly", "Name, Fruit
Trade Weekly" under the headline of the site of that name): the site credits itself, which
names no writer (the zoo README's author rules: a desk, even one named after the outlet,
is no writer). Read after the outlet and the writers (``layout.read_article``)."""

from __future__ import annotations

import re

from analysis.core.text import normalize_text
from analysis.ingest.layout.lines import Article


def outlet_key(name: str) -> str:
    """A name as one outlet's identity: folded, spaces joined, a leading "The" off.

    >>> outlet_key("The  Fruit Trade Weekly"), outlet_key("fruit trade weekly")
    ('fruit trade weekly', 'fruit trade weekly')
    """
    return re.sub(r"^the\s+", "", normalize_text(name).casefold().strip())


def drop_outlet_writers(article: Article) -> None:
    """Take out of ``article.author`` every name that is the page's outlet as read
    (``article.outlet``) and that the page prints on a line other than a byline (its
    masthead, a site-name line); the other writers stay, in their order. An outlet read
    from the writer's own line only (a name alone taken for the site's: "Ingrid Solberg"
    over an institute's name; a forwarded newsletter's sender, "From: ASEAN Briefing <...>")
    proves nothing, and the writers are left as they are."""
    outlet = outlet_key(article.outlet or "")
    if not any(p.kind != "byline" and outlet in outlet_key(p.text) for p in article.paragraphs):
        return
    names = [n.strip() for n in (article.author or "").split(";") if n.strip()]
    kept = [n for n in names if outlet_key(n) != outlet]
    if outlet and len(kept) < len(names):
        article.author = "; ".join(kept)
        article.author_source += " (the page's outlet named as a writer left out)"
