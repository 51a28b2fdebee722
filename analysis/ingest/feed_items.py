"""A web feed saved as its XML source (an RSS 2.0 or Atom file copied from a site's
"RSS" link, a feed reader's export) read as the page of its first item.

A feed is a listing: its title and date are its first item's (``tests/data/layouts/
README.md``, "How the gold dates a page"). The layout reader sees the XML as lines of
markup, so the headline it would pick is a line of tags (the XML declaration, the
channel's element run together with the items on one line); this module reads the first
``<item>`` (RSS) or ``<entry>`` (Atom) of such a file: its ``<title>`` (CDATA and
character references decoded) and its date (``<pubDate>``, ``<published>``,
``<dc:date>``, ``<updated>``), which ``with_first_item`` puts in place of the layout
reader's. The paragraphs, the outlet and the writer stay the layout reader's.

Text that is no feed (no XML declaration or ``<rss``/``<feed`` root near its start, no
item) is left alone: a page quoting "<item>" in its prose is read as before.
"""

from __future__ import annotations

import html
import re
from dataclasses import replace

from analysis.dates import DateMatch, find_dates
from analysis.ingest.layout.lines import Article

#: The root of a feed near the start of the file: an RSS or an Atom document, after an
#: optional XML declaration and comments.
_FEED_START = re.compile(
    r"^\ufeff?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.I | re.S
)
#: The first item of an RSS feed or entry of an Atom feed (to its end tag, or to the end
#: of a cut file).
_FIRST_ITEM = re.compile(r"<(item|entry)\b[^>]*>(?P<body>.*?)(?:</\1>|\Z)", re.I | re.S)
_TITLE = re.compile(r"<title\b[^>]*>(?P<value>.*?)</title>", re.I | re.S)
_DATE = re.compile(r"<(pubDate|published|dc:date|updated)\b[^>]*>(?P<value>.*?)</\1>", re.I | re.S)
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)
_TAG = re.compile(r"<[^>]+>")


def is_feed(text: str) -> bool:
    """``text`` is the XML source of an RSS or Atom feed with at least one item."""
    return bool(_FEED_START.match(text[:3000])) and bool(_FIRST_ITEM.search(text))


def _plain(value: str) -> str:
    """An element's text: CDATA opened, tags dropped, character references decoded,
    spaces (and no-break spaces) run together."""
    value = _CDATA.sub(lambda m: m.group(1), value)
    value = html.unescape(_TAG.sub(" ", html.unescape(value)))
    return " ".join(value.replace("\u00a0", " ").split())


def first_item(text: str) -> tuple[str, DateMatch | None]:
    """The first item's title and date (a day, else the most precise date found) of the
    feed ``text``; ``("", None)`` when ``text`` is no feed."""
    item = _FIRST_ITEM.search(text) if _FEED_START.match(text[:3000]) else None
    if item is None:  # no feed (``is_feed``)
        return "", None
    body = item.group("body")
    title = _TITLE.search(body)
    dated = _DATE.search(body)
    found = find_dates(_plain(dated.group("value"))) if dated else []
    days = [d for d in found if d.date_start is not None]
    return (_plain(title.group("value")) if title else ""), (days[0] if days else None)


def with_first_item(article: Article, text: str) -> Article:
    """``article`` with the title and the date of the first item of the feed ``text``
    (each only when the item has one); ``article`` unchanged when ``text`` is no feed."""
    title, day = first_item(text)
    if title:
        article = replace(article, title=title, title_source="feed item")
    return dated_by(article, day, "feed item") if day is not None else article


def dated_by(article: Article, day: DateMatch, reason: str) -> Article:
    """``article`` dated by ``day`` alone (a header date, no footer date), ``reason`` saying
    what gave it (a feed's item, a note's front matter)."""
    return replace(
        article,
        header_date=day,
        header_evidence=day.text,
        footer_date=None,
        footer_evidence="",
        date_reason=reason,
    )
