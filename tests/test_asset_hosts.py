"""Tests of ``analysis.ingest.layout.asset_hosts``: a picture server's host printed after a
summary page's headline ("<headline> — Static01.nyt.com") is no site name (held-out 90)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.asset_hosts import asset_host

HEADLINE = "Port engineer to lead the delta's river plan"

# A news summary page (held-out 90's layout, placeholder text): the headline, the headline
# again with the picture's host, the image credit, the summary, its tag list.
SUMMARY = (
    f"{HEADLINE}\n\n{HEADLINE} — Static01.paper.com\nImage source: Static01.paper.com\n\n"
    "At a review in the delta's largest city, the transport ministry named a veteran port "
    "engineer to lead its river plan, a daily paper reported.\n\n"
    "The engineer has argued for moving more cargo by river and fewer forms for barges.\n"
)


def test_the_pictures_host_after_the_headline_is_not_the_outlet() -> None:
    article = read_article(SUMMARY)
    assert article.title == HEADLINE
    assert "paper.com" not in article.outlet.casefold()


def test_a_sites_name_after_the_headline_still_names_the_site() -> None:
    # negative: a site's name in the same place is the outlet
    article = read_article(SUMMARY.replace("— Static01.paper.com\n", "— Delta Review\n"))
    assert article.outlet == "Delta Review"


@given(
    st.sampled_from(["static", "cdn", "img", "images", "media", "assets"]),
    st.integers(min_value=0, max_value=99),
    st.sampled_from(["paper.com", "news.vn", "daily.co.uk"]),
)
def test_any_file_servers_host_is_an_asset_host(label: str, number: int, domain: str) -> None:
    assert asset_host(f"{label}{number}.{domain}")
    assert not asset_host(f"{label}site.{domain.split('.')[0]}")  # a site named so, no dot
