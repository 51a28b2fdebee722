"""A site-name line that is the page's section: its words spell a folder of the address.

An Indian farm weekly's English page opens with its section's label ("Global Agriculture")
over the headline, and the layout reader takes that first line as the site's name (outlet
kind ``site``). The page's address files the article under the same words
(``/global-agriculture/<slug>/``): a name the address gives as a folder of its path is the
section the page sits in, not the site, so the host names the outlet (held-out 74). Only
the folders count, not the article's own last part (a headline's words), and only a name
read from a site-name line that no outlet of ``data/outlets.yaml`` lists.

A university department's news page opens with "News EcoS" (the news label and the
department's short name) over the headline, under an address that files it as
``/en/news/eng-news-einzelnachricht-ecos/news/<slug>/`` (held-out 91): the label's words
stand apart in the folders, each a word of a folder's name. A name of two words or more,
one of them a section's word, whose every word is a word of the folders (split at "-" and
"_") is the page's section too.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from analysis.core.text import alnum_key
from analysis.ingest.page_rules import load_rules, scoring_of
from analysis.ingest.section_head_words import section_head_word
from analysis.ingest.url_sites import unwrap_url

#: The outlet kind (``documents.outlet_kind``) of a name read from a site-name line.
_SITE_KIND = "site"

#: The fewest letters a section's name needs to be compared with a folder.
_MIN_LETTERS = 4


def address_folders(url: str) -> list[str]:
    """The folders of ``url``'s path, without the article's own last part.

    >>> address_folders("https://www.example.org/global-agriculture/rice-drones/")
    ['global-agriculture']
    >>> address_folders("https://example.org/a-story.html")
    []
    """
    parts = [part for part in urlsplit(unwrap_url(url).strip()).path.split("/") if part]
    return parts[:-1]


def section_in_address(kind: str, outlet: str, flags: str, url: str, domain: str = "") -> str:
    """The folder of ``url`` whose letters spell ``outlet``, an unlisted name read from a
    site-name line (``kind``, flag ``outlet_unlisted`` in ``flags``) whose last word is a
    section's, or that holds every word of such a name one of whose words is a section's
    (``_words_in_folders``), on a ``domain`` that hosts no documents, or "".

    >>> section_in_address("site", "Global Agriculture", "outlet_unlisted",
    ...                    "https://x.org/global-agriculture/rice-drones/")
    'global-agriculture'
    >>> section_in_address("site", "South Western Times", "outlet_unlisted",
    ...                    "https://x.org/news/south-western-times/a-choir/")
    ''
    >>> section_in_address("site", "News EcoS", "outlet_unlisted",
    ...                    "https://x.ac.at/en/news/eng-news-ecos/news/a-book/")
    'eng-news-ecos'
    """
    name, words = alnum_key(outlet), outlet.split()
    if kind != _SITE_KIND or "outlet_unlisted" not in flags.split(";") or len(name) < _MIN_LETTERS:
        return ""
    rules = load_rules()
    if domain in rules.document_hosts:
        return ""
    section_word = scoring_of(rules).section_label.match
    folders = address_folders(url)
    if section_word(words[-1]) or section_head_word(words[-1], scoring_of(rules)):
        spelled = next((f for f in folders if alnum_key(f) == name), "")
        if spelled:
            return spelled
    return _words_in_folders(words, folders) if any(section_word(w) for w in words) else ""


def _words_in_folders(words: list[str], folders: list[str]) -> str:
    """The folder holding the last of ``words`` (two or more) when every one of them is a
    word of ``folders`` (split at "-" and "_"), or "".

    >>> _words_in_folders(["News", "EcoS"], ["en", "news", "eng-news-einzelnachricht-ecos"])
    'eng-news-einzelnachricht-ecos'
    >>> _words_in_folders(["News", "Today"], ["en", "news"])
    ''
    """
    split = [{alnum_key(w) for w in re.split(r"[-_]", f)} for f in folders]
    keys = [alnum_key(w) for w in words]
    if len(keys) < 2 or not all(k and any(k in f for f in split) for k in keys):
        return ""
    return next(f for f, parts in zip(folders, split, strict=True) if keys[-1] in parts)
