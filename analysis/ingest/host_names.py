"""A page that prints its host's name: the first line's name is a show or channel on it.

A podcast app's summary page opens with the show's name ("Asia Dispatch"), which the
layout reader takes as the site's name (outlet kind ``site``); the page's own lines name
the app that carries it ("Podcast summary created with Snipd AI") and its address is the
app's (share.snipd.com). The zoo's rule (``tests/data/layouts/README.md``): the outlet is
the site whose page it is, its address or its own printed name. When the address's host
is unlisted and its name (the registrable domain's first label, four letters or more) is
printed as a word of the page (not inside an address or after "@"), while the site-name
line does not spell it (by its letters or by its words' initials: "International Area
Studies Review" on iasr.or.kr names the site itself), the site-name line names something
the host carries, and the host is the outlet. A site whose name line spells its domain
("Socialist Action" on socialistaction.net), a listed outlet, and a name read from
anything else than a site-name line are left as they are. Where the address would name
the outlet over the site-name line, a publisher the page says it is published by and the
address spells names it instead (``publisher_hosts``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import pandas as pd

from analysis.core.text import alnum_key
from analysis.ingest.acronym_hosts import acronym_site, initials_name
from analysis.ingest.copyright_holders import copyright_holder
from analysis.ingest.document_names import named_publisher
from analysis.ingest.document_publishers import PUBLISHER_KIND, cover_publisher
from analysis.ingest.government_hosts import body_name_line
from analysis.ingest.host_kinship import unrelated_site_line
from analysis.ingest.layout import outlet_from_url
from analysis.ingest.layout.journal_front_matter import front_matter_journal
from analysis.ingest.newsletters import copyright_sender, mailing_host
from analysis.ingest.page_rules import Rules, load_rules
from analysis.ingest.publisher_hosts import platform_publisher
from analysis.ingest.running_head_issuers import running_head_issuer
from analysis.ingest.section_slugs import section_in_address
from analysis.ingest.self_citations import self_cited_journal
from analysis.ingest.series_initials import series_publisher
from analysis.ingest.url_sites import url_outlet

#: The outlet kind (``documents.outlet_kind``) of a name read from a site-name line.
SITE_KIND = "site"

#: The fewest letters a domain's label needs to be looked for as a word.
MIN_LABEL_LETTERS = 4


def printed_host(domain: str, texts: Iterable[str]) -> str:
    """The first of ``texts`` that prints ``domain``'s first label as a word of its own
    (not in an address, an e-mail or a handle: no "." "/" "@" around it), or spelled by
    capitalised words that make a whole name (``spelled_by_words``), or "".

    >>> printed_host("snipd.com", ["Asia Dispatch", "Podcast summary created with Snipd AI"])
    'Podcast summary created with Snipd AI'
    >>> printed_host("arcadia.edu", ["brought to you by ScholarWorks@Arcadia.", "arcadia.edu"])
    ''
    """
    label = domain.split(".")[0]
    if len(alnum_key(label)) < MIN_LABEL_LETTERS:
        return ""
    word = re.compile(rf"(?<![\w.@/-]){re.escape(label)}(?![\w@/-]|\.\w)", re.I)
    return next((t for t in texts if word.search(t) or spelled_by_words(label, t)), "")


#: A capitalised word of letters: the words a site's name is printed in ("Wan Hai").
_CAPITAL_WORD = re.compile(r"(?<![\w.@/-])[A-Z][^\W\d_]*(?![\w@/-])")

#: The most words a host's name is spelled across ("Invest Global" for investglobal.vn).
SPELLING_MAX_WORDS = 3


def spelled_by_words(label: str, text: str) -> bool:
    """Whether two or more consecutive capitalised words of ``text`` (``SPELLING_MAX_WORDS``
    at most) spell the domain's first ``label``, letters only ("Wan Hai launches a route"
    for wanhai.com): a site's name printed in words its address runs together.

    >>> spelled_by_words("wanhai", "Wan Hai launches a new reefer route")
    True
    >>> spelled_by_words("wanhai", "Wan, Hai and Long")
    False
    >>> spelled_by_words("investglobal", "The investment is global")
    False
    >>> spelled_by_words("thewest", "The West Australian")
    False
    """
    target = alnum_key(label)
    words = list(_CAPITAL_WORD.finditer(text)) if len(target) >= MIN_LABEL_LETTERS else []
    for i, first in enumerate(words):
        if not target.startswith(first.group(0).casefold()) or _joined(text, words, i - 1, i):
            continue
        for j in range(i + 1, min(i + SPELLING_MAX_WORDS, len(words))):
            if not _joined(text, words, j - 1, j):
                break  # the words must stand side by side, one space apart
            if alnum_key(text[first.start() : words[j].end()]) == target:
                return not _joined(text, words, j, j + 1)  # a whole name, not a longer one's
    return False


def _joined(text: str, words: list[re.Match[str]], i: int, j: int) -> bool:
    """Whether capitalised words ``i`` and ``j`` of ``text`` stand side by side, one space
    apart (False when either is out of range)."""
    if not (0 <= i < j < len(words)):
        return False
    return text[words[i].end() : words[j].start()] == " "


def host_outranks_site_line(
    kind: str, outlet: str, flags: str, domain: str, texts: Iterable[str]
) -> str:
    """The line that names the page's host when an unlisted outlet read from a site-name
    line (``kind``, flag ``outlet_unlisted`` in ``flags``) does not spell the host's
    ``domain`` and the page prints the host's name (``printed_host``); else ""."""
    if kind != SITE_KIND or "outlet_unlisted" not in flags.split(";"):
        return ""
    label = alnum_key(domain.split(".")[0])
    if not label or label in alnum_key(outlet) or initials_name(label, outlet):
        return ""  # the line spells the host: its letters, its initials (iasr.or.kr)
    return printed_host(domain, texts)


