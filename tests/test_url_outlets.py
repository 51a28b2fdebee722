"""Tests of the outlet a page's address gives (``layout.url_outlets.outlet_from_url``): a
listed host names its outlet, an unlisted one only a missing outlet."""

from __future__ import annotations

import pytest

from analysis.ingest.layout.url_outlets import outlet_from_url


def test_url_of_a_listed_site_names_the_outlet() -> None:
    fields = outlet_from_url(
        "https://vietnamnews.vn/politics/123.html", "Vietnam News Agency", "", "line 5", ""
    )
    assert fields["outlet"] == "Vietnam News"
    assert fields["credited"] == "Vietnam News Agency"  # the agency the site ran
    assert fields["metadata_flags"] == ""


def test_url_of_an_unlisted_site_fills_only_a_missing_outlet() -> None:
    own = "line 1: site-name line 'Lao Tribune', an outlet missing from data/outlets.yaml"
    assert (
        outlet_from_url("https://laotribune.la/a", "Lao Tribune", "", own, "outlet_unlisted")
        is None
    )
    fields = outlet_from_url("https://unknownsite.com.vn/a", "", "", "", "")
    assert fields["outlet"] == "unknownsite.com.vn"
    assert fields["metadata_flags"] == "outlet_unlisted"
    spelled = outlet_from_url(
        "https://socialistaction.net/2016/x",
        "",
        "",
        "names the page's furniture carries: Socialist Action",
        "",
        "",
        "Socialist Action",
    )
    assert spelled["outlet"] == "Socialist Action"
    assert outlet_from_url("https://example.org/a", "", "", "", "") is None  # reserved


def test_a_papers_new_english_host_and_a_ministrys_site_are_listed() -> None:
    paper = outlet_from_url("https://en.sggp.org.vn/city-opens-office-post1.html", "", "", "", "")
    assert paper["outlet"] == "Saigon Giai Phong"
    assert paper["metadata_flags"] == ""
    ministry = outlet_from_url(
        "http://www.mea.gov.in/bilateral-documents.htm?dtl/1/x", "", "", "", ""
    )
    assert ministry["outlet"] == "Ministry of External Affairs"
    # negative: a look-alike host is not the paper (only a host under the listed domain is)
    other = outlet_from_url("https://sggp.org.vn.mirrorhost.com/a", "", "", "", "")
    assert other["outlet"] != "Saigon Giai Phong"


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.rappler.com/world/asia-pacific/talks/", "Rappler"),
        ("https://en.baochinhphu.vn/pm-receives-delegation-111.htm", "VGP News"),
        ("https://www.thehindu.com/news/international/talks/article1.ece", "The Hindu"),
        # a think tank's project under its own host outranks the institute's domain
        ("https://amti.csis.org/reef-update/", "Asia Maritime Transparency Initiative"),
        (
            "https://www.csis.org/analysis/reef-update",
            "Center for Strategic and International Studies",
        ),
    ],
)
def test_newly_listed_sites_are_named_by_their_address(url: str, outlet: str) -> None:
    fields = outlet_from_url(url, "", "", "", "")
    assert fields["outlet"] == outlet
    assert "outlet_unlisted" not in fields["metadata_flags"]
