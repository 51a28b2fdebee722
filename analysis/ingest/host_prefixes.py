"""A headline opened by the site's own name, as a blog platform's page title prints it:
Blogger's "<Blog Name>: <Post Title>" (held-out 120, a MarkDownload note of a
yourviet.blogspot.com post: "# Your Viet: Vietnam - Deputy FM on ..."), a small site's
"<Site Name> | <Headline>". When the sidecar's address is known and the words before the
first colon or pipe, run together, spell one of the host's labels ("Your Viet" ->
"yourviet" of yourviet.blogspot.com), they are the site's name, not the headline's.

The name must hold ``HOST_PREFIX_MIN_WORDS`` words or more (a one-word head, "Vietnam:
...", is a headline's kicker as often as a name) and the headline after it
``HOST_PREFIX_REST_MIN_WORDS``; a head that spells no label of the host ("Khmer News:
..." on khdoc.blogspot.com, "Deputy FM: ..." on vietnamnet.vn) is left in place."""

from __future__ import annotations

import re

import pandas as pd

from analysis.core.text import count_words
from analysis.ingest.address_titles import address_titles
from analysis.ingest.host_name_titles import host_name_titles
from analysis.ingest.listing_name_titles import listing_name_titles
from analysis.ingest.one_thing_titles import one_thing_titles
from analysis.ingest.site_suffix_titles import site_suffix_titles
from analysis.ingest.slug_titles import slug_titles
from analysis.ingest.tag_page_titles import tag_page_titles
from analysis.ingest.url_sites import url_host

#: The fewest words of the site's name before the separator.
HOST_PREFIX_MIN_WORDS = 2

#: The fewest words of the headline left after the site's name.
HOST_PREFIX_REST_MIN_WORDS = 3

#: A short head (up to six words) and a colon or a spaced pipe, then the rest.
_HEAD = re.compile(r"^(?P<head>[^:|]{2,60}?)\s*(?::|\s\|)\s+(?P<rest>\S.*)$")


def without_host_prefix(title: str, url: str) -> str:
    """``title`` without a site's name opening it that ``url``'s host spells.

    >>> without_host_prefix("Your Viet: Vietnam - Deputy FM on talks", "https://yourviet.blogspot.com/a")
    'Vietnam - Deputy FM on talks'
    >>> without_host_prefix("Khmer News: Teachers open reading rooms", "http://khdoc.blogspot.com/a")
    'Khmer News: Teachers open reading rooms'
    """
    found = _HEAD.match(title.strip())
    if not found or count_words(found.group("rest")) < HOST_PREFIX_REST_MIN_WORDS:
        return title
    head = found.group("head")
    letters = re.sub(r"[^a-z0-9]", "", head.casefold())
    labels = url_host(url).split(".")[:-1]  # the top-level domain names no site
    if count_words(head) < HOST_PREFIX_MIN_WORDS or len(head.split()) > 6 or letters not in labels:
        return title
    return found.group("rest")


def host_prefix_titles(docs: pd.DataFrame, sidecar: pd.DataFrame) -> pd.DataFrame:
    """``docs`` with each title's opening site name dropped (``without_host_prefix``) where
    the sidecar gives the address and no title; the name is noted in ``title_source``."""
    if "url" not in sidecar.columns or "title" not in docs.columns:
        return docs
    given = sidecar["title"].fillna("").astype(str) if "title" in sidecar.columns else None
    for i, doc_id in docs["doc_id"].items():
        if doc_id not in sidecar.index or (given is not None and given.get(doc_id)):
            continue
        url, title = sidecar.loc[doc_id, "url"], str(docs.loc[i, "title"] or "")
        rest = without_host_prefix(title, url) if isinstance(url, str) else title
        if rest != title:
            docs.loc[i, "title"] = rest
            if "title_source" in docs.columns:
                docs.loc[i, "title_source"] = (
                    f"{docs.loc[i, 'title_source']}; site name {title[: -len(rest)]!r} "
                    "dropped (the address's host spells it)"
                )
    return docs


def url_titles(
    docs: pd.DataFrame, sidecar: pd.DataFrame, paragraphs: pd.DataFrame | None
) -> pd.DataFrame:
    """``docs`` with the titles the sidecar's addresses mend: the header line the slug
    spells (``slug_titles``), a title that is only the site's name yielding to the headline
    under it (``host_name_titles``), a first "<Title> | <Site>" line's title
    (``site_suffix_titles``), then without the site's name the host spells
    (``host_prefix_titles``)."""
    titles = address_titles(slug_titles(docs, sidecar, paragraphs), sidecar, paragraphs)
    titles = listing_name_titles(titles, sidecar, paragraphs)
    titles = one_thing_titles(titles, sidecar, paragraphs)
    titles = tag_page_titles(titles, sidecar, paragraphs)  # one-line tag page (b145)
    titles = host_name_titles(titles, sidecar, paragraphs)
    titles = site_suffix_titles(titles, sidecar, paragraphs)
    return host_prefix_titles(titles, sidecar)