def url_outlet_fields(url: str, row: dict[str, str], texts: Sequence[str]) -> dict[str, str] | None:
    """The outlet fields ``layout.outlet_from_url`` gives a documents ``row`` (its outlet
    columns, in ``outlet_from_url``'s order) once ``metadata.csv`` gives ``url``; when the
    page's ``texts`` print the unlisted host's name over a site-name line's
    (``host_outranks_site_line``), the row is read as naming no outlet and
    ``outlet_source`` says why."""
    found = url_outlet(url, load_rules())
    kind, outlet, flags = row["outlet_kind"], row["outlet"], row["metadata_flags"]
    publisher = _document_publisher(found, row, texts) or _newsletter_sender(found, row, texts)
    publisher = publisher or acronym_site(found, row, texts)  # "Central America Trade Office"
    if publisher:
        return publisher
    domain = found[0] if found is not None and not found[3] else ""  # an unlisted host
    line = host_outranks_site_line(kind, outlet, flags, domain, texts) if domain else ""
    section = section_in_address(kind, outlet, flags, url, domain) if domain else ""
    unrelated = bool(domain) and unrelated_site_line(kind, outlet, flags, domain, texts, url)
    unrelated = unrelated or body_name_line(kind, flags, domain)  # an embassy's own name
    if not (line or section or unrelated):
        return outlet_from_url(url, *row.values())
    fields = platform_publisher(domain, texts)  # "Published by <Name>" the host spells
    fields = fields or outlet_from_url(url, *{**row, "outlet": ""}.values())
    if fields:
        fields["outlet_source"] += _address_note(outlet, line, section)
    return fields


def _address_note(outlet: str, line: str, section: str) -> str:
    """Why the address names the outlet over the site-name line ``outlet``: the page prints
    its host's name (``line``), the line spells the address's folder (``section``), or it
    shares nothing with the host (``host_kinship``)."""
    if line:
        return (
            f"; the page prints its host's name ({line[:60]!r}), so the site-name line "
            f"{outlet!r} names what the host carries"
        )
    if section:
        return (
            f"; the site-name line {outlet!r} spells the address's folder {section!r}: "
            "the page's section"
        )
    return f"; the site-name line {outlet!r} shares nothing with the host"


def _newsletter_sender(
    found: tuple | None, row: dict[str, str], texts: Sequence[str]
) -> dict[str, str] | None:
    """The outlet fields of a newsletter on a mailing platform (``found``, from
    ``url_outlet``; ``newsletters.mailing_host``) whose text named no listed outlet, when
    its footer's copyright notice names the sender (``newsletters.copyright_sender``); None
    otherwise (a listed outlet the text names is a story's source)."""
    unlisted = "outlet_unlisted" in str(row["metadata_flags"] or "").split(";")
    if found is None or (row["outlet"] and not unlisted) or not mailing_host(found[0]):
        return None
    sender = copyright_sender(texts)
    if not sender:
        return None
    return {
        "outlet": sender,
        "outlet_source": f"the newsletter's copyright notice names its sender; {found[0]!r} "
        "is the mailing platform that shows it",
        "outlet_kind": SITE_KIND,
    }


