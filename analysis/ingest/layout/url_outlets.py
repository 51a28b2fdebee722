"""Outlets by address: the outlet fields a page's ``url`` gives (``outlet_from_url``).

A listed host names its outlet whatever the text says; an unlisted host names the outlet
by its registrable domain or the site's name spelling it, unless the text named the site.
"""

from __future__ import annotations

from analysis.core import schema

# the module, not its names: domain_sites reads layout.alt_text, so it may be mid-import here
from analysis.ingest import domain_sites
from analysis.ingest.carrier_hosts import carries_named_outlet
from analysis.ingest.page_rules import Rules, load_rules
from analysis.ingest.url_sites import url_outlet


def _listed_site(
    found: tuple[str, str, str, bool], outlet: str, credited: str, source: str, flags: str
) -> dict[str, str]:
    """The outlet fields when the page's host is a site ``data/outlets.yaml`` lists: that
    outlet, the one the text named otherwise going to ``credited``."""
    name, url_credited, host, _ = found
    if name == outlet and not source.startswith("url"):
        return {
            "outlet": outlet,
            "credited": credited,
            "outlet_source": f"url: {host} is {name}'s site; text: {source}",
            "outlet_kind": "url",
            "metadata_flags": flags,
        }
    flag_list = [f for f in flags.split(";") if f]
    other = outlet if outlet and outlet != name and "outlet_unlisted" not in flag_list else ""
    text_note = f"; the text named {outlet!r} ({source})" if outlet else ""
    return {
        "outlet": name,
        "credited": credited if outlet == name else (other or url_credited),
        "outlet_source": f"url: {host} is {name}'s site (data/outlets.yaml){text_note}",
        "outlet_kind": "url",
        "metadata_flags": ";".join(f for f in flag_list if f != "outlet_unlisted"),
    }


def _self_label(outlet: str, flags: list[str], rules: Rules, domain: str = "") -> bool:
    """An unlisted outlet the text named with a site's word for itself ("TTH Portal",
    ``url_domains.self_labels`` of ``data/outlets.yaml``) or as the site's ``domain``
    itself ("viva.co.id", from the lede's "VIVA.co.id - ")."""
    name = outlet.casefold()
    return "outlet_unlisted" in flags and (
        name == domain or any(name.endswith(" " + label) for label in rules.self_labels)
    )


def outlet_from_url(
    url: str,
    outlet: str,
    credited: str,
    source: str,
    flags: str,
    kind: str = "",
    site_names: str = "",
) -> dict[str, str] | None:
    """The outlet fields of a documents row once ``metadata.csv`` gives the page's ``url``
    (``url_outlet`` reads its host against ``domains`` of ``data/outlets.yaml``), or None
    when they stay as the text gave them.

    The outlet is the site that carries the page (issue 17). A listed domain names the
    outlet whatever the text says; an outlet the text named otherwise goes to
    ``credited`` (a site running an agency's story). A host no outlet lists names the
    outlet by its registrable domain, or by the name of the page's furniture that spells
    that domain (``site_names``, joined by ``schema.SITE_NAMES_SEPARATOR``: "Socialist
    Action" for socialistaction.net, ``domain_sites.site_of_domain``), when the text
    named no outlet (flag ``outlet_unlisted``) or only the source of the story
    (``domain_sites.credited_source``: a listed outlet, whose own addresses are listed, or
    one whose ``kind`` is a credit's, such as "(AFP)" or "Source: X", which then goes to
    ``credited``); it never overrides the site's own name read in the text (its masthead,
    page title), nor the outlet the text names on a host that carries it (a document host,
    a site's build copy: ``carrier_hosts``). Returns
    ``outlet``, ``credited``, ``outlet_source``, ``outlet_kind`` (``url``), ``metadata_flags``.
    """
    rules = load_rules()
    found = url_outlet(url, rules)
    if found is None:
        return None
    name, _, _, listed = found
    flag_list = [f for f in flags.split(";") if f]
    if listed:
        return _listed_site(found, outlet, credited, source, flags)
    credit = (
        bool(outlet)
        and not carries_named_outlet(found, outlet, rules)  # a document host, a build copy
        and domain_sites.credited_source(kind, "outlet_unlisted" not in flag_list, outlet, name)
    )
    if outlet and not credit and not _self_label(outlet, flag_list, rules, name):
        return None
    names = [n for n in site_names.split(schema.SITE_NAMES_SEPARATOR) if n]
    site, spelled = domain_sites.site_of_domain(
        name, names
    )  # "Socialist Action" for socialistaction.net
    if credit:
        how = f"the text credits {outlet!r} as the story's source ({source})"
    else:
        label = f"; the text's {outlet!r} is the site's own label" if outlet else ""
        how = f"neither the text nor data/outlets.yaml names the outlet{label}"
    return {
        "outlet": site,
        "credited": outlet if credit else credited,
        "outlet_source": f"url: the site's domain {name!r}{spelled}; {how}",
        "outlet_kind": "url",
        "metadata_flags": ";".join(dict.fromkeys([*flag_list, "outlet_unlisted"])),
    }
