"""A menu's items are no names of the site.

A page saved as text keeps its menu as a stack of short lines, one item a line ("About the
Mission" / "Viet Nam & UN" / "Press Releases" / "Consular Services" on a mission's site).
``outlet_refine`` keeps the names the page's furniture carries in ``site_names`` and,
once the page's unlisted address is known, takes the one that spells its domain; a menu
item may spell it too ("Viet Nam & UN" on vietnam-un.org: the section about the country
and the UN, not the site's masthead). The README's rule names the site by its masthead,
footer or logo text. A line standing inside such a stack, with a menu line right above it
and right below it (no blank line between; each a few words opening with a capital, not
wholly in capitals, no figure and no closing stop), is a menu item and is dropped from
``site_names``; a masthead over the menu (its first line) or under it (its last) is kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.core.text import normalize_text
from analysis.ingest.line_evidence import PageArticle, PageParagraph

#: The most words a menu's item holds.
MENU_WORDS = 6
#: The kinds of paragraph a menu line never is: the article's text and its headline.
_NOT_MENU = frozenset({"lede", "body", "heading", "title"})
#: A menu item: no figure (a clock, a date), no closing stop, colon or question mark. It
#: opens with a capital and is not wholly in capitals: an advert's label ("advertisement")
#: and a document's heading ("AMNESTY INTERNATIONAL" / "PUBLIC STATEMENT") are no menu.
_NOT_ITEM = re.compile(r"\d|[.:!?,;]\s*$")


def _menu_line(p: PageParagraph) -> bool:
    text = normalize_text(p.text).strip()
    return (
        p.kind not in _NOT_MENU
        and 0 < len(text.split()) <= MENU_WORDS
        and text[:1].isupper()
        and not text.isupper()
        and not _NOT_ITEM.search(text)
    )


def menu_items(paragraphs: Sequence[PageParagraph]) -> set[str]:
    """The texts of the menu lines with a menu line on the line right above and right
    below them."""
    menu_lines = {p.line: p for p in paragraphs if _menu_line(p)}
    return {
        normalize_text(p.text).strip()
        for line, p in menu_lines.items()
        if line - 1 in menu_lines and line + 1 in menu_lines
    }


def drop_menu_items(article: PageArticle) -> None:
    """Drop from ``article.site_names`` the names that are a menu's items (``menu_items``)."""
    if article.site_names:
        items = menu_items(article.paragraphs)
        article.site_names[:] = [n for n in article.site_names if n not in items]
