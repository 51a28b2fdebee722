"""Domain and site-name helpers: which of a page's names spells its site's address, and whether
the outlet the text named is the story's source rather than the site.

``name_for_domain`` finds the furniture name that spells the registrable domain
("Socialist Action" for socialistaction.net); ``site_of_domain`` gives an unlisted
site's outlet; ``credited_source`` tells a credited source from the site's own name.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.core.text import alnum_key
from analysis.ingest.document_issuers import document_issuer
from analysis.ingest.domain_spellings import other_spelling
from analysis.ingest.layout.alt_text import whole_logo_name
from analysis.ingest.masthead_names import initials_spelling
from analysis.ingest.name_affixes import article_spelling, bare_site_name
from analysis.ingest.newsletters import mailing_host, newsletter_sender


def name_for_domain(domain: str, site_names: Sequence[str]) -> str:
    """The name among ``site_names`` (the names the page's furniture carries, kept by
    ``refine_outlet``) that spells the site's registrable ``domain`` without its suffix,
    spaces and case ("Socialist Action" for "socialistaction.net", "The Diplomat" for
    "thediplomat.com"), or ""."""
    label = alnum_key(domain.split(".")[0])
    if len(label) < 4:
        return other_spelling(domain, site_names)  # "International Studies Review": isr.vn
    for name in site_names:  # the whole run, or the words of it that spell the domain
        words = bare_site_name(name).split()  # "Tapesearch Logo": "Tapesearch" (b128)
        spans = [" ".join(words[i:j]) for i in range(len(words)) for j in range(len(words), i, -1)]
        # one word only when hyphenated ("Africa-Press"): a bare acronym ("CPUSA") is no name
        spans = [t for t in spans if " " in t or "-" in t or t == " ".join(words)]
        found = next((t for t in spans if alnum_key(t) == label), "")
        if found:  # a logo's alt text names the site whole: "Honolulu Star-Advertiser logo"
            return whole_logo_name(name, found) or found
    spelled = article_spelling(label, site_names)  # "The Independent Online" (b128)
    return spelled or initials_spelling(label, site_names) or other_spelling(domain, site_names)


def site_of_domain(domain: str, site_names: Sequence[str]) -> tuple[str, str]:
    """The outlet of a page whose text named none, from its site's unlisted ``domain``: the
    sender a newsletter's name among ``site_names`` gives when the domain is a mailing
    platform's (``newsletters``), the name of ``site_names`` that spells it
    (``name_for_domain``), on a document host the issuer heading the document
    (``document_issuers``), or the domain itself, and a note for ``outlet_source`` ("" for
    the domain)."""
    sender = newsletter_sender(site_names) if mailing_host(domain) else ""
    if sender:  # "AmCham Vietnam" of "AmCham Vietnam Weekly Update" on constantcontact.com
        return sender, f", the newsletter's sender {sender!r}"
    spelled = name_for_domain(domain, site_names) or document_issuer(domain, site_names)
    return (spelled, f", the page spells it {spelled!r}") if spelled else (domain, "")


#: The kinds of outlet evidence (``OutletKind``) that name where the story came from (an
#: agency's or a paper's credit, the source a byline credits) rather than the site that
#: shows the page. Issue 17's rule: the outlet is the site that carries the page; a credit
#: is the outlet only when the page gives no site at all (no address, no masthead), and is
#: kept in ``credited`` otherwise.
CREDIT_KINDS: frozenset[str] = frozenset({"credit", "byline"})


def credited_source(kind: str, listed: bool, outlet: str = "", domain: str = "") -> bool:
    """Whether the outlet the text named is the source of a story the page's site carries:
    a listed outlet (``data/outlets.yaml`` lists its own addresses, so a host it does not
    list is another site) or a name found as a credit (``kind`` in ``CREDIT_KINDS``);
    never a name that spells the site's ``domain`` ("Vientiane Times" on a
    vientianetimes.org.la that the list does not give is that site's own name), nor the
    domain itself ("viva.co.id" read from the lede's "VIVA.co.id - ").

    >>> credited_source("credit", listed=False)
    True
    >>> credited_source("site", listed=False)
    False
    >>> credited_source("site", True, "Vientiane Times", "vientianetimes.org.la")
    False
    >>> credited_source("site", True, "Vientiane Times", "laos-digest.net")
    True
    >>> credited_source("credit", False, "viva.co.id", "viva.co.id")
    False
    """
    label = alnum_key(domain.split(".")[0]) if domain else ""
    if len(label) >= 4 and alnum_key(outlet) == label:
        return False
    if domain and outlet.casefold().removeprefix("www.") == domain:  # "viva.co.id" itself
        return False
    return listed or kind in CREDIT_KINDS
