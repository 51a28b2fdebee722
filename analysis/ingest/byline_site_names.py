"""The site's name opening a byline before the writer's: "By UN Journal Park Sung-ho".

Some sites credit their own staff with the site's name before the writer's ("By UN
Journal Park Sung-ho", "By Delta Times Nguyen Lan"). A page whose text names no outlet,
or only a credit, keeps in ``site_names`` the byline's leading run of words (two words or
more) that leaves a person's name after it ("UN Journal" before "Park Sung-ho");
once ``metadata.csv`` gives the page's address, ``domain_sites.site_of_domain`` takes
the run that spells the unlisted domain (unjournal.kr) and leaves the others unused. A
byline that is the writer's name alone ("By John Harbour" on johnharbour.net, a writer's
own site named by its address) gives no run, and neither does a desk's credit ("By LatAm
Reports Editor": a role, no person's name, follows the site's name; the README names no
writer there, and the site stays named by its address).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from analysis.core.text import normalize_text
from analysis.ingest.bylines import looks_like_name
from analysis.ingest.line_evidence import PageArticle
from analysis.ingest.page_rules import Rules

#: A byline: "By" and capitalised words (no figures, no bar), the whole line.
_BYLINE = re.compile(r"^\s*by:?\s+(?P<rest>[A-Z][^\d|@:]{3,80}?)\s*$", re.I)
#: The fewest words of a run kept as a possible site's name.
RUN_MIN_WORDS = 2
#: The kinds of paragraph that hold a credit or furniture (the text's paragraphs are read
#: only for a byline kind).
_TEXT_KINDS = frozenset({"lede", "body"})
_CREDIT_KINDS = frozenset({"credit", "byline"})


def leading_runs(text: str, is_name: Callable[[str], bool]) -> list[str]:
    """The shortest run of a byline's first words (two or more) that leaves a person's
    name after it (``is_name``), as a list of one, or [].

    >>> person = lambda t: t in {"Park Sung-ho", "John Harbour"}
    >>> leading_runs("By UN Journal Park Sung-ho", person)
    ['UN Journal']
    >>> leading_runs("By John Harbour", person)
    []
    >>> leading_runs("By LatAm Reports Editor", person)
    []
    """
    found = _BYLINE.match(normalize_text(text))
    words = found.group("rest").split() if found else []
    if not all(w[:1].isupper() for w in words):
        return []
    runs = (k for k in range(RUN_MIN_WORDS, len(words)) if is_name(" ".join(words[k:])))
    first = next(runs, 0)  # the shortest run: the longest name after it ("Le Van Minh")
    return [" ".join(words[:first])] if first else []


def note_byline_site_names(article: PageArticle, rules: Rules) -> None:
    """Add to ``article.site_names`` the leading runs (``leading_runs``, a person's name
    by ``bylines.looks_like_name``) of the bylines over the text, when the text named no
    outlet or only a credit; ``outlet_refine`` calls it last."""
    if article.outlet and article.outlet_kind not in _CREDIT_KINDS:
        return
    runs: list[str] = []
    for p in article.paragraphs:
        if p.kind in _TEXT_KINDS:
            break
        runs += leading_runs(p.text, lambda rest: looks_like_name(rest, rules))
    names = [n for n in dict.fromkeys(runs) if n not in article.site_names]
    article.site_names.extend(names)
