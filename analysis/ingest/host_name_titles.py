"""(fix40a) A title that is only the site's own name, the name its address's host spells.

A page saved from its top prints the site's name as its first line ("The New Saudi Arabia"
on thenewsaudiarabia.com, a blog's or a small site's masthead), and a page whose headline
is gone, or a listing whose first item stands further down under a tagline and a search
box's labels, leaves the name the strongest header line. A line whose words, run together,
spell one of the host's labels (two words or more: "The New Saudi Arabia" ->
"thenewsaudiarabia") is the site's name, never a headline: the title becomes the first
heading below it and above the page's first paragraph of text (four to
``NAME_HEADLINE_MAX_WORDS`` words, no closing stop, not naming the site itself, as its
tagline does), or empty when none stands there (the zoo's rule: a copy that kept no headline
has an empty title).
"""

from __future__ import annotations

import pandas as pd

from analysis.core.text import alnum_key, count_words
from analysis.ingest.address_titles import mend_titles
from analysis.ingest.page_rules import load_rules
from analysis.ingest.url_sites import site_labels, url_host

#: The fewest words of a site's name spelled by the host (one word is as often a topic).
NAME_MIN_WORDS = 2

#: The fewest and the most words of the headline found under the site's name.
NAME_HEADLINE_MIN_WORDS = 4
NAME_HEADLINE_MAX_WORDS = 20


def host_labels(url: str) -> list[str]:
    """The letters of ``url``'s host labels that can name a site
    (``url_sites.site_labels``).

    >>> host_labels("https://www.the-new-x.com/a/b")
    ['thenewx']
    """
    return site_labels(url_host(url), load_rules())


def is_host_name(title: str, url: str) -> bool:
    """Whether ``title``'s words, run together, spell one of ``url``'s host labels.

    >>> is_host_name("The New Saudi Arabia", "https://thenewsaudiarabia.com/page/2/")
    True
    >>> is_host_name("Saudi Arabia", "https://thenewsaudiarabia.com/page/2/")
    False
    """
    if count_words(title) < NAME_MIN_WORDS:
        return False
    letters = alnum_key(title)
    return bool(letters) and letters in host_labels(url)


def headline_under_name(paragraphs: pd.DataFrame, title_line: int, url: str) -> tuple[str, int]:
    """The first heading below ``title_line`` and above the first paragraph of text that can
    be a headline (not naming the site: its tagline), as (text, line), or ("", 0)."""
    labels = host_labels(url)
    for kind, text, line in zip(
        paragraphs["kind"], paragraphs["text"], paragraphs["line"], strict=True
    ):
        if line <= title_line:
            continue
        if kind in ("lede", "body"):
            break
        text = str(text).strip()
        words = count_words(text)
        names_site = any(label and label in alnum_key(text) for label in labels)
        if (
            kind == "heading"
            and NAME_HEADLINE_MIN_WORDS <= words <= NAME_HEADLINE_MAX_WORDS
            and not text.endswith((".", ":"))
            and not names_site
        ):
            return text, int(line)
    return "", 0


def host_name_title(title: str, url: str, paragraphs: pd.DataFrame) -> tuple[str, int] | None:
    """The title a page gets when ``title`` is only the site's name its host spells: the
    headline under it (``headline_under_name``), else ("", 0); None otherwise."""
    if not is_host_name(title, url):
        return None
    texts = [str(t).strip() for t in paragraphs["text"]]
    if title.strip() not in texts:
        return None
    title_line = int(paragraphs["line"].iloc[texts.index(title.strip())])
    return headline_under_name(paragraphs, title_line, url)


def host_name_titles(
    docs: pd.DataFrame, sidecar: pd.DataFrame, paragraphs: pd.DataFrame | None
) -> pd.DataFrame:
    """``docs`` with each title that is only the site's name replaced by the headline under
    it or emptied (``host_name_title``)."""
    return mend_titles(docs, sidecar, paragraphs, host_name_title, "the site's name")
