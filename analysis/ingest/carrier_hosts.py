"""Hosts that carry a publication the page names rather than a site of their own.

The zoo's rule (``tests/data/layouts/README.md``): the outlet is the site whose page it is,
its printed name before its address; a credit the text names goes to ``credited`` when the
page's host is another site. Some hosts are no other site, and the outlet the text names
stands over their address (``carries_named_outlet``):

- a document host or reading service (``url_domains.document_hosts`` of
  ``data/outlets.yaml``: an uploaded document, a feed reader's entry view, a paper's
  replica names its own publisher);
- a site's build copy: a host with a staging or preview label below its registrable
  domain (``url_domains.build_copy_labels``: "www.staging-5em2ouy.au.example-paas.site",
  "preview.example.org"), a hosting service's copy of a site that the page's own masthead
  names (held-out 105).
"""

from __future__ import annotations

import re
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.ingest.page_rules import Rules


@cache
def _build_copy_label() -> re.Pattern[str]:
    """A host label that marks a build copy: one of ``url_domains.build_copy_labels``
    alone, or followed by a hyphen or a digit ("staging", "staging-5em2ouy", "preview2")."""
    url_rules = load_data_file("outlets.yaml").get("url_domains", {})
    words = "|".join(re.escape(w) for w in url_rules.get("build_copy_labels", [])) or "(?!)"
    return re.compile(rf"(?:{words})(?:[-\d].*)?", re.I)


def build_copy_host(host: str, domain: str) -> bool:
    """Whether a label of ``host`` below its registrable ``domain`` marks a site's build
    copy (``_build_copy_label``).

    >>> build_copy_host("www.staging-5em2ouy-7cuq.au.example-paas.site", "example-paas.site")
    True
    >>> build_copy_host("stagingpost.example.com", "example.com")
    False
    >>> build_copy_host("staging.com", "staging.com")
    False
    """
    below = host.removesuffix(domain).rstrip(".")
    return any(_build_copy_label().fullmatch(label) for label in below.split(".") if label)


def carries_named_outlet(found: tuple[str, str, str, bool], outlet: str, rules: Rules) -> bool:
    """Whether the page's unlisted host (``found``, from ``url_sites.url_outlet``) carries
    the outlet its text names (``outlet``), so that this outlet stands over the host's
    address: a document host or a build copy of a site."""
    name, _credited, host, _listed = found
    return name in rules.document_hosts or (bool(outlet) and build_copy_host(host, name))
