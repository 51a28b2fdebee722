"""A page read through a web translation proxy (held-out 94): the proxy serves the
translated page under a host of its own that spells the original one
("voatiengviet-com.translate.goog" for voatiengviet.com: each "." of the original host
written "-", each "-" written "--") and adds its own query fields ("?_x_tr_sl=vi&
_x_tr_tl=en"). The page is the original site's: its address is the original one
(``original_url``), so the outlet, a date in the address and a listed outlet's domain are
read from it. The proxies' host suffixes are data (``url_domains.translation_proxies``
of ``data/outlets.yaml``)."""

from __future__ import annotations

from functools import cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from analysis.core.data_files import load_data_file

#: The query fields a translation proxy adds to the original address ("_x_tr_sl=vi").
_PROXY_FIELD_PREFIX = "_x_tr_"


@cache
def _proxy_suffixes() -> tuple[str, ...]:
    """The translation proxies' host suffixes, each with its leading dot (".translate.goog")."""
    domains = load_data_file("outlets.yaml").get("url_domains", {})
    return tuple("." + suffix.casefold() for suffix in domains.get("translation_proxies", []))


def original_host(host: str, suffixes: tuple[str, ...] | None = None) -> str:
    """The host a translation proxy's host spells ("dantri-com-vn.translate.goog" ->
    "dantri.com.vn", "my--site-org.translate.goog" -> "my-site.org"); ``host`` itself when
    it is no proxy's."""
    low = host.casefold()
    for suffix in _proxy_suffixes() if suffixes is None else suffixes:
        label = low.removesuffix(suffix)
        if label != low and label and "." not in label:
            return label.replace("--", "\0").replace("-", ".").replace("\0", "-")
    return host


def original_url(url: str) -> str:
    """The original address of a page read through a translation proxy: the host it spells
    and the query without the proxy's fields; ``url`` itself for any other address."""
    parts = urlsplit(url.strip())
    host = parts.hostname or ""
    site = original_host(host)
    if site == host:
        return url
    query = [(k, v) for k, v in parse_qsl(parts.query) if not k.startswith(_PROXY_FIELD_PREFIX)]
    return urlunsplit((parts.scheme, site, parts.path, urlencode(query), parts.fragment))
