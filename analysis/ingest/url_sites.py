"""Which site a page's address names: the host behind redirectors and mirrors, the name a
site registered under platforms, government portals and country portals, and the outlet
``data/outlets.yaml`` lists for it (``url_outlet``). The rules come from
``page_rules.load_rules`` (``url_domains`` of ``data/outlets.yaml``).
"""

from __future__ import annotations

import re
from functools import cache
from urllib.parse import parse_qs, unquote, urlsplit

from analysis.core.data_files import load_data_file
from analysis.core.text import alnum_key
from analysis.ingest.page_rules import Rules
from analysis.ingest.translation_proxies import original_url


def unwrap_url(url: str) -> str:
    """The address a redirector wraps ("https://...safelinks.protection.outlook.com/?url=
    https%3A%2F%2Fwww.rnz.co.nz%2F...", "https://www.google.com/url?q=https://..."): the
    first query value that is itself a web address; ``url`` when there is none; a
    translation proxy's address as the original (``translation_proxies.original_url``); a
    mirror's or an aggregator's path holding the original address, as written or
    percent-encoded ("scour.ing/p/https:%2F%2Fwww.bangkokpost.com%2Fopinion%2F...")."""
    url = original_url(url)
    for values in parse_qs(urlsplit(url.strip()).query).values():
        inner = next((v for v in values if v.startswith(("http://", "https://"))), None)
        if inner:
            return unwrap_url(inner)
    raw = urlsplit(url.strip()).path
    for path in dict.fromkeys((raw, unquote(raw))):  # as written, then percent-decoded
        mirrored = _MIRRORED.search(path)
        if mirrored:  # ".../www.heraldsun.com.au/news/...", ".../web/2020/https://x.com/..."
            return "https://" + mirrored.group("host") + path[mirrored.end() :]
    return url


#: A mirror's or an archive's path holding the original address: "/www.x.com.au/news/...",
#: "/web/20200101000000/https://www.x.com/...".
_MIRRORED = re.compile(
    r"/(?:https?:/{1,2}(?=[\w-]+\.)|(?=www\.))(?P<host>[\w-]+(?:\.[\w-]+)+)(?=/|$)"
)


def url_host(url: str) -> str:
    """The lower-case host of ``url`` without "www." ("https://www.x.com.sg/a" -> "x.com.sg"),
    the wrapped address's host for a redirector's link; "" when ``url`` has none. A fully
    qualified host's closing dot ("economictimes.indiatimes.com.", which browsers open as the
    same site) is dropped, so the labels are the site's."""
    url = unwrap_url(url)
    host = urlsplit(url.strip() if "//" in url else "//" + url.strip()).hostname or ""
    return host.casefold().rstrip(".").removeprefix("www.")


def site_labels(host: str, rules: Rules) -> list[str]:
    """The letters of ``host``'s labels that can name its site: the top-level domain, an
    edition's label (``url_domains.host_prefixes``: "www", "en") and a registry's second
    level (``url_domains.second_level``: "co" of "x.co.uk") left out.

    >>> from analysis.ingest.page_rules import load_rules
    >>> site_labels("www.the-new-x.co.uk", load_rules())
    ['thenewx']
    >>> site_labels("jstage.jst.go.jp", load_rules())
    ['jstage', 'jst']
    """
    labels = host.casefold().rstrip(".").split(".")[:-1]
    skip = rules.host_prefixes | rules.second_level
    return [alnum_key(label) for label in labels if label and label not in skip]


def _platform_site(host: str, labels: list[str], rules: Rules) -> str:
    """A user's site on a publishing platform (``url_domains.platforms``): the platform's
    host itself when its sites are paths ("sites.google.com"), else one label under it
    ("x.blogspot.com"), or as many as a shared host's depth says
    (``url_domains.platform_depths``: "news.dkp.suhail.uberspace.de" -> user "dkp" on
    server "suhail", "dkp.suhail.uberspace.de"); "" when the host is under none."""
    if host in rules.platforms:  # "sites.google.com": a platform whose sites are paths
        return host
    if len(labels) >= 3 and ".".join(labels[-2:]) in rules.platforms:
        return ".".join(labels[-3:])
    for platform, depth in rules.platform_depths.items():
        size = platform.count(".") + 1
        if len(labels) >= size + depth and ".".join(labels[-size:]) == platform:
            return ".".join(labels[-size - depth :])
    return ""


