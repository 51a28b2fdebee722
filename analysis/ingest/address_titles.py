"""(fix38b) The page's name its address spells whole: a header line standing as the title.

A wiki names a page's address after its title (MediaWiki's
"/wiki/Cambodia%E2%80%93Vietnam_border_talks", "/Nguyen_Van_Hoan_(diplomat)"), and many
podcast, video and document sites put the episode's or item's slug before an opaque id
("/episode/the-long-memory-of-the-border/Xk2Qm9PvLrT4aYc"). ``slug_titles`` reads only a
last segment joined by hyphens, and only above the opening text; here a line whose words
are the segment's words exactly, nothing more and nothing less, is the headline wherever
it stands among the page's first lines (under a wiki's maintenance notice read as text,
under a show's name taken for the title), when the chosen title does not hold them.

Exact equality is the signal: a section's or a programme's name rarely spells the whole
segment of an article's address, and the segment must hold enough words
(``address_titles`` in ``data/header_scoring.yaml``); a listing's segment ("/tag/<name>/")
names the listing, and a document host's address an uploader's file name: neither is read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from urllib.parse import unquote

import pandas as pd

from analysis.core.data_files import load_data_file
from analysis.ingest.page_rules import load_rules
from analysis.ingest.url_sites import unwrap_url

#: A file name's extension closing an address's last segment.
_EXTENSION = re.compile(r"\.(?:s?html?|php|aspx?|jsp|cfm)$", re.I)

#: An opaque id closing an address after the item's slug: letters and figures mixed, no
#: separator ("Xk2Qm9PvLrT4aYc", "a81f3c90"), or figures alone ("1882391").
_OPAQUE_ID = re.compile(r"(?=[A-Za-z]*\d)[A-Za-z0-9]{6,40}")


@cache
def _settings() -> tuple[int, int, int, frozenset[str]]:
    """``address_titles`` of ``data/header_scoring.yaml``: the fewest words of a wiki's
    segment and of a hyphen slug, the first lines searched, and the listing segments of
    ``slug_titles``."""
    data = load_data_file("header_scoring.yaml")
    own, slugs = data.get("address_titles") or {}, data.get("slug_titles") or {}
    listing = frozenset(str(w).casefold() for w in slugs.get("listing_segments", []))
    return (
        int(own.get("wiki_min_words", 2)),
        int(own.get("slug_min_words", 4)),
        int(own.get("first_lines", 15)),
        listing,
    )


def title_words(text: str) -> list[str]:
    """``text``'s words for comparing a line with an address: case-folded, apostrophes
    dropped ("leader's" and "leaders" are one word), any other sign a separator."""
    return re.findall(r"[^\W_]+", text.casefold().replace("'", "").replace("\u2019", ""))


def naming_segment(url: str) -> str:
    """The decoded path segment of ``url`` that names the page (its last, or the one before
    an opaque id); "" for an address with a query (the query names what the page shows), a
    document host's (a file's name) or a listing's ("/tag/<name>/").

    >>> naming_segment("https://x.com/episode/the-long-road/Xk2Qm9PvLrT4")
    'the-long-road'
    >>> naming_segment("https://x.com/tag/the-long-road/")
    ''
    """
    path = re.sub(r"#.*$", "", unwrap_url(url.strip())).split("://", 1)[-1]
    host, *segments = [s for s in path.split("/") if s] or [""]
    if "?" in path or host.casefold().removeprefix("www.") in load_rules().document_hosts:
        return ""
    if len(segments) > 1 and _OPAQUE_ID.fullmatch(segments[-1]):
        segments = segments[:-1]  # "<slug>/<id>": the slug names the item
    if not segments or _settings()[3] & {s.casefold() for s in segments[:-1]}:
        return ""
    return unquote(_EXTENSION.sub("", segments[-1]))


def address_title_words(url: str) -> list[str]:
    """The words of the segment of ``url`` that names the page: its last segment, or the one
    before an opaque id; [] when that segment is no title (too few words, figures, a
    listing's name, a document host's file name).

    >>> address_title_words("https://x.org/wiki/Vietnam%E2%80%93Chile_relations")
    ['vietnam', 'chile', 'relations']
    >>> address_title_words("https://x.com/episode/the-long-road-home-to-hue/Xk2Qm9PvLrT4")
    ['the', 'long', 'road', 'home', 'to', 'hue']
    >>> address_title_words("https://x.com/news/world-news/1882391")
    []
    """
    last = naming_segment(url)
    wiki_min, slug_min = _settings()[:2]
    words = title_words(last)
    wiki = "_" in last and last[:1].isupper()  # a wiki's page name opens with a capital
    if ("_" in last and not wiki) or sum(w.isalpha() for w in words) < len(words) - 1:
        return []  # a file's or a folder's name ("tran_thi_mai_anh"), an id, a code
    return words if len(words) >= (wiki_min if wiki else slug_min) else []


def address_title(title: str, url: str, paragraphs: pd.DataFrame) -> tuple[str, int] | None:
    """The first of the page's first lines whose words are exactly ``url``'s naming segment's
    (text, line number); None when the title already holds them in order, when the title is
    that line without a part (" – Vientiane Times", "| BBC News", a kicker the loader
    dropped), or when no line spells them."""
    words = address_title_words(url)
    held = title_words(title)
    if not words or (held and _in_order(words, held)):
        return None
    rows = paragraphs.head(_settings()[2])
    for text, line in zip(rows["text"], rows["line"], strict=True):
        if title_words(str(text)) != words:
            continue
        if held and _in_order(held, words):
            return None  # the title is the line cut of a source's name or a kicker: it stands
        return str(text).strip(), int(line)
    return None


def _in_order(part: list[str], whole: list[str]) -> bool:
    """``part``'s words stand in ``whole`` in the same order."""
    it = iter(whole)
    return all(w in it for w in part)


