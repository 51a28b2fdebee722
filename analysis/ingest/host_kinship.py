"""Host kinship: whether an unlisted site-name line has anything to do with the page's host.

A line read as the site's name (outlet kind ``site``, flag ``outlet_unlisted``) may be a
section's heading, a series' or a document's name, a source the page copies ("Activities
of the Claimants" over a research centre's weekly bulletin, "The White" of a blog copying a
White House release). The README's outlet rule: the outlet is the site whose page it is,
its own printed name or its address. A name that shares nothing with an unlisted host (no
word of it, no initials of its words, no run of four letters of the registrable domain
from a word's start) does not show that site, so the address names the outlet
(``unrelated_site_line``).

Kept: a name printed twice on the page as a line of its own (a masthead and a footer, or
a copyright line or a breadcrumb's item naming it), a coined single word the host
abbreviates ("Vinacapital" on vcap.vn) or one with capitals inside ("TechTorch"), a
publication's name (a word of ``masthead_words``: "... News", "Journal of ..."), a
single word the address prints as a folder, and any name on a document host or a mailing
platform (they carry others' documents) or an internationalised host.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from analysis.core.stop_words import english_stop_words
from analysis.core.text import alnum_key
from analysis.ingest.newsletters import mailing_host
from analysis.ingest.page_rules import layout_alternation, load_rules
from analysis.ingest.url_sites import site_labels

#: The shortest run of the host's letters that makes a name kin to it.
_RUN = 4

#: A footer line naming the site: "© 2024 Name", "Copyright 2016 Name. All rights reserved."
_COPYRIGHT = re.compile(r"^\W*(?:©|\(c\)|copyright\b)", re.I)


@cache
def _publication_name() -> re.Pattern[str]:
    """A publication's word as a word of a name ("Hong Kong Business News", "Journal of
    ..."; ``masthead_words`` of ``data/page_layout.yaml``)."""
    return re.compile(rf"\b(?:{layout_alternation('masthead_words')})\b", re.I)


def _kept_name(name: str, domain: str, url: str) -> bool:
    """A name the address never overrides: a publication's (``_publication_name``), a
    coined word with capitals inside ("TechTorch") or one the address prints as a folder
    ("Ausmarine" under /ausmarine/: a site hosted on a platform), or any name on a host
    whose letters say nothing (an internationalised "xn--" label) or that carries others'
    documents or mail (``document_hosts`` of ``data/outlets.yaml``, a mailing platform)."""
    if _publication_name().search(name) or re.fullmatch(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+", name):
        return True
    folders = re.split(r"[/?#&=]+", url.casefold().split("://")[-1])[1:]
    if " " not in name.strip() and name.strip().casefold() in folders:
        return True
    if "xn--" in domain or mailing_host(domain):
        return True
    return domain in load_rules().document_hosts


#: The separator of a breadcrumb trail's items ("Home > Name > Issue").
_CRUMB_SEP = re.compile(r"\s*[>»›]\s*")


def host_labels(domain: str) -> list[str]:
    """The site's own labels of a registrable ``domain``, letters only
    (``url_sites.site_labels``): ["jstage", "jst"] for "jstage.jst.go.jp".

    >>> host_labels("mekong-cuulong.blogspot.com")
    ['mekongcuulong', 'blogspot']
    """
    return site_labels(domain, load_rules())


def shares_host(name: str, domain: str) -> bool:
    """Whether ``name`` shares a word, its words' initials or a run of four letters from a
    word's start with the host ``domain`` (a label shorter than four letters: the whole
    label).

    >>> shares_host("Socialist Action", "socialistaction.net")
    True
    >>> shares_host("Diplomatic Academy of Vietnam", "dav.edu.vn")
    True
    >>> shares_host("Activities of the Claimants", "nghiencuubiendong.vn")
    False
    """
    labels = host_labels(domain)
    host = "".join(labels)
    if not host or not alnum_key(name):
        return True
    words = [alnum_key(w) for w in re.findall(r"[^\W_]+", name)]
    return _word_kin(words, host) or _run_kin(words, labels)


def _word_kin(words: list[str], host: str) -> bool:
    """A content word of three letters or more inside the host's letters, or the initials
    of the name's words (content words only, or all) of two letters or more."""
    stop = english_stop_words()
    content = [w for w in words if w and w not in stop]
    if any(len(w) >= 3 and w in host for w in content):
        return True
    initials = {"".join(w[0] for w in content), "".join(w[0] for w in words if w)}
    return any(len(i) >= 2 and i in host for i in initials)


def _run_kin(words: list[str], labels: list[str]) -> bool:
    """A run of four of a label's letters from a word's start in the name (a label
    shorter than four letters: the whole label anywhere in the name)."""
    letters = "".join(words)
    starts = _word_starts(words)
    for label in labels:
        if len(label) < _RUN:
            if label in letters:
                return True
            continue
        runs = {label[k : k + _RUN] for k in range(len(label) - _RUN + 1)}
        if any(letters[p : p + _RUN] in runs for p in starts):
            return True
    return False


def _word_starts(words: list[str]) -> list[int]:
    """Where each word starts in the name's letters run together: a run of the host's
    letters counts from a word's start ("Tuoi Tre" for tuoitre.vn), never inside a word
    ("cast" of "Podcast" is no kin to castbox.fm)."""
    starts, at = [], 0
    for word in words:
        starts.append(at)
        at += len(word)
    return starts


def _abbreviated_by_host(name: str, domain: str) -> bool:
    """A coined single word whose letters the host's label takes in order from its first
    letter ("Vinacapital" on vcap.vn)."""
    words = name.split()
    if len(words) != 1:
        return False
    word = alnum_key(words[0])
    for label in host_labels(domain):
        if 2 <= len(label) < len(word) and label[0] == word[0]:
            rest = iter(word)
            if all(c in rest for c in label):
                return True
    return False


def _printed_twice(name: str, texts: Iterable[str]) -> bool:
    """The name printed as a line of its own twice (a masthead and a footer), or once
    with a copyright line naming it or a breadcrumb trail holding it as an item ("Home >
    Name > Issue": the publication the page belongs to)."""
    key = alnum_key(name)
    alone = again = 0
    for text in texts:
        alone += alnum_key(text) == key
        crumbs = [alnum_key(c) for c in _CRUMB_SEP.split(text)] if _CRUMB_SEP.search(text) else []
        again += (bool(_COPYRIGHT.match(text)) and key in alnum_key(text)) or key in crumbs
    return alone >= 2 or (alone >= 1 and again >= 1)


def unrelated_site_line(
    kind: str, outlet: str, flags: str, domain: str, texts: Iterable[str], url: str = ""
) -> bool:
    """Whether an unlisted outlet read from a site-name line (``kind`` "site", flag
    ``outlet_unlisted`` in ``flags``) shares nothing with the unlisted host ``domain``
    (``shares_host``), is no coined word the host abbreviates and is not printed twice
    among the page's ``texts`` (the page's paragraphs; none: False), nor a name kept
    whatever the page's ``url`` (``_kept_name``): the address then names the outlet."""
    lines = list(texts)  # none without the page's paragraphs: nothing is read
    if kind != "site" or "outlet_unlisted" not in flags.split(";") or not outlet or not lines:
        return False
    if _kept_name(outlet, domain, url) or shares_host(outlet, domain):
        return False
    if _abbreviated_by_host(outlet, domain):
        return False
    return not _printed_twice(outlet, lines)
