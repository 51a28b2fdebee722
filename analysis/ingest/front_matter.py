"""A note a web clipper or an exporter writes: YAML front matter between "---" lines opening
the file, then the page (held-out 120: Obsidian Web Clipper's default template, Joplin's
"Markdown + Front Matter" export, MarkDownload's template, Omnivore's Obsidian export; the
source file of a static site's post has the same form).

The block names the page's title, writers and day of publication under the keys that
``front_matter_keys`` of ``data/header_scoring.yaml`` lists; its other keys (the clip's
``created`` and ``updated`` stamps, ``date_saved``, tags, ids, the description) are the
tool's or repeat the page, and no line of the block is the article's. The block is set
apart before the layout reader reads the page and put back first as boilerplate; the
fields it names take the layout reader's place (each only where the block gives one).

A file that opens otherwise is read as before: no "---" first line, no closing "---" (or
"...") within ``FRONT_MATTER_MAX_LINES`` lines, or fewer than ``FRONT_MATTER_MIN_KEYS``
"key:" lines inside (a page whose first line is a rule, a table's separator).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.dates import DateMatch, find_dates
from analysis.ingest.feed_items import dated_by
from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import Article, split_lines

#: The most lines a front matter block takes, its rules included.
FRONT_MATTER_MAX_LINES = 80

#: The fewest "key:" lines between the rules for them to be front matter.
FRONT_MATTER_MIN_KEYS = 2

#: A block's closing rule.
_CLOSING_RULE = re.compile(r"^(?:---|\.\.\.)$")
#: A top-level key and its value, if any, on the same line.
_KEY = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:(?:\s+(?P<value>.*))?$")
#: An item of a block list under a key ("  - value", "- value").
_ITEM = re.compile(r"^\s*-\s+(?P<value>.*)$")
#: A block scalar's indicator: the value is on the indented lines below (">", "|-").
_BLOCK_SCALAR = re.compile(r"^[>|][+-]?$")
#: A wiki link ("[[Name]]", "[[Page|Name]]"): its shown text is the value.
_WIKI_LINK = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]")
#: A host name standing for a writer (a clipper's or a reader's "author" when it found
#: none): no space, a dot before two letters or more.
_HOST = re.compile(r"^(?:https?://)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/?$", re.I)


@cache
def _keys() -> dict[str, tuple[str, ...]]:
    keys = load_data_file("header_scoring.yaml").get("front_matter_keys", {})
    fields = ("title", "author", "published")
    return {field: tuple(k.lower() for k in keys.get(field, [])) for field in fields}


def _top_key(line: str) -> re.Match[str] | None:
    """A top-level "key:" line (not indented) of a front matter block."""
    return _KEY.match(line.rstrip()) if not line[:1].isspace() else None


def front_matter_lines(lines: Sequence[str]) -> int:
    """The number of lines the front matter opening ``lines`` takes, both rules included;
    0 when the file opens otherwise.

    >>> front_matter_lines(["---", "title: A", "created: 2024-01-02", "---", "Text"])
    4
    >>> front_matter_lines(["---", "Only a rule", "---", "Text"])
    0
    """
    if not lines or lines[0].lstrip("\ufeff").strip() != "---":
        return 0
    for n, line in enumerate(lines[1:FRONT_MATTER_MAX_LINES], start=1):
        if _CLOSING_RULE.match(line.strip()):
            keys = sum(1 for inner in lines[1:n] if _top_key(inner))
            return n + 1 if keys >= FRONT_MATTER_MIN_KEYS else 0
    return 0


def _scalar(value: str) -> str:
    """A YAML scalar's text: quotes taken off, a wiki link's shown text."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        inner = value[1:-1]
        value = inner.replace('\\"', '"') if value[0] == '"' else inner.replace("''", "'")
    return _WIKI_LINK.sub(r"\1", value).strip()