def _document_publisher(
    found: tuple | None, row: dict[str, str], texts: Sequence[str]
) -> dict[str, str] | None:
    """The outlet fields of a document on a document host (``found``, from ``url_outlet``)
    whose text named no outlet, or only an unlisted one on a site-name line (held-out 106:
    a library's cover page "Source: <journal>, Vol. 41, No. 2" over "Published by:
    <publisher>"), when its cover names its publisher
    (``document_publishers.cover_publisher``); None otherwise."""
    flags = str(row["metadata_flags"] or "").split(";")
    site_line = row["outlet_kind"] == SITE_KIND and "outlet_unlisted" in flags
    if found is None or (row["outlet"] and not site_line):
        return None
    if found[0] not in load_rules().document_hosts:
        return None
    # (over a site-name line only a publisher the cover itself names, not a listed name
    # found anywhere in the opening letters)
    cover = _cover_name(found[0], texts, unnamed=not row["outlet"])
    own = "" if cover or row["outlet"] else _own_publisher(texts)
    name = cover or own
    if not name:
        return None
    return {
        "outlet": name,
        "outlet_source": f"the document's {'own citation or series label' if own else 'cover'} "
        f"names its publisher; {found[0]!r} hosts it",
        "outlet_kind": PUBLISHER_KIND,
    }


def _cover_name(domain: str, texts: Sequence[str], unnamed: bool) -> str:
    """The publisher a hosted document's cover names (``cover_publisher``); when the text
    named no outlet, its copyright notice's holder (``copyright_holder``, fix42f), its
    running head's issuer (``running_head_issuer``) or the listed outlet its opening names
    (``named_publisher``); "" when none does."""
    if cover := cover_publisher(texts):
        return cover
    if not unnamed:
        return ""
    return copyright_holder(domain, texts) or running_head_issuer(texts) or named_publisher(texts)


def _own_publisher(texts: Sequence[str]) -> str:
    """The publisher a document names in its own citation line ("in: Journal of X, 32,
    2, 55-83", ``self_citations``) or its series label by initials ("CRS Report for
    Congress", ``series_initials``) or its front matter's journal over the article-type
    label (``journal_front_matter``, fix43e), or ""."""
    return self_cited_journal(texts) or series_publisher(texts) or front_matter_journal(texts)


def _carried_by_host(domain: str, rules: Rules) -> bool:
    """Whether ``domain`` is a document host's or a mailing platform's."""
    return domain in rules.document_hosts or mailing_host(domain)


def site_line_texts(
    docs: pd.DataFrame, sidecar: pd.DataFrame, paragraphs: pd.DataFrame | None
) -> dict[str, list[str]]:
    """The paragraphs' texts, by doc_id, of the documents whose outlet came from a
    site-name line, or whose url is a document host's (``_document_publisher``), and whose
    ``sidecar`` row gives a url: the only ones ``url_outlet_fields`` reads ({} without
    ``paragraphs``)."""
    if paragraphs is None or "outlet_kind" not in docs.columns or "url" not in sidecar.columns:
        return {}
    urls = sidecar["url"].fillna("").astype(str)
    with_url = sidecar.index[urls != ""]
    rules = load_rules()
    hosted = {  # documents on a document host (their cover may name the publisher), and
        i  # newsletters on a mailing platform (their copyright notice names the sender)
        for i, url in urls.items()
        if url and _carried_by_host((url_outlet(url, rules) or ("",))[0], rules)
    }
    site = docs["outlet_kind"].eq(SITE_KIND) | docs["doc_id"].isin(hosted)
    site |= docs["outlet"].fillna("").eq("")  # a page naming none (``acronym_hosts``)
    site &= docs["doc_id"].isin(with_url)
    wanted = paragraphs[paragraphs["doc_id"].isin(docs.loc[site, "doc_id"])]
    return {str(k): g["text"].tolist() for k, g in wanted.groupby("doc_id", sort=False)}
