"""The site's own name on a page whose text names only a credit.

A page that credits the story's source ("TOKYO (AP) — ...", "Source: VNA", "July 9, 2020
by vietnamnet.vn") keeps that credit as its outlet until ``metadata.csv`` gives the page's
address; an unlisted site's address then names the outlet (``layout.url_outlets.outlet_from_url``)
and the credit goes to ``credited``. The README's rule ("How the gold names the outlet")
names the site by its own name printed on the page (masthead, footer, logo text) before
its address, so such a page keeps, in ``site_names``, the names its masthead-like lines
carry: lines of a few words with at most a word or two in lower case ("The Los Angeles
Post", "Make Chiangmai Mail | Bookmark", "© Agenzia Nova - Riproduzione riservata",
"Government Agency News Press release"). ``domain_sites.site_of_domain`` then takes the one
that spells the address's domain. A sentence naming the site ("Trevor Loudon's New Zeal
blog has moved to") or a photo credit closing a caption ("... at the new school. © Name /
Naval News") is no masthead and names nothing; the credit itself ("Source: VNA", one word
in capitals) never spells an unlisted domain, so it stays in ``credited``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from analysis.core.text import alnum_key, normalize_text
from analysis.ingest.line_evidence import PageArticle, name_runs

#: The most words a masthead-like line (or one of its cells, see ``_CELL_SPLIT``) holds.
MAST_WORDS = 8
#: The most words in lower case it holds ("Press release", "Riproduzione riservata"): a
#: sentence naming the site holds more ("... blog has moved to").
MAST_LOWER_WORDS = 2
#: How many masthead names are kept.
MAST_NAMES = 8

#: The separators between a header row's cells: "Make Chiangmai Mail | Bookmark".
_CELL_SPLIT = re.compile(r"\s[|•·]\s")
#: A word in lower case (letters only): "release", "riservata"; never "©", "-", "2024".
_LOWER_WORD = re.compile(r"[^\W\d_A-ZÀ-Ỹ][^\W\d_]*")


def masthead_like(cell: str) -> bool:
    """Whether a line's cell is short and nearly all capitalised words, as a masthead,
    a site label or a copyright line is, and not a sentence.

    >>> masthead_like("© Agenzia Nova - Riproduzione riservata")
    True
    >>> masthead_like("Trevor Loudon's New Zeal blog has moved to")
    False
    >>> masthead_like("The school has two boats. © Rizal Pratama / Naval News")
    False
    """
    words = cell.split()
    lower = sum(1 for w in words if _LOWER_WORD.fullmatch(w.strip(".,;:!?'’\"()")))
    return 0 < len(words) <= MAST_WORDS and lower <= MAST_LOWER_WORDS


def masthead_names(texts: Iterable[str]) -> list[str]:
    """The runs of capitalised words (``line_evidence.name_runs``) of the masthead-like
    cells of ``texts`` (the page's furniture lines), first seen first, at most
    ``MAST_NAMES``."""
    cells = (c for t in texts for c in _CELL_SPLIT.split(normalize_text(t).strip()))
    runs = (n for c in cells if masthead_like(c) for n in name_runs(c))
    return list(dict.fromkeys(runs))[:MAST_NAMES]


#: The kinds of paragraph that are no furniture: the article's text, its headline (a Title
#: Case headline names no site), photo captions, and the credit line itself ("Source: Lao
#: Tribune" names the story's source, which is already the outlet, not the site's masthead).
_NOT_FURNITURE = frozenset({"lede", "body", "heading", "title", "caption", "credit"})


def note_masthead_names(article: PageArticle) -> None:
    """Add to ``article.site_names`` (and note in ``outlet_source``) the names of its
    furniture's masthead-like lines (``masthead_names``); ``outlet_refine`` calls it when
    the text names only a credit."""
    furniture = [p.text for p in article.paragraphs if p.kind not in _NOT_FURNITURE]
    names = [n for n in masthead_names(furniture) if n not in article.site_names]
    if names:
        article.site_names.extend(names)
        note = "the site's names its masthead-like lines carry: " + " | ".join(names)
        before = article.outlet_source
        article.outlet_source = f"{before}; {note}" if before else note


#: Words a name's initials skip: "The Los Angeles Post" is lapost.com.
_SKIPPED_WORDS = frozenset({"the"})


def initials_spelling(label: str, names: Iterable[str]) -> str:
    """The name among ``names`` whose first words' initials and last words whole spell
    the domain's first ``label`` (letters only): at least two initials and a last part of
    three letters or more, from a name of three words or more (a leading "The" aside).

    >>> initials_spelling("lapost", ["World News", "The Los Angeles Post"])
    'The Los Angeles Post'
    >>> initials_spelling("lapost", ["Los Angeles Times"])
    ''
    >>> initials_spelling("nytimes", ["New York Times"])
    'New York Times'
    """
    target = alnum_key(label)
    for name in names:
        words = [alnum_key(w) for w in name.split()]
        words = words[1:] if words and words[0] in _SKIPPED_WORDS else words
        if len(words) < 3 or not all(words):
            continue
        for cut in range(2, len(words)):
            rest = "".join(words[cut:])
            if len(rest) >= 3 and "".join(w[0] for w in words[:cut]) + rest == target:
                return name
    return ""
