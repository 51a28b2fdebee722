"""A journal article PDF's front matter on a document host (fix43e).

Many publishers print the first page of a journal article the same way (MDPI, Springer,
Taylor & Francis, university journals): the journal's name (or its logo's text) on a line
of its own, an article-type label ("Article", "Review Article"), the title, the authors
with affiliation numbers and asterisks ("Name One 1,*, Name Two 2 and Name Three 2"), the
numbered affiliations, then the history row "Received: ...; Accepted: ...; Published:
<day>" (``history_rows.history_row``). A document host's text (docslib, scribd, ...)
keeps the page as lines, often run together: the label glued to the title ("Article The
Title ..."), the authors, affiliations and correspondence on one line.

``front_matter`` finds the form: an article-type label, alone or glued to a capitalised
title, and a history row within ``HISTORY_REACH`` lines under it. The line right over the
label is then the journal (``front_matter_journal``: the outlet of a document on a
document host, which keeps the publisher it names); ``read_front_matter`` reads the title
glued to the label, the authors' run at the head of the first author line, and the
history row's Published day.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from analysis.core.text import normalize_text
from analysis.dates import DateMatch
from analysis.dates.scan import find_dates
from analysis.ingest.layout.history_rows import history_row
from analysis.ingest.layout.lines import Article
from analysis.ingest.page_rules import layout_alternation

#: How many of the page's first lines are read for the label (a host's furniture first).
FRONT_REACH = 30
#: How many lines under the label the history row may stand (title, authors, affiliations).
HISTORY_REACH = 14
#: The most words of a journal's name.
JOURNAL_MAX_WORDS = 12


@cache
def _label() -> re.Pattern[str]:
    """An article-type label opening a line, alone or before a capitalised title."""
    types = layout_alternation("article_type_lines")
    return re.compile(rf"^\s*(?:{types})(?:\s*$|\s+(?=[A-Z]))", re.I)


#: The label that dates the article in its history row, closing the text before the day.
_PUBLISHED = re.compile(r"published(?: online)?\s*:?\s*$", re.I)
#: One author: two to five capitalised words, then affiliation numbers or marks.
_AUTHOR = re.compile(
    r"\s*(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4}?)"
    r"\s*(?:\d{1,2}|[*†‡])(?:\s*,?\s*(?:\d{1,2}|[*†‡]))*(?![\w])"
)
#: What separates two authors: a comma, "and", "&".
_AUTHOR_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")


@dataclass(frozen=True)
class FrontMatter:
    """Where a journal article's front matter stands among the page's lines."""

    label: int  # the article-type label's line
    history: int  # the history row's line
    journal: str  # the line over the label, when it reads as a journal's name
    glued_title: str  # the title glued to the label on its line, or ""


def front_matter(texts: Sequence[str]) -> FrontMatter | None:
    """The front matter among the first ``FRONT_REACH`` ``texts``, or None.

    >>> front_matter(["Delta Studies", "Article Ferry Lines", "Received: 2 May 2021; "
    ...     "Accepted: 9 June 2021; Published: 14 June 2021"]).glued_title
    'Ferry Lines'
    >>> front_matter(["Delta Studies", "Article Ferry Lines", "Ferries ran late."]) is None
    True
    """
    lines = [normalize_text(t).strip() for t in texts[:FRONT_REACH]]
    for index, line in enumerate(lines):
        found = _label().match(line)
        if found is None:
            continue
        under = lines[index + 1 : index + 1 + HISTORY_REACH]
        row = next((k for k, t in enumerate(under) if len(t) < 300 and history_row(t)), None)
        if row is None:
            return None
        journal = journal_name(lines[index - 1]) if index else ""
        return FrontMatter(index, index + 1 + row, journal, line[found.end() :].strip())
    return None


def journal_name(line: str) -> str:
    """``line`` as a journal's name (a logo's text in lower case capitalised), or "" for a
    line that is no name: a sentence, a counter, an address, a long line.

    >>> journal_name("sustainability"), journal_name("You are on page 1of 14")
    ('Sustainability', '')
    """
    words = line.split()
    if not 1 <= len(words) <= JOURNAL_MAX_WORDS or line.endswith("."):
        return ""
    if any(c.isdigit() or c in "@/|" for c in line):
        return ""
    if line.islower():
        return " ".join(w if w in ("of", "and", "for", "the") else w.capitalize() for w in words)
    return line if line[:1].isupper() else ""


def front_matter_journal(texts: Sequence[str]) -> str:
    """The journal a hosted article's front matter names over its label, or ""."""
    found = front_matter(texts)
    return found.journal if found else ""


def published_day(text: str) -> DateMatch | None:
    """The day after the history row's Published label, or None.

    >>> published_day("Received: 2 May 2021; Published: 14 June 2021").text
    '14 June 2021'
    """
    line = normalize_text(text)
    for m in find_dates(line):
        if m.precision == "day" and _PUBLISHED.search(line[max(0, m.start - 28) : m.start]):
            return m
    return None


def front_authors(text: str) -> list[str]:
    """The authors' run at the head of ``text``, each name with its marks ("Name One 1,*,
    Name Two 2 and Name Three 2 1 Institute of ..."), or [].

    >>> front_authors("Lan Vo 1,*, Minh Tran 2 and An Le 2 1 Institute of Delta Studies")
    ['Lan Vo', 'Minh Tran', 'An Le']
    >>> front_authors("Ferries ran late in 2021.")
    []
    """
    names: list[str] = []
    pos = 0
    while (found := _AUTHOR.match(text, pos)) is not None:
        names.append(found.group("name"))
        sep = _AUTHOR_SEP.match(text, found.end())
        if sep is None:
            break
        pos = sep.end()
    return names


def read_front_matter(article: Article) -> None:
    """Read a journal article's front matter (``front_matter``) into ``article``: the title
    glued to its label, the authors when none were read, the Published day when no day was."""
    paras = article.paragraphs[:FRONT_REACH]
    found = front_matter([p.text for p in paras])
    if found is None:
        return
    label_line = normalize_text(paras[found.label].text).strip()
    if found.glued_title and normalize_text(article.title).strip() in (label_line, ""):
        article.title = found.glued_title
        article.title_source = f"line {paras[found.label].line}: glued to an article-type label"
    _front_authors(article, paras[found.label + 1 : found.history])
    row = paras[found.history]
    day = published_day(row.text)
    dated = article.header_date
    undated = dated is None or (dated.precision == "year" and article.header_evidence == row.text)
    if day is not None and undated and article.footer_date is None:
        article.header_date, article.header_evidence = day, row.text
        article.date_reason = f"line {row.line}: a journal article's Published day"


def _front_authors(article: Article, paras: Sequence) -> None:
    """The first line under the label whose head is an authors' run, when none were read."""
    if article.author:
        return
    for p in paras:
        names = front_authors(normalize_text(p.text).strip())
        if names:
            article.author = "; ".join(names)
            article.author_source = f"line {p.line}: a journal article's authors' run"
            return
