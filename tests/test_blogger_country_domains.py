"""Tests of Blogger's country domains in ``url_domains.platform_depths`` of
``data/outlets.yaml``: a blog served under ``blogspot.co.uk`` or ``blogspot.com.au`` is its
own site, as one under ``blogspot.com`` is (held-out 142's month archive)."""

from __future__ import annotations

import pytest

from analysis.ingest.layout.url_outlets import outlet_from_url
from analysis.ingest.page_rules import load_rules
from analysis.ingest.url_sites import registrable_domain


@pytest.mark.parametrize(
    ("host", "site"),
    [
        ("mekongnotes.blogspot.co.uk", "mekongnotes.blogspot.co.uk"),
        ("www.mekongnotes.blogspot.com.au", "mekongnotes.blogspot.com.au"),
        ("mekongnotes.blogspot.in", "mekongnotes.blogspot.in"),
        ("mekongnotes.blogspot.com", "mekongnotes.blogspot.com"),  # as before
        ("blogspot.co.uk", "blogspot.co.uk"),  # the country domain itself
        ("news.example.co.uk", "example.co.uk"),  # a section of another .co.uk site
    ],
)
def test_a_blog_on_bloggers_country_domain_is_its_own_site(host: str, site: str) -> None:
    assert registrable_domain(host, load_rules()) == site


def test_the_blogs_address_names_its_outlet() -> None:
    fields = outlet_from_url("https://mekongnotes.blogspot.co.uk/2015/06/", "", "", "", "")
    assert fields is not None
    assert fields["outlet"] == "mekongnotes.blogspot.co.uk"
