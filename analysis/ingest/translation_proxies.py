"""A page read through a web translation proxy (held-out 94): the proxy serves the
translated page under a host of its own that spells the original one
("voatiengviet-com.translate.goog" for voatiengviet.com: each "." of the original host
written "-", each "-" written "--") and adds its own query fields ("?_x_tr_sl=vi&
_x_tr_tl=en"). The page is the original site's: its address is the original one
(``original_url``), so the outlet, a date in the address and a listed outlet's domain are
read from it. The proxies' host suffixes are data (``url_domains.translation_proxies``
of ``data/outlets.yaml``).

A university's WebVPN gateway (held-out 102) serves a licensed database's page the same
way, under a host of its own that spells the database's ("www-airitilibrary-cn-443.webvpn.
sxu.edu.cn" for www.airitilibrary.cn): the spelled host is the first label, each "." of
the original written "-", closed by the port ("-443", "-8080") or the "-s" of https, and
the gateway's label follows it (``url_domains.vpn_gateway_labels``: "webvpn"). The page is
the database's (``original_host``)."""

from __future__ import annotations

import re
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


@cache
def _gateway_labels() -> frozenset[str]:
    """The labels of campus VPN gateways' hosts ("webvpn", ``vpn_gateway_labels``)."""
    domains = load_data_file("outlets.yaml").get("url_domains", {})
    return frozenset(label.casefold() for label in domains.get("vpn_gateway_labels", []))


#: The port or the https mark closing a gateway's spelled host ("-443", "-s").
_GATEWAY_PORT = re.compile(r"-(?:\d{2,5}|s)$")


def _spelled(label: str) -> str:
    """The host a proxy's label spells: each "-" a ".", each "--" a "-"."""
    return label.replace("--", "\0").replace("-", ".").replace("\0", "-")


def _gateway_host(low: str) -> str:
    """The host a campus VPN gateway's host spells ("www-airitilibrary-cn-443.webvpn.sxu.
    edu.cn" -> "www.airitilibrary.cn"), or "": the first label, without its port, names
    a host of two labels or more, and the gateway's label comes right after it."""
    labels = low.split(".")
    if len(labels) < 3 or labels[1] not in _gateway_labels():
        return ""
    spelled = _spelled(_GATEWAY_PORT.sub("", labels[0]))
    return spelled if "." in spelled.strip(".") and ".." not in spelled else ""


def original_host(host: str, suffixes: tuple[str, ...] | None = None) -> str:
    """The host a translation proxy's host spells ("dantri-com-vn.translate.goog" ->
    "dantri.com.vn", "my--site-org.translate.goog" -> "my-site.org") or a campus VPN
    gateway's (``_gateway_host``); ``host`` itself when it is neither's."""
    low = host.casefold()
    for suffix in _proxy_suffixes() if suffixes is None else suffixes:
        label = low.removesuffix(suffix)
        if label != low and label and "." not in label:
            return _spelled(label)
    return _gateway_host(low) or host


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