def _flow_list(value: str) -> list[str]:
    """The items of a flow list ("[a, b]", "[]"); the value itself when it is none."""
    if value.startswith("[") and value.endswith("]") and not value.startswith("[["):
        return [_scalar(v) for v in value[1:-1].split(",") if v.strip()]
    return [_scalar(value)] if value else []


def front_matter_fields(block: Sequence[str]) -> dict[str, list[str]]:
    """Each top-level key of the front matter ``block`` (its lines between the rules),
    lower-cased, with its values: the value after the colon (a flow list's items), the
    items of a block list under it, or a block scalar's lines joined by spaces.

    >>> front_matter_fields(['title: "A: B"', "author:", '  - "[[Mai Lan]]"', "tags: []"])
    {'title': ['A: B'], 'author': ['Mai Lan'], 'tags': []}
    >>> front_matter_fields(["title: >", "  Long title", "  on two lines", "id: 7"])
    {'title': ['Long title on two lines'], 'id': ['7']}
    """
    fields: dict[str, list[str]] = {}
    key, folded = "", False
    for line in block:
        top = _top_key(line)
        if top:
            key, value = top["key"].lower(), (top["value"] or "").strip()
            folded = bool(_BLOCK_SCALAR.match(value))
            fields[key] = [] if folded else _flow_list(value)
        elif key and folded and line.strip():
            fields[key] = [" ".join([*fields[key], line.strip()])]
        elif key and (item := _ITEM.match(line)):
            fields[key].append(_scalar(item["value"]))
    return fields


def _first_value(fields: dict[str, list[str]], keys: Sequence[str]) -> str:
    """The first non-empty value under the first of ``keys`` the block has."""
    for key in keys:
        values = [v for v in fields.get(key, []) if v]
        if values:
            return values[0]
    return ""


def front_matter_writers(fields: dict[str, list[str]], keys: Sequence[str]) -> list[str]:
    """The writers the block names under the first of ``keys`` it has, host names left out.

    >>> front_matter_writers({"author": ["Mai Lan", "vietnamnet.vn"]}, ("author",))
    ['Mai Lan']
    """
    for key in keys:
        names = [v for v in fields.get(key, []) if v and not _HOST.match(v)]
        if names:
            return names
    return []


def front_matter_day(fields: dict[str, list[str]], keys: Sequence[str]) -> DateMatch | None:
    """The day of publication the block gives under the first of ``keys`` holding a date."""
    for key in keys:
        for value in fields.get(key, []):
            days = [d for d in find_dates(value) if d.date_start is not None]
            if days:
                return days[0]
    return None


def with_front_matter_fields(article: Article, fields: dict[str, list[str]]) -> Article:
    """``article`` with the title, the writers and the day of publication the front matter
    ``fields`` name, each only where they name one."""
    keys = _keys()
    title = _first_value(fields, keys["title"])
    if title:
        article = replace(article, title=title, title_source="front matter")
    writers = front_matter_writers(fields, keys["author"])
    if writers:
        article = replace(article, author="; ".join(writers), author_source="front matter")
    day = front_matter_day(fields, keys["published"])
    return dated_by(article, day, "front matter") if day is not None else article


def read_note(text: str) -> Article:
    """The article in ``text``: a note's page read without its front matter, the block put
    back first as boilerplate and its fields in place (``read_article`` when the file has
    no front matter)."""
    lines = text.splitlines(keepends=True)
    n = front_matter_lines(lines)
    if not n:
        return read_article(text)
    head = "".join(lines[:n])
    article = read_article(text[len(head) :])
    block = split_lines(head)
    for p in block:
        p.kind = "boilerplate"
    for p in article.paragraphs:
        p.line += n
        p.block += block[-1].block + 1 if block else 0
        p.repeat_of += len(block) if p.repeat_of >= 0 else 0
    article.paragraphs[:0] = block
    return with_front_matter_fields(article, front_matter_fields(lines[1 : n - 1]))