def registrable_domain(host: str, rules: Rules) -> str:
    """The name a site registered ("world.kbs.co.kr" -> "kbs.co.kr", "en.x.vn" -> "x.vn"):
    the last two labels, or three when the second last is a generic second level
    (``url_domains.second_level`` of ``data/outlets.yaml``) under a country code; one label
    more under a publishing platform (``url_domains.platforms``: "x.blogspot.com"), as many
    as a shared host's depth says (``url_domains.platform_depths``) and under a government
    portal (``url_domains.portal_levels``: "dept.province.gov.vn", "dept.gov.spb.ru" under a
    regional second level, ``_regional_portal``), unless that
    label is an edition's (``url_domains.host_prefixes``: "www", "en"); one more under a
    portal named after a country ("zeenews.india.com", see ``_country_labels``); the whole
    host (without an edition's label) under a government top-level domain
    (``url_domains.government_tlds``: "fmso.tradoc.army.mil")."""
    labels = host.split(".")
    if site := _platform_site(host, labels, rules):
        return site
    if labels[-1] in rules.government_tlds:  # "fmso.tradoc.army.mil": an office's own site
        return _without_edition_labels(labels, rules)
    portal = len(labels) >= 4 and len(labels[-1]) == 2 and labels[-2] in rules.portal_levels
    if portal and labels[-4] not in rules.host_prefixes:
        return ".".join(labels[-4:])
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in rules.second_level:
        return _regional_portal(labels, rules)
    if (
        len(labels) >= 3
        and labels[-2] in _country_labels()
        and labels[-3] not in rules.host_prefixes
    ):
        return ".".join(labels[-3:])  # "zeenews.india.com": a brand under a country's portal
    return ".".join(labels[-2:])


def _regional_portal(labels: list[str], rules: Rules) -> str:
    """The registrable domain under a generic or regional second level ("kbs.co.kr",
    "gov.spb.ru"), with one label more when it is a government portal's
    (``url_domains.portal_levels``) and that label no edition's: "kvs.gov.spb.ru", a city
    committee's own site under St Petersburg's government portal."""
    office = len(labels) >= 4 and labels[-3] in rules.portal_levels
    if office and labels[-4] not in rules.host_prefixes:
        return ".".join(labels[-4:])
    return ".".join(labels[-3:])


def _without_edition_labels(labels: list[str], rules: Rules) -> str:
    """A host's labels joined without the edition labels opening it ("www", "en"), two
    labels at least: "www.harbours.gov" -> "harbours.gov"."""
    while len(labels) > 2 and labels[0] in rules.host_prefixes:
        labels = labels[1:]
    return ".".join(labels)


@cache
def _country_labels() -> frozenset[str]:
    """Country names and one-word aliases of ``data/gazetteer_countries.csv`` as a host's
    labels (lower case, no spaces): a portal named after a country ("india.com") hosts its
    brands' sites under their own labels ("zeenews.india.com")."""
    table = load_data_file("gazetteer_countries.csv")
    labels: set[str] = set()
    for name, aliases in zip(table["name"], table["aliases"], strict=True):
        for word in [name, *str(aliases).split("|")]:
            label = re.sub(r"[^a-z0-9-]", "", str(word).casefold())
            if len(label) >= 4:
                labels.add(label)
    return frozenset(labels)


def url_outlet(url: str, rules: Rules) -> tuple[str, str, str, bool] | None:
    """The outlet a page's address names, as (name, credited, host, listed): the outlet of
    ``data/outlets.yaml`` whose ``domains`` (or a host-name ``names`` entry) hold the host or
    a domain above it ("e.vnexpress.net" matches "vnexpress.net"); for a host no outlet
    lists, the registrable domain as the name (``listed`` False); None for no host, an IP
    address or a reserved domain (``url_domains.reserved``: "example.org", "x.test"); a
    privacy front-end's host is read as the service it shows (``url_domains.front_ends``).
    A site under a shared host (``url_domains.platform_depths``: a mission's
    "vnembassy-wellington.mofa.gov.vn") is its own, not the listed host's (fix31)."""
    host = url_host(url)
    if not host or "." not in host or re.fullmatch(r"[\d.]+|\[?[\da-f:]+\]?", host):
        return None
    labels = host.split(".")
    if rules.reserved_domains & set(labels[-2:]):  # "x.test", "www.example.org"; not the
        return None  # subdomain of a site ("test.manilatimes.net": the paper's test server)
    front = next((rules.front_ends[label] for label in labels if label in rules.front_ends), "")
    if front:  # "redlib.example.org" shows reddit.com's pages
        host, labels = front, front.split(".")
    site = _platform_site(host, labels, rules)  # a mission's own site under its ministry's
    for k in range(len(labels) - 1):
        if site and k > len(labels) - len(site.split(".")):
            break  # a listed domain above a platform's site is the platform's, not the site's
        hit = rules.domains.get(".".join(labels[k:]))
        if hit:
            return hit[0], hit[1], host, True
    return registrable_domain(host, rules), "", host, False
