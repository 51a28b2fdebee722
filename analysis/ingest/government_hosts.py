"""A mission's address names its site over the mission's own name printed on its page.

The README's outlet rule ("How the gold names the outlet"): a government body's site (a
ministry, a department, an embassy) is named by its address whatever masthead it prints,
while an institute's or a paper's masthead names its site. An embassy or a consulate whose
site is one of many under its foreign ministry's shared domain (``url_domains.
platform_depths`` of ``data/outlets.yaml`` under a government's domain: "hanoi.emb.mfa.
gov.tr", "vnembassy-wellington.mofa.gov.vn", "vn.china-embassy.gov.cn") is such a body: a
line naming it ("Hanoi Büyükelçiliği", the Turkish embassy in Hanoi, held-out 145) is the
body's name, and the address names the outlet even where the name shares a word with it.
A domain is a government's when one of its labels is a government's second level ("gov",
"gob", "gouv", "govt": ``url_domains.government_levels``) or its top level is a
government's ("gov", "mil": ``url_domains.government_tlds``).
"""

from __future__ import annotations

from analysis.ingest.page_rules import load_rules

#: The outlet kind (``documents.outlet_kind``) of a name read from a site-name line.
SITE_KIND = "site"


def government_domain(domain: str) -> bool:
    """Whether ``domain`` is a government's.

    >>> government_domain("emb.mfa.gov.tr"), government_domain("mppre.gob.ve")
    (True, True)
    >>> government_domain("usembassy.gov"), government_domain("govtrack.us")
    (True, False)
    """
    rules = load_rules()
    labels = domain.casefold().split(".")
    if labels[-1] in rules.government_tlds:
        return True
    return any(label in rules.government_levels for label in labels[:-1])


def mission_host(domain: str) -> bool:
    """Whether the registrable ``domain`` is one mission's site under a government's shared
    domain ("hanoi.emb.mfa.gov.tr"; not the shared domain itself, nor a site under a
    private host's: "someone.uberspace.de")."""
    domain = domain.casefold()
    return any(
        domain.endswith("." + shared) and government_domain(shared)
        for shared in load_rules().platform_depths
    )


def body_name_line(kind: str, flags: str, domain: str) -> bool:
    """Whether an unlisted outlet read from a site-name line (``kind`` "site", flag
    ``outlet_unlisted`` in ``flags``) stands on a mission's unlisted host ``domain``
    (``mission_host``): the line is the body's name, and the address names the outlet."""
    unlisted = "outlet_unlisted" in flags.split(";")
    return kind == SITE_KIND and unlisted and bool(domain) and mission_host(domain)
