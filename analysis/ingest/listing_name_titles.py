"""(fix38b) A listing's own name taken for the headline: the address names the listing.

A tag, category or topic page, and any page of a paged listing ("?page=3", "/page/8/"),
prints the listing's name at its top ("#Binh Phuoc courts Korean suppliers" over
"/tag/binh-phuoc-courts-korean-suppliers", "Mekong Policy Project" over
"/programs/mekong-policy-project?page=3"). The zoo's rule (README, "How the gold dates a
page"): a heading naming the tag, the category or the topic is no title; the page's title
is its first item's. When the chosen title's words are exactly those of a segment the
address gives as the listing's name, the title becomes the headline standing right over
the first item's text (a heading line, no closing stop), or empty when none stands there.

A programme's or a person's own page ("/programs/southeast-asia/" without a page number)
is no listing here: its heading stays its title (the README's rule for one-thing pages).
"""

from __future__ import annotations

import itertools
import re
from functools import cache

import pandas as pd

from analysis.core.data_files import load_data_file
from analysis.core.text import count_words
from analysis.ingest.address_titles import mend_titles, title_words
from analysis.ingest.url_sites import unwrap_url

#: A page number in an address: "/page/8/", "?page=3", "&paged=2".
_PAGE_NUMBER = re.compile(r"(?:/page/\d+/?$|[?&]page[d]?=\d+)", re.I)

#: The most words of the first item's headline.
ITEM_HEADLINE_MAX_WORDS = 20


@cache
def _marks() -> tuple[frozenset[str], frozenset[str]]:
    """``listing_name_titles`` of ``data/header_scoring.yaml``: the path segments after
    which a listing's name stands always, and those only on a paged address."""
    data = load_data_file("header_scoring.yaml").get("listing_name_titles") or {}
    return (
        frozenset(str(w).casefold() for w in data.get("listing_segments", [])),
        frozenset(str(w).casefold() for w in data.get("paged_segments", [])),
    )


def listing_names(url: str) -> list[list[str]]:
    """The words of each segment of ``url`` naming a listing: those after a listing segment
    ("/tag/<name>"), or on a paged address after a paged segment or right before the page
    number.

    >>> listing_names("https://x.vn/auto/tag/binh-phuoc-parts")
    [['binh', 'phuoc', 'parts']]
    >>> listing_names("https://x.org/programs/mekong-policy-project?page=3")
    [['mekong', 'policy', 'project']]
    >>> listing_names("https://x.org/programs/southeast-asia/")
    []
    """
    address = unwrap_url(url.strip())
    paged = bool(_PAGE_NUMBER.search(address))
    path = re.sub(r"[?#].*$", "", address).split("://", 1)[-1]
    segments = [s for s in path.split("/") if s][1:]
    if paged and len(segments) > 2 and segments[-2].casefold() == "page":
        segments = segments[:-2]
        names = [segments[-1]] if segments else []
    else:
        names = []
    always, on_pages = _marks()
    marks = always | on_pages if paged else always
    names += [s for before, s in itertools.pairwise(segments) if before.casefold() in marks]
    return [w for w in (title_words(n) for n in names) if w]


def item_headline(paragraphs: pd.DataFrame, title_line: int) -> tuple[str, int] | None:
    """The heading line standing right over the first paragraph of text below
    ``title_line`` (its first item's headline), or None."""
    rows = list(zip(paragraphs["kind"], paragraphs["text"], paragraphs["line"], strict=True))
    for n, (kind, _, line) in enumerate(rows):
        if line <= title_line or kind not in ("lede", "body"):
            continue
        if n == 0:
            return None
        above_kind, text, above_line = rows[n - 1]
        text = str(text).strip()
        words = count_words(text)
        if above_kind == "heading" and above_line > title_line and not text.endswith("."):
            return (text, int(above_line)) if 3 <= words <= ITEM_HEADLINE_MAX_WORDS else None
        return None
    return None


def listing_name_title(title: str, url: str, paragraphs: pd.DataFrame) -> tuple[str, int] | None:
    """The title a listing page gets when ``title`` is the listing's own name: its first
    item's headline (text, line), else ("", 0); None when ``title`` names no listing."""
    held = title_words(title)
    if not held or held not in listing_names(url):
        return None
    texts = [str(t).strip() for t in paragraphs["text"]]
    if title.strip() not in texts:
        return None
    title_line = int(paragraphs["line"].iloc[texts.index(title.strip())])
    return item_headline(paragraphs, title_line) or ("", 0)


def listing_name_titles(
    docs: pd.DataFrame, sidecar: pd.DataFrame, paragraphs: pd.DataFrame | None
) -> pd.DataFrame:
    """``docs`` with each listing's own name, taken for the title, replaced by its first
    item's headline or emptied (``listing_name_title``)."""
    return mend_titles(docs, sidecar, paragraphs, listing_name_title, "the listing's name")
