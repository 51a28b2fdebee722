"""A writer's archive page: a header line that says the page lists one writer's pieces.

"For Name - post's latest contributions to VietnamTimes, see below:" (a news system's
author page, under a line "Name - post"), "Author Archives: Name" and "Posts by Name"
(blog platforms' author pages). The page's writer is that name, and the header's lines
naming the writer are no headline: the first item's title is (held-out 88, an author page
where "Name - post" was taken for the title and the pager under the item for the writer).

``label_author_archive`` labels the header's writer lines as boilerplate;
``author_archive_writer`` is one of ``unbylined_authors.AUTHORS_WITHOUT_BYLINE``."""

from __future__ import annotations

import re

from analysis.core.text import normalize_text
from analysis.ingest.layout.lines import HEADER_REACH, Paragraph
from analysis.ingest.page_rules import Rules

#: The archive's header line; ``who`` is the writer, maybe followed by " - post".
ARCHIVE_LINE = re.compile(
    r"for (?P<who>.{3,120}?)['’]s? latest (?:contributions|articles|posts|stories) to .{2,60}"
    r"|author archives?\s*:\s*(?P<who2>.{3,80})"
    r"|(?:all )?(?:posts|articles|stories) by\s*:?\s*(?P<who3>.{3,60})",
    re.IGNORECASE,
)

#: A name's end: a post after a dash or a comma ("Name - Former Director of ...").
_POST_AFTER = re.compile(r"\s+[-–—]\s+|,\s+")


def archive_writer(text: str) -> str:
    """The writer an archive's header line names, without a post after a dash or comma.

    >>> archive_writer("For Tran Duc Minh - Editor's latest contributions to X, see below:")
    'Tran Duc Minh'
    >>> archive_writer("Author Archives: Mai Lan")
    'Mai Lan'
    >>> archive_writer("Archive for the ‘Reading’ Category")
    ''
    """
    match = ARCHIVE_LINE.fullmatch(text.strip().rstrip(":").strip())
    if match is None:
        return ""
    who = match.group("who") or match.group("who2") or match.group("who3") or ""
    name = _POST_AFTER.split(who.strip(), maxsplit=1)[0].strip()
    words = name.split()
    return name if 2 <= len(words) <= 5 and all(w[:1].isupper() for w in words) else ""


def _archive_line(paras: list[Paragraph]) -> tuple[int, str]:
    """The index of the header's archive line and its writer, else ``(-1, "")``."""
    for i, p in enumerate(paras[:HEADER_REACH]):
        name = archive_writer(p.text)
        if name:
            return i, name
    return -1, ""


def label_author_archive(paras: list[Paragraph]) -> None:
    """Label an archive's header line, and a line above it opening with the writer's name
    ("Name - post"), as boilerplate: neither is the page's headline."""
    i, name = _archive_line(paras)
    if i < 0:
        return
    paras[i].kind = "boilerplate"
    folded = normalize_text(name).casefold()
    for p in paras[max(0, i - 2) : i]:
        if normalize_text(p.text).casefold().startswith(folded):
            p.kind = "boilerplate"


def author_archive_writer(
    paras: list[Paragraph], last_prose: int, rules: Rules
) -> tuple[list[str], str] | None:
    """The writer an archive page's header names, with the evidence, else ``None``."""
    del last_prose, rules  # the same signature as the other readers without a byline
    i, name = _archive_line(paras)
    if i < 0:
        return None
    return [name], f"line {paras[i].line}: an author archive's header {paras[i].text[:80]!r}"
