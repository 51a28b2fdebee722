"""Tests of ``analysis.ingest.carrier_hosts``: hosts that carry the outlet the page's text
names (a document host, a site's build copy) keep that outlet over their address
(placeholder pages)."""

from __future__ import annotations

import pytest

from analysis.core import schema
from analysis.ingest.carrier_hosts import build_copy_host, carries_named_outlet
from analysis.ingest.layout import outlet_from_url, read_article
from analysis.ingest.page_rules import load_rules
from analysis.ingest.url_sites import url_outlet

RULES = load_rules()


@pytest.mark.parametrize(
    ("host", "domain", "copy"),
    [
        ("www.staging-5em2ouy-7cuq56wbubyus.au.example-paas.site", "example-paas.site", True),
        ("staging.harbour-post.org", "harbour-post.org", True),
        ("preview2.harbour-post.org", "harbour-post.org", True),
        # negatives: a word that only starts with the label, the registrable name itself,
        # an edition's or a section's label
        ("stagingpost.example-news.com", "example-news.com", False),
        ("staging.com", "staging.com", False),
        ("en.harbour-post.org", "harbour-post.org", False),
        ("previews.harbour-post.org", "harbour-post.org", False),
    ],
)  # fmt: skip
def test_build_copy_host(host: str, domain: str, copy: bool) -> None:
    assert build_copy_host(host, domain) is copy


def _fields(text: str, url: str) -> tuple[str, str]:
    """The outlet and credited fields of ``text`` once its address is ``url``."""
    a = read_article(text)
    fields = outlet_from_url(
        url,
        a.outlet,
        a.credited,
        a.outlet_source,
        ";".join(a.metadata_flags),
        a.outlet_kind,
        schema.SITE_NAMES_SEPARATOR.join(a.site_names),
    )
    return (fields["outlet"], fields["credited"]) if fields else (a.outlet, a.credited)


#: A think tank's blog page under its masthead ("The Interpreter" is a listed name of the
#: Lowy Institute), an article's head and lede.
_MASTHEAD_PAGE = (
    "Skip to main content\n"
    "The Interpreter\n\n"
    "Published daily by the Lowy Institute\n\n"
    "Harbour pilots share a roster across the strait\n\n"
    "Ana Lind\n\n"
    "Pilots from three ports will share one night roster from next month, so that no ship "
    "waits at anchor for more than an hour, the port authorities said on Monday.\n\n"
    "The roster will be reviewed after six months.\n"
)


def test_a_build_copy_of_a_site_keeps_the_outlet_its_masthead_names() -> None:
    staging = "https://www.staging-5em2ouy-7cuq56wbubyus.au.example-paas.site/archive?page=4"
    outlet, _ = _fields(_MASTHEAD_PAGE, staging)
    assert outlet == "Lowy Institute"
    found = url_outlet(staging, RULES)
    assert found is not None and carries_named_outlet(found, "Lowy Institute", RULES)
    # negatives: another site's address makes the listed name a credit beside it; the
    # build copy's address names the outlet when the page names none
    other = _fields(_MASTHEAD_PAGE, "https://harbour-notes.example-blog.org/pilots")
    assert other == ("example-blog.org", "Lowy Institute")
    bare = _MASTHEAD_PAGE.replace("The Interpreter\n", "").replace(" by the Lowy Institute", "")
    assert _fields(bare, staging)[0] == "example-paas.site"
