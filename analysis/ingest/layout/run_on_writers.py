"""The writers a journal article's first page names after its title, run into one line.

A document store's text of a journal article often runs the first page into one long
line: the running head, the title, the writers, the abstract. ``title_page_writers``
reads a name there closed by a note mark ("By Karen Ashdown*"); three other closings are
common (held-out 50, 77 and 82, miss30):

- the title printed again after the name, the PDF's text holding the title page twice
  ("1 Ferries, Fish and Frontiers on the Gulf of Tonkin Ruth Calder Ferries, Fish and
  Frontiers on the Gulf of Tonkin Ruth Calder In the early 1990s ..."): the words between
  the two titles, two to four, are the writer;
- the writers each followed by an affiliation number, joined by a middle dot, a comma or
  "and", and closed by the copyright sign or the abstract ("Explaining Vietnam's Rice
  Export Diplomacy Minh Chau Vu 1 · Quoc Bao Tran 1 © The Author(s) ...");
- names each closed by an affiliation number glued to it or apart and followed by " · "
  or "©", whatever follows ("<title> Jonas Weidner1 Leipzig Graduate School ...",
  held-out 91): ``numbered_run_names``, which ``title_page_writers`` also calls;
- a thesis's or report's cover: "by" and the name, then the cover's month and year ("HOW
  DOES ... AT SEA? by Minh Q. Dao June 2015 Thesis Advisor: ...", its title in capitals).

``run_on_page_writers`` reads them when no writer was read, in the long paragraphs
(``RUN_ON_MIN_CHARS``) among the ``RUN_ON_REACH`` right under the headline, the first that
names any; every name must read as a person's (``bylines.looks_like_name``).
"""

from __future__ import annotations

import re

from analysis.core.text import count_words, normalize_text
from analysis.ingest.bylines import looks_like_name
from analysis.ingest.layout.lines import Article
from analysis.ingest.page_rules import Rules

#: How many paragraphs under the headline are searched for the run-on first page.
RUN_ON_REACH = 6

#: The shortest paragraph read as a first page run into one line.
RUN_ON_MIN_CHARS = 200

#: One writer's name: two to four capitalised words.
_NAME = r"[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,3}"

#: An affiliation number after a name: "1", "1,2".
_NUMBER = r"\s?\d{1,2}(?:,\d{1,2})*\s*"

#: Writers each closed by an affiliation number, joined by a middle dot, a comma, "and" or
#: "&", then the copyright sign, "Abstract" or a bracket.
_NUMBERED_NAMES = re.compile(
    rf"^\s*(?P<names>{_NAME}{_NUMBER}(?:(?:[·•,&]|and)\s*{_NAME}{_NUMBER})*)"
    r"(?=©|\(|Abstract\b|ABSTRACT\b)"
)


#: The separator between a page title's headline and the site's name ("Title - Site").
_TITLE_PARTS = re.compile(r"\s[|–—-]\s")


def _between_titles(rest: str, head: str, rules: Rules) -> list[str]:
    """The name between the title and its repetition at the start of ``rest``, or []."""
    again = rest.casefold().find(head.casefold())
    name = rest[:again].strip(" ,") if again > 0 else ""
    return [name] if 2 <= count_words(name) <= 4 and looks_like_name(name, rules) else []


def _numbered(rest: str, rules: Rules) -> list[str]:
    """The writers closed by affiliation numbers at the start of ``rest``, or []."""
    found = _NUMBERED_NAMES.match(rest)
    if not found:
        return []
    parts = re.split(r"\s*(?:[·•,&]|\band\b)\s*", re.sub(r"\d", " ", found.group("names")))
    names = [" ".join(part.split()) for part in parts if part.strip()]
    return names if all(looks_like_name(name, rules) for name in names) else []


#: "by Name" right after the title, then the cover's month and year or day: a thesis's or
#: a report's cover ("... AT SEA? by Minh Q. Dao June 2015 Thesis Advisor: ...").
_BY_NAME_DATE = re.compile(
    rf"^\s*[Bb]y\s+(?P<name>{_NAME})\s+(?=(?:\d{{1,2}}\s)?[A-Z][a-z]{{2,8}}\.?\s(?:\d{{1,2}},\s)?(?:19|20)\d{{2}}\b)"
)


def _by_name_dated(rest: str, rules: Rules) -> list[str]:
    """The name after "by" at the start of ``rest``, closed by the cover's date, or []."""
    found = _BY_NAME_DATE.match(rest)
    return [found.group("name")] if found and looks_like_name(found.group("name"), rules) else []


def run_on_writers(title: str, text: str, rules: Rules) -> list[str]:
    """The writers printed right after ``title`` inside the run-on line ``text``, closed by
    the title again or by their affiliation numbers (the module's docstring); [] if none.

    >>> from analysis.ingest.page_rules import load_rules
    >>> line = "1 Rivers and Roads Ana Lima Rivers and Roads Ana Lima In the early years"
    >>> run_on_writers("Rivers and Roads", line, load_rules())
    ['Ana Lima']
    """
    line, head = normalize_text(text), normalize_text(title).strip()
    at = line.casefold().find(head.casefold()) if count_words(head) >= 2 else -1
    if at < 0:
        return []
    rest = line[at + len(head) :]
    return (
        _between_titles(rest, head, rules)
        or _numbered(rest, rules)
        or _names_after(rest, rules)
        or _by_name_dated(rest, rules)
    )


def run_on_page_writers(article: Article, rules: Rules) -> None:
    """With no writer read, the writers the first long paragraph under the headline names
    after the title (``run_on_writers``)."""
    paras = article.paragraphs
    title = next((i for i, p in enumerate(paras) if p.kind == "title"), -1)
    if article.author or title < 0 or not article.title:
        return
    heads = [article.title, *_TITLE_PARTS.split(article.title)]  # "Title - Site": the title
    for p in paras[title + 1 : title + 1 + RUN_ON_REACH]:
        if len(p.text) < RUN_ON_MIN_CHARS:
            continue
        names = next((n for head in heads if (n := run_on_writers(head, p.text, rules))), [])
        if names:
            article.author = "; ".join(names)
            article.author_source = f"line {p.line}: the writers after the title in its run-on page"
            return


#: Two to four capitalised words, then the affiliation's number: glued to the last word
#: and followed by a space, or apart and followed by " · " or "©" (a number before other
#: words may be a page's or a year's).
_NUMBERED_NAME = re.compile(
    r"\s*(?P<name>[A-Z][\w'’-]*[^\W\d_](?:\s[A-Z][\w'’-]*[^\W\d_]){1,3})"
    r"(?:\d{1,2}(?=\s)|\s\d{1,2}(?=\s*[·©]))"
)

#: The separator between two numbered names: a middle dot.
_NEXT = re.compile(r"\s*·")

#: The most writers read from one run (numbered names apart, as ``numbered_run_names`` reads
#: them: held-out 91's glued numbers, "Jonas Weidner1 Leipzig ...").
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
