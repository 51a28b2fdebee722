"""(fix36c) A page that is a data export: its title is the record's title field.

A note-taking app, a reading list or a literature index can save an article as data rather
than as a page: a JSON record (``{"title":"...","authors":...}``), an XML export holding one
record (Evernote's ENEX: ``<?xml ...?>`` / ``<note>`` / ``<title>...</title>``) or a CSV file
whose header row names a ``Title`` column (a reading list's export, one row per saved
article). The layout reads such a file as lines of text, so its "headline" is the XML
declaration, or no line at all. When the file opens with such an export, the title is the
export's title field: the JSON record's ``title`` key, the XML file's only ``<title>``
element, or the ``Title`` cell of the CSV file's first row (a list of saved articles is a
listing: its first item, as the zoo README's rule for listings says). A feed that holds
several ``<title>`` elements (an RSS channel's name and its items') is left to the layout,
and so is a page where a JSON record or a CSV row stands below other text.
"""

from __future__ import annotations

import csv
import json
import re

from analysis.core.text import count_words, normalize_text
from analysis.ingest.layout.lines import TITLE_MAX_WORDS
from analysis.ingest.line_evidence import PageArticle

#: An XML file's declaration opening the page.
_XML_DECLARATION = re.compile(r"^\s*<\?xml\b[^>]*\?>")

#: One ``<title>`` element, its text kept (a CDATA section unwrapped).
_XML_TITLE = re.compile(r"<title>\s*(?:<!\[CDATA\[)?(?P<text>[^<>]*?)(?:\]\]>)?\s*</title>")

#: A CSV header row: three to twelve bare field names, one of them "Title".
_CSV_HEADER = re.compile(r"^(?:[A-Za-z][\w ]{0,30},){2,11}[A-Za-z][\w ]{0,30}$")


def _page_text(article: PageArticle) -> str:
    """The page's lines from its first one, as the file held them."""
    return "\n".join(p.raw for p in article.paragraphs)


def json_record_title(text: str) -> str:
    """The ``title`` of a JSON object that opens the page (its first line), or "".

    >>> json_record_title('{"title":"Ports and Partners","authors":"A. Le"}')
    'Ports and Partners'
    >>> json_record_title('Listing\\n{"title":"Ports and Partners"}')
    ''
    """
    first = text.lstrip().split("\n", 1)[0]
    if not first.startswith("{"):
        return ""
    try:
        record = json.loads(first)
    except ValueError:
        return ""
    title = record.get("title") if isinstance(record, dict) else None
    return title if isinstance(title, str) else ""


def xml_record_title(text: str) -> str:
    """The text of the only ``<title>`` element of an XML file that opens the page, or ""
    (a feed with a channel's title and its items' is no one record).

    >>> xml_record_title('<?xml version="1.0"?>\\n<note>\\n<title>Ports</title>\\n</note>')
    'Ports'
    >>> xml_record_title('<?xml version="1.0"?>\\n<title>Feed</title><item><title>A</title>')
    ''
    """
    if not _XML_DECLARATION.match(text):
        return ""
    titles = _XML_TITLE.findall(text)
    return titles[0] if len(titles) == 1 else ""


def csv_first_row_title(text: str) -> str:
    """The ``Title`` cell of the first row of a CSV file whose header row opens the page
    and names a ``Title`` column, or "".

    >>> csv_first_row_title('URL,Title,Folder\\nhttps://x.org/a,Ports and Partners,Unread')
    'Ports and Partners'
    >>> csv_first_row_title('Name,Post,Office\\nLe An,Minister,Hanoi')
    ''
    """
    lines = text.lstrip().split("\n", 1)
    if len(lines) < 2 or not _CSV_HEADER.match(lines[0].strip()):
        return ""
    rows = csv.reader(text.lstrip().splitlines())
    header = [name.strip().casefold() for name in next(rows)]
    if "title" not in header:
        return ""
    first = next(rows, [])
    at = header.index("title")
    return first[at] if at < len(first) else ""


def export_title(text: str) -> str:
    """The title field of the data export that opens ``text`` (JSON, XML, CSV), or ""."""
    for read in (json_record_title, xml_record_title, csv_first_row_title):
        title = normalize_text(read(text)).strip()
        if title and count_words(title) <= TITLE_MAX_WORDS:
            return title
    return ""


def title_from_export(article: PageArticle) -> None:
    """Take the title field of a data export that opens the page as its title, in place
    (see the module's docstring)."""
    title = export_title(_page_text(article))
    if not title:
        return
    article.title = title
    article.title_source = "the data export's title field (export_titles)"
    article.metadata_flags[:] = [f for f in article.metadata_flags if f != "no_headline"]
