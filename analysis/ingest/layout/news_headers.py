"""A Usenet article's header block as an archive copies it (fix31b, held-out 97): a
rehosted post ("Article: 512 of sgi.talk.x" / "From: ..." / "Subject: ..." / "Date: ..." /
"Lines: 960") or a news spool on a CD-ROM image with every line behind "- ".

The block is three or more rows in a row of ``news_header_fields`` of
``data/page_layout.yaml``, among them a "Subject:" row and one field only a news article
carries (``news_only_fields``: "Newsgroups:", "Message-ID:", "Lines:", ...), so an e-mail's
own From/Sent/To/Subject header is not one. Its "Subject:" row is the post's headline
(``news_subject``); its "From:" row names the writer (``news_writer``: the name without
the address, the quoted nickname and the brackets), unless the lines under the header say
the post forwards other items (``news_forward_markers``: "Forward from ...", a quoted
"> From name@host ..." envelope), when the poster is no writer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.ingest.layout.lines import Article, Paragraph
from analysis.ingest.metadata import Candidate
from analysis.ingest.page_rules import layout_alternation

#: How many paragraphs from the top the header block may start in.
HEADER_REACH = 40
#: The fewest rows of a header block.
MIN_ROWS = 3
#: How many paragraphs under the block a forward's marker may stand in.
FORWARD_REACH = 8
#: The words a writer's name may have.
NAME_WORDS = (2, 4)

#: A spool's prefix on every line ("- Subject: ...").
_PREFIX = re.compile(r"^\s*-(?:\s+|$)")
#: A name's word: a capital, then letters, dots, apostrophes or hyphens.
_NAME_WORD = re.compile(r"^[A-Z][\w.'’-]*$")


@dataclass(frozen=True)
class NewsHeader:
    """A header block: its first and last paragraph, its rows' values by field, the
    paragraph of its subject and whether the post forwards other items."""

    start: int
    end: int
    values: dict[str, str]
    subject_at: int
    forwarded: bool


@cache
def _row() -> re.Pattern[str]:
    fields = layout_alternation("news_header_fields")
    return re.compile(rf"^(?P<field>{fields})\s*:(?:\s+(?P<value>.*))?$", re.I)


@cache
def _news_only() -> frozenset[str]:
    return frozenset(str(f) for f in load_data_file("page_layout.yaml").get("news_only_fields", []))


@cache
def _forward() -> re.Pattern[str]:
    return re.compile(rf"^(?:{layout_alternation('news_forward_markers')})", re.I)


def unprefixed(text: str) -> str:
    """A line without a news spool's "- " prefix."""
    return _PREFIX.sub("", text, count=1).strip()


def _rows(paras: list[Paragraph], start: int) -> list[re.Match[str]]:
    rows = []
    for p in paras[start:]:
        found = _row().match(unprefixed(p.text))
        if not found:
            break
        rows.append(found)
    return rows


def news_header(paras: list[Paragraph]) -> NewsHeader | None:
    """The first news header block among the top ``HEADER_REACH`` paragraphs, or None."""
    i = 0
    while i < min(len(paras), HEADER_REACH):
        rows = _rows(paras, i)
        fields = [r.group("field").casefold() for r in rows]
        if len(rows) >= MIN_ROWS and "subject" in fields and _news_only() & set(fields):
            end = i + len(rows) - 1
            below = paras[end + 1 : end + 1 + FORWARD_REACH]
            return NewsHeader(
                start=i,
                end=end,
                values={
                    f: (r.group("value") or "").strip()
                    for f, r in reversed(list(zip(fields, rows, strict=True)))
                },
                subject_at=i + fields.index("subject"),
                forwarded=any(_forward().match(unprefixed(p.text)) for p in below),
            )
        i += max(1, len(rows))
    return None


def news_subject(paras: list[Paragraph]) -> Candidate | None:
    """The header block's subject as the headline candidate, its paragraph labelled
    ``title``; None without a block or with an empty subject."""
    header = news_header(paras)
    subject = header.values.get("subject", "") if header else ""
    if header is None or not subject:
        return None
    paras[header.subject_at].kind, paras[header.subject_at].role = "title", ""
    return Candidate(header.subject_at, subject, 0.0, ("news_subject",), subject)


def poster_name(value: str) -> str:
    """The person's name in a "From:" row's value, or "".

    >>> poster_name('(Dale "who can say?" Fenwick')
    'Dale Fenwick'
    >>> poster_name("Lam Quoc Bao <lam@river.example.com>")
    'Lam Quoc Bao'
    >>> poster_name("lam@river.example.com (Lam Quoc Bao)")
    'Lam Quoc Bao'
    >>> poster_name("list-editor@example.edu")
    ''
    """
    text = re.sub(r'"[^"]*"|<[^<>]*>|\S+@\S+|[()]', " ", value)
    text = re.sub(r"\s+via\s+\S.*$", "", text)
    words = text.split()
    fits = NAME_WORDS[0] <= len(words) <= NAME_WORDS[1] and all(_NAME_WORD.match(w) for w in words)
    return " ".join(words) if fits else ""


def news_writer(article: Article) -> None:
    """With a news header block and no byline outside it, the writer is the "From:" row's
    name, or no one when the post forwards other items."""
    paras = article.paragraphs
    header = news_header(paras)
    if header is None or "from" not in header.values:
        return
    bylines = [i for i, p in enumerate(paras) if p.role == "author"]
    if article.author and any(not header.start <= i <= header.end for i in bylines):
        return
    name = "" if header.forwarded else poster_name(header.values["from"])
    if name or header.forwarded:
        article.author = name
        article.author_source = f"news header From: {header.values['from'][:80]!r}"
