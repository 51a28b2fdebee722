"""(fix38b) A page about one thing titled by its heading, a bare name its address spells.

The zoo's rule (README, "How the gold names the title"): a page about one thing (a
programme, a member, a country) under an address segment that also names listings is one
page when it lists no dated items, and its heading, even a bare name, is its title
(`Southeast Asia` over "/programs/southeast-asia/", `Viet Nam` over "/members/vietnam/").
The title scorer counts against such a line (a short name the text repeats is most often
an organisation's over its statement), so it is often left empty. Here, when the address's
last segment follows one of ``one_thing_segments`` and carries no page number, and the
page prints no date line (no dated items), a line among the page's first lines whose
letters run together are the segment's (spaces aside: "Viet Nam" for "vietnam") is the
title, if the chosen title is not already that line.
"""

from __future__ import annotations

import re
from functools import cache

import pandas as pd

from analysis.core.data_files import load_data_file
from analysis.ingest.address_titles import mend_titles
from analysis.ingest.url_sites import unwrap_url

#: The page's first lines searched for its heading.
FIRST_LINES = 3


@cache
def _segments() -> frozenset[str]:
    """``one_thing_segments`` of ``data/header_scoring.yaml``."""
    data = load_data_file("header_scoring.yaml")
    return frozenset(str(w).casefold() for w in data.get("one_thing_segments", []))


def _letters(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def one_thing_name(url: str) -> str:
    """The letters of ``url``'s last segment when it names one thing under a one-thing
    segment ("/programs/southeast-asia/" -> "southeastasia"); "" otherwise (a query, a
    page number, another segment before it).

    >>> one_thing_name("https://x.org/programs/southeast-asia/")
    'southeastasia'
    >>> one_thing_name("https://x.org/programs/southeast-asia?page=2")
    ''
    """
    address = unwrap_url(url.strip())
    if "?" in address:
        return ""
    segments = [s for s in address.split("://", 1)[-1].split("/") if s][1:]
    if len(segments) < 2 or segments[-2].casefold() not in _segments():
        return ""
    return _letters(segments[-1])


def one_thing_title(title: str, url: str, paragraphs: pd.DataFrame) -> tuple[str, int] | None:
    """The heading (text, line) a one-thing page's address spells, when ``title`` is not
    it and the page prints no date line; None otherwise."""
    name = one_thing_name(url)
    if not name or _letters(title) == name or (paragraphs["kind"] == "dateline").any():
        return None
    rows = paragraphs.head(FIRST_LINES)
    for text, line in zip(rows["text"], rows["line"], strict=True):
        if _letters(str(text)) == name:
            return str(text).strip(), int(line)
    return None


def one_thing_titles(
    docs: pd.DataFrame, sidecar: pd.DataFrame, paragraphs: pd.DataFrame | None
) -> pd.DataFrame:
    """``docs`` with each one-thing page titled by its heading (``one_thing_title``)."""
    return mend_titles(docs, sidecar, paragraphs, one_thing_title, "a one-thing page's heading")
