"""A site's name printed with a word around it (held-out 128).

Sites print their names with an article before and a word of their own after: a paper's
old template under its headline ("The Independent Online"), an archive's footer ("Orlando
Sentinel Articles"), a logo's alt text in title case ("Tapesearch Logo"). The name that
spells the site's address is the words between: ``name_for_domain`` compares the letters
of a name's words with the domain's label, so the article and the site word kept it from
matching, and a lone word ("Tapesearch") is only taken when it is the whole name.

``bare_site_name`` drops a site word closing a name (``_SITE_WORDS``); ``article_spelling``
finds a name that spells the label once its opening "The" is set aside, and keeps the
article ("The Independent" for independent.co.uk). ``site_name_headings`` hands over the
short lines the reader labelled headings that are one run of capitalised words closed by
a site word and nothing else ("Orlando Sentinel Articles" at a page's foot), so the
spelling can try them: a plain subheading that happens to spell the domain ("Latam
Reports" over a section) is left alone, and only a name that spells the domain is taken.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from analysis.ingest.line_evidence import name_runs

if TYPE_CHECKING:  # the layout package imports this module through outlet_refine
    from analysis.ingest.layout.lines import Paragraph

#: Words a site prints after its name: "<Name> Online", "<Name> Articles", "<Name> Logo".
_SITE_WORDS = re.compile(r"\s+(?:online|articles|archives?|logo|badge|website|web site)$", re.I)

#: The article a name may open with, set aside for the spelling and kept in the name.
_ARTICLE = re.compile(r"^the\s+", re.I)

#: The most words of a heading handed over as a possible site name.
HEADING_NAME_MAX_WORDS = 5


def bare_site_name(name: str) -> str:
    """``name`` without a site word closing it.

    >>> bare_site_name("Tapesearch Logo")
    'Tapesearch'
    >>> bare_site_name("The Independent Online")
    'The Independent'
    >>> bare_site_name("Online Safety Bill")
    'Online Safety Bill'
    """
    return _SITE_WORDS.sub("", name.strip())


def article_spelling(label: str, names: Sequence[str]) -> str:
    """The first of ``names`` (site words dropped) that opens with "The" and whose other
    words spell ``label`` (letters only, any case), the article kept; else "".

    >>> article_spelling("independent", ["The Independent Online"])
    'The Independent'
    >>> article_spelling("independent", ["The Independent Review"])
    ''
    """
    for name in names:
        bare = bare_site_name(name)
        rest = _ARTICLE.sub("", bare)
        if rest != bare and "".join(c for c in rest.casefold() if c.isalnum()) == label:
            return bare
    return ""


def site_name_headings(paras: Sequence[Paragraph]) -> list[str]:
    """The lines labelled headings that are one run of capitalised words closed by a site
    word, whole, of ``HEADING_NAME_MAX_WORDS`` words or fewer: a site's name line.

    >>> from analysis.ingest.layout.lines import Paragraph
    >>> line = Paragraph("Orlando Sentinel Articles", "Orlando Sentinel Articles", 15, 9, "heading")
    >>> site_name_headings([line])
    ['Orlando Sentinel Articles']
    """
    found = []
    for p in paras:
        text = p.text.strip()
        if p.kind != "heading" or len(text.split()) > HEADING_NAME_MAX_WORDS:
            continue
        if name_runs(text) == [text] and bare_site_name(text) != text:
            found.append(text)  # "Orlando Sentinel Articles": a name and its site word
    return found