#: A finder of a better title: (chosen title, url, the page's paragraphs) -> (text, line).
TitleFinder = Callable[[str, str, pd.DataFrame], "tuple[str, int] | None"]


def address_titles(
    docs: pd.DataFrame, sidecar: pd.DataFrame, paragraphs: pd.DataFrame | None
) -> pd.DataFrame:
    """``docs`` with each title replaced by the line the sidecar url's naming segment
    spells whole (``address_title``), unless the sidecar gives the title."""
    return mend_titles(docs, sidecar, paragraphs, address_title, "the address spells it whole")


def mend_titles(
    docs: pd.DataFrame,
    sidecar: pd.DataFrame,
    paragraphs: pd.DataFrame | None,
    finder: TitleFinder,
    why: str,
) -> pd.DataFrame:
    """``docs`` with each title ``finder`` mends from the sidecar's url and the document's
    paragraphs (noted in ``title_source`` with ``why``), unless the sidecar gives the title."""
    if paragraphs is None or "url" not in sidecar.columns or "title" not in docs.columns:
        return docs
    given = sidecar["title"].fillna("").astype(str) if "title" in sidecar.columns else None
    rows: dict | None = None  # each document's paragraph positions, made on first need
    for i, doc_id in docs["doc_id"].items():
        if doc_id not in sidecar.index or (given is not None and given.get(doc_id)):
            continue
        url = sidecar.loc[doc_id, "url"]
        if not isinstance(url, str) or not url:
            continue
        rows = paragraphs.groupby("doc_id", sort=False).indices if rows is None else rows
        own = paragraphs.iloc[rows.get(doc_id, [])]
        found = finder(str(docs.loc[i, "title"] or ""), url, own)
        if found is None:
            continue
        was = docs.loc[i, "title"]
        docs.loc[i, "title"] = found[0]
        if "title_source" in docs.columns:
            docs.loc[i, "title_source"] = f"line {found[1]}: {why} (was {was!r})"
    return docs
