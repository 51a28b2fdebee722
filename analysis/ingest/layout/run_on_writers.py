"""The writers a journal article's first page, run into one line, prints after its title
with affiliation numbers (held-out 91; the class of held-out 82's fdokumen page).

A document store's or a text library's copy of a journal PDF runs the first page into one
line: "... MANUSCRIPT <title> Minh Chau Vu 1 · Quoc Bao Tran 1 © The Author(s) ...", "...
<title> Jonas Weidner1 Leipzig Graduate School ...". ``title_page_writers.run_on_name``
reads one name closed by a note mark ("*"); here the mark is the affiliation's number,
glued to the name ("Weidner1") or apart and followed by the separator of the next name
(" · ") or the copyright sign, and the names after the first, joined by " · ", are the
co-writers. Every name must read as one (``bylines.looks_like_name``)."""

from __future__ import annotations

import re

from analysis.core.text import count_words, normalize_text
from analysis.ingest.bylines import looks_like_name
from analysis.ingest.page_rules import Rules

#: Two to four capitalised words, then the affiliation's number: glued to the last word
#: and followed by a space, or apart and followed by " · " or "©" (a number before other
#: words may be a page's or a year's).
_NUMBERED_NAME = re.compile(
    r"\s*(?P<name>[A-Z][\w'’-]*[^\W\d_](?:\s[A-Z][\w'’-]*[^\W\d_]){1,3})"
    r"(?:\d{1,2}(?=\s)|\s\d{1,2}(?=\s*[·©]))"
)

#: The separator between two numbered names: a middle dot.
_NEXT = re.compile(r"\s*·")

#: The most writers read from one run.
MAX_RUN_WRITERS = 6


#: A site's or a store's name closing a document's title after a dash or a bar ("<title> -
#: Viet-Studies"), before the title is cleaned of it.
_SITE_SUFFIX = re.compile(r"\s+[-–—|]\s+(?:(?!\s[-–—|]\s).){2,40}$")


def _title_forms(title: str) -> list[str]:
    """``title`` as chosen, then without a site's name closing it."""
    head = normalize_text(title).strip()
    bare = _SITE_SUFFIX.sub("", head)
    return [head, bare] if bare != head else [head]


def numbered_run_names(title: str, text: str, rules: Rules) -> list[str]:
    """The writers printed right after ``title`` inside ``text``, each closed by an
    affiliation number and joined by " · " (see the module's docstring); [] when the title
    is not in the line or the words after it are no numbered name.

    >>> from analysis.ingest.page_rules import load_rules
    >>> numbered_run_names("Rice Ports", "MANUSCRIPT Rice Ports Minh Chau Vu 1  · Quoc Bao "
    ...     "Tran 1 © The Author(s) 2022", load_rules())
    ['Minh Chau Vu', 'Quoc Bao Tran']
    """
    line = normalize_text(text)
    folded = line.lower()  # (lower keeps the offsets; casefold may not)
    for head in (h for h in _title_forms(title) if count_words(h) >= 2):
        at = folded.find(head.lower())
        while at >= 0:  # each copy of the title in the line, first to last
            names = _names_after(line[at + len(head) :], rules)
            if names:
                return names
            at = folded.find(head.lower(), at + 1)
    return []


def _names_after(rest: str, rules: Rules) -> list[str]:
    """The numbered names opening ``rest``, joined by " · " ([] when none)."""
    names: list[str] = []
    while rest and len(names) < MAX_RUN_WRITERS:
        found = _NUMBERED_NAME.match(rest)
        if not found or not looks_like_name(found.group("name"), rules):
            break
        names.append(found.group("name"))
        following = _NEXT.match(rest, found.end())
        rest = rest[following.end() :] if following else ""
    return names
