"""A web page saved as its HTML source ("Save page as... HTML only", a crawler's copy)
read as the text of the article, so the layout reader sees what a reader of the page saw.

The page's own metadata comes first, each on a line the layout reader knows: the headline
(``og:title``, else the first ``<h1>``, else ``<title>``, which often carries the site's
name), "Published: <date>" (``article:published_time``,
``datePublished``, ``pubdate`` ...), "By <name>" when the ``author`` meta names a person
(two to four capitalised words), then the text of the page's blocks (paragraphs,
headings, list items, captions, table cells), one block a paragraph. Scripts, styles,
buttons and the ``<head>`` (but its title) are left out; nothing else is dropped: the
blocks keep their order, the metadata lines stand right under the headline (first when the
page's blocks do not hold it), and the layout reader labels menus, site names and footers
as it does on a text copy.
Paragraph line numbers then count lines of this text, not of the HTML file.

Text that is no HTML page (no ``<!DOCTYPE html>``, ``<html`` or ``<head>`` near its
start) is returned unchanged.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

#: Tags whose start or end closes the running block of text.
_BLOCKS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 "
    "h4 h5 h6 header hr li main nav ol p pre section table tbody td th thead tr ul title".split()
)
#: Tags whose content is never text of the page.
_SKIPPED = frozenset("script style noscript template svg math iframe object select button".split())
#: Meta names and properties that give the publication date, in order of trust.
_DATE_KEYS = (
    "article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "date",
    "dc.date",
    "dc.date.issued",
    "og:published_time",
)
_PAGE_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html\b|<head\b)", re.I | re.S)
_PERSON = re.compile(r"^[A-ZÀ-Ỹ][\w.'’-]+(?:\s[A-ZÀ-Ỹ][\w.'’-]+){1,3}$")


def is_html_page(text: str) -> bool:
    """``text`` is the HTML source of a page (a doctype, ``<html`` or ``<head`` first)."""
    return bool(_PAGE_START.match(text[:2000]))


class _PageReader(HTMLParser):
    """Collects the meta tags, the ``<title>`` and the text of the blocks of one page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.blocks: list[str] = []
        self.title = ""
        self.h1 = ""
        self._words: list[str] = []
        self._skip = 0
        self._in_head = False
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Open a block, a skipped element, or read a meta tag."""
        if tag == "meta":
            found = {k.lower(): (v or "") for k, v in attrs}
            key = found.get("property") or found.get("name") or found.get("itemprop") or ""
            key = key.lower()
            if key and found.get("content") and key not in self.meta:
                self.meta[key] = found["content"].strip()
            return
        self._in_head = self._in_head or tag == "head"
        self._in_title = tag == "title" or self._in_title
        self._skip += tag in _SKIPPED
        self._close_block(tag)

    def handle_endtag(self, tag: str) -> None:
        """Close a block or a skipped element."""
        if tag == "head":
            self._in_head = False
        if tag == "title":
            self.title = self.title or " ".join(self._words).strip()
            self._words, self._in_title = [], False
        self._skip -= tag in _SKIPPED and self._skip > 0
        before = len(self.blocks)
        self._close_block(tag)
        if tag == "h1" and len(self.blocks) > before and not self.h1:
            self.h1 = self.blocks[-1]  # the first headline the page marks as such

    def handle_data(self, data: str) -> None:
        """Keep the words of visible text (and of the title)."""
        if self._skip or (self._in_head and not self._in_title):
            return
        self._words.extend(data.split())

    def _close_block(self, tag: str) -> None:
        if tag in _BLOCKS and self._words and not self._in_title:
            self.blocks.append(" ".join(self._words))
            self._words = []

    def close(self) -> None:
        """Finish the page: the last block too."""
        super().close()
        if self._words:
            self.blocks.append(" ".join(self._words))
            self._words = []


def _published(meta: dict[str, str]) -> str:
    """The page's publication date from its meta tags, "yyyy-mm-dd hh:mm" or ""."""
    value = next((meta[k] for k in _DATE_KEYS if meta.get(k)), "")
    found = re.match(r"(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?", value)
    return " ".join(g for g in found.groups() if g) if found else ""


def html_article_text(text: str) -> str:
    """The article text of an HTML page (see the module's docstring); any other text
    unchanged."""
    if not is_html_page(text):
        return text
    reader = _PageReader()
    reader.feed(text)
    reader.close()
    meta = reader.meta
    headline = meta.get("og:title") or meta.get("twitter:title") or reader.h1 or reader.title
    author = meta.get("author") or meta.get("article:author") or ""
    notes = [f"Published: {published}"] if (published := _published(meta)) else []
    notes += [f"By {author.strip()}"] if _PERSON.match(author.strip()) else []
    blocks = [b for i, b in enumerate(reader.blocks) if i == 0 or b != reader.blocks[i - 1]]
    if headline in blocks:  # the notes under the headline, where a text copy has them
        at = blocks.index(headline) + 1
        lines = [*blocks[:at], *notes, *blocks[at:]]
    else:
        lines = [*([headline] if headline else []), *notes, *blocks]
    return "\n\n".join(lines) + "\n"
