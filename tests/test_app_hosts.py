"""Free app hosts: each subdomain is one user's own app or site (held-out 149)."""

from __future__ import annotations

import pytest

from analysis.ingest.page_rules import load_rules
from analysis.ingest.url_sites import registrable_domain, url_outlet


@pytest.mark.parametrize(
    "host",
    [
        "news-mirror.herokuapp.com",
        "reader-app.onrender.com",
        "press-digest.glitch.me",
        "daily-feed.fly.dev",
        "clip-board.web.app",
        "clip-board.firebaseapp.com",
    ],
)
def test_a_free_app_hosts_subdomain_is_the_site(host: str) -> None:
    assert registrable_domain(host, load_rules()) == host


def test_an_app_hosts_page_is_named_by_its_own_subdomain() -> None:
    rules = load_rules()
    address = "https://news-mirror.herokuapp.com/news/world/2022_oct_10_some-story"
    assert url_outlet(address, rules)[0] == "news-mirror.herokuapp.com"
    # a site merely named like a host is untouched: its section's subdomain is dropped
    assert registrable_domain("news.glitchme.com", rules) == "glitchme.com"
