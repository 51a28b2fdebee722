"""A site-name line that is the page's section: its words spell a folder of the address.

An Indian farm weekly's English page opens with its section's label ("Global Agriculture")
over the headline, and the layout reader takes that first line as the site's name (outlet
kind ``site``). The page's address files the article under the same words
(``/global-agriculture/<slug>/``): a name the address gives as a folder of its path is the
section the page sits in, not the site, so the host names the outlet (held-out 74). Only
the folders count, not the article's own last part (a headline's words), and only a name
read from a site-name line that no outlet of ``data/outlets.yaml`` lists.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from analysis.ingest.page_rules import load_rules, scoring_of
from analysis.ingest.url_sites import unwrap_url

#: The outlet kind (``documents.outlet_kind``) of a name read from a site-name line.
_SITE_KIND = "site"

#: The fewest letters a section's name needs to be compared with a folder.
_MIN_LETTERS = 4


def _letters(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


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
    section's, on a ``domain`` that hosts no documents, or "".

    >>> section_in_address("site", "Global Agriculture", "outlet_unlisted",
    ...                    "https://x.org/global-agriculture/rice-drones/")
    'global-agriculture'
    >>> section_in_address("site", "South Western Times", "outlet_unlisted",
    ...                    "https://x.org/news/south-western-times/a-choir/")
    ''
    """
    name, words = _letters(outlet), outlet.split()
    if kind != _SITE_KIND or "outlet_unlisted" not in flags.split(";") or len(name) < _MIN_LETTERS:
        return ""
    rules = load_rules()
    if domain in rules.document_hosts or not scoring_of(rules).section_label.match(words[-1]):
        return ""
    return next((f for f in address_folders(url) if _letters(f) == name), "")
