"""(held-out 145) A tag page saved as one run of text, titled by its first item.

A news site's tag page ("/tags/<tag>.html", "?tag=<tag>") copied as text may run its
label, its tag's words and its first item on one line: "Tags export to Algeria Algerian
demand lifts VN shipments Thursday, Sep 14, 2017 Algeria now buys ...". The page is its
first item (the zoo's listing rule), and no line of it scores as a headline. When the
address names a tag and the page's first line opens with the tag's words (after a "Tags"
label, if any), the words between the tag and the first item's date are the title, when
they are headline-shaped (``MIN_WORDS`` to ``MAX_WORDS`` words, no sentence's stop), and
the loader found no title.
"""

from __future__ import annotations

import re
from urllib.parse import unquote_plus

import pandas as pd

from analysis.core.text import count_words, normalize_text
from analysis.dates.scan import find_dates
from analysis.ingest.address_titles import mend_titles
from analysis.ingest.url_sites import unwrap_url

#: The fewest and most words of the first item's title.
MIN_WORDS, MAX_WORDS = 3, 20

#: A tag in an address: "/tags/<tag>.html", "/tag/<tag>/", "?tag=<tag>".
_TAG = re.compile(r"(?i)(?:/tags?/|[?&]tags?=)(?P<tag>[^/?&#]+?)(?:\.html?)?(?:[/?&#]|$)")

#: A tag page's label before its tag's words: "Tags", "Tag:".
_LABEL = re.compile(r"(?i)^tags?\s*:?\s+")


def address_tag(url: str) -> str:
    """The words of the tag ``url`` names, "" when it names none.

    >>> address_tag("https://bizhub.vn/tags/export%20to%20Algeria%20.html")
    'export to Algeria'
    >>> address_tag("https://x.vn/tags/?tag=Mong+Cai+border+gate")
    'Mong Cai border gate'
    >>> address_tag("https://x.vn/news/ports-reopen.html")
    ''
    """
    found = _TAG.search(unwrap_url(url.strip()))
    return " ".join(unquote_plus(found["tag"]).replace("-", " ").split()) if found else ""


def tag_page_title(title: str, url: str, paragraphs: pd.DataFrame) -> tuple[str, int] | None:
    """The first item's title (text, line) of a tag page run onto its first line (the
    module's docstring); None when the loader found a title or the page is no such run."""
    tag = address_tag(url)
    if title.strip() or not tag or paragraphs.empty:
        return None
    text = _LABEL.sub("", normalize_text(str(paragraphs["text"].iloc[0])).strip())
    if not text.casefold().startswith(tag.casefold() + " "):
        return None
    rest = text[len(tag) :]
    dates = [d for d in find_dates(rest) if d.precision == "day"]
    head = rest[: dates[0].start].strip(" ,|-–") if dates else ""
    if not MIN_WORDS <= count_words(head) <= MAX_WORDS or re.search(r"[.!?]$", head):
        return None
    return head, int(paragraphs["line"].iloc[0])


def tag_page_titles(
    docs: pd.DataFrame, sidecar: pd.DataFrame, paragraphs: pd.DataFrame | None
) -> pd.DataFrame:
    """``docs`` with each one-line tag page titled by its first item (``tag_page_title``)."""
    return mend_titles(docs, sidecar, paragraphs, tag_page_title, "a tag page's first item")
