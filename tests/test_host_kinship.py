"""Tests of a site-name line's kinship with the page's unlisted host (``host_kinship``): a
line sharing nothing with the host yields to the address; placeholder names and hosts."""

from __future__ import annotations

import pytest

from analysis.ingest.host_kinship import shares_host, unrelated_site_line
from analysis.ingest.host_names import url_outlet_fields


@pytest.mark.parametrize(
    ("name", "domain"),
    [
        ("Harbour Notes", "harbournotes.org"),  # the host's words in full
        ("The Lantern Weekly", "lantern-weekly.net"),  # a word of it
        ("Mekong Delta Review", "mdr.org.vn"),  # its initials
        ("Centre for Upland Studies", "cus.edu.vn"),  # initials of its content words
        ("Riverbank Gazette", "riverbankpress.com"),  # a run of the domain's letters
    ],
)
def test_a_name_kin_to_the_host(name: str, domain: str) -> None:
    assert shares_host(name, domain)


@pytest.mark.parametrize(
    ("name", "domain"),
    [
        ("Activities of the Neighbours", "seastudiescentre.vn"),  # a section's heading
        ("The White", "river-notes.blogspot.com"),  # a copied release's first words
        ("Thesis Defense Summary", "gradschool.ac.jp"),  # a document's label
    ],
)
def test_a_name_that_shares_nothing_with_the_host(name: str, domain: str) -> None:
    assert not shares_host(name, domain)


UNLISTED = "outlet_unlisted"


def test_only_an_unlisted_site_name_line_yields() -> None:
    texts = ["Activities of the Neighbours", "A paragraph of the bulletin."]
    name = "Activities of the Neighbours"
    assert unrelated_site_line("site", name, UNLISTED, "seastudiescentre.vn", texts)
    assert not unrelated_site_line("credit", name, UNLISTED, "seastudiescentre.vn", texts)
    assert not unrelated_site_line("site", name, "", "seastudiescentre.vn", texts)


def test_a_name_printed_twice_or_a_brand_the_host_abbreviates_is_kept() -> None:
    name = "Quiet Harbour"
    masthead_and_footer = [name, "A paragraph of the story.", name]
    assert not unrelated_site_line("site", name, UNLISTED, "tidewatch.net", masthead_and_footer)
    with_copyright = [name, "A paragraph of the story.", "© 2021 Quiet Harbour. All rights."]
    assert not unrelated_site_line("site", name, UNLISTED, "tidewatch.net", with_copyright)
    assert unrelated_site_line("site", name, UNLISTED, "tidewatch.net", [name, "A paragraph."])
    # a coined single word the host's label abbreviates in order
    assert not unrelated_site_line("site", "Vinacapital", UNLISTED, "vcap.vn", ["Vinacapital"])


def _row(outlet: str) -> dict[str, str]:
    return {
        "outlet": outlet,
        "credited": "",
        "outlet_source": f"line 3: site-name line {outlet!r}",
        "metadata_flags": UNLISTED,
        "outlet_kind": "site",
        "site_names": "",
    }


def test_the_address_names_the_outlet_over_an_unrelated_site_name_line() -> None:
    url = "https://en.seastudiescentre.vn/weekly-bulletin-3.html"
    texts = ["Weekly bulletin", "Activities of the Neighbours", "An item of the week."]
    fields = url_outlet_fields(url, _row("Activities of the Neighbours"), texts)
    assert fields is not None
    assert fields["outlet"] == "seastudiescentre.vn"
    assert "shares nothing with the host" in fields["outlet_source"]
    kin = url_outlet_fields("https://www.harbournotes.org/a", _row("Harbour Notes"), texts)
    assert kin is None or kin["outlet"] == "Harbour Notes"


def test_a_run_of_the_hosts_letters_counts_from_a_words_start() -> None:
    assert shares_host("Tide Watch", "tidewatch.net")  # the label run together
    assert not shares_host("The Delta Brief Podcast", "castway.fm")  # "cast" inside a word


@pytest.mark.parametrize(
    ("name", "domain"),
    [
        ("Coastline Business News", "hkx9.com"),  # a publication's word
        ("Journal of Upland Studies", "uni-north.edu.vn"),
        ("TideTorch", "onwave.com"),  # a coined word with a capital inside
        ("Quiet Harbour", "scribd.com"),  # a document host carries others' documents
        ("Quiet Harbour", "xn--mgbabxqb2mn8b.com"),  # letters that say nothing
    ],
)
def test_names_the_address_never_overrides(name: str, domain: str) -> None:
    assert not unrelated_site_line("site", name, UNLISTED, domain, [name, "A paragraph."])


def test_a_single_word_the_address_prints_as_a_folder_is_kept() -> None:
    texts = ["Tidewatcher", "A paragraph."]
    url = "http://cms.hostplatform.chat/tidewatcher/patrol-boats"
    assert not unrelated_site_line("site", "Tidewatcher", UNLISTED, "hostplatform.chat", texts, url)
    other = "http://cms.hostplatform.chat/harbour/patrol-boats"
    assert unrelated_site_line("site", "Tidewatcher", UNLISTED, "hostplatform.chat", texts, other)


def test_a_name_printed_again_as_a_breadcrumbs_item_is_kept() -> None:
    name = "Spotlight HARBOUR"
    crumbs = ["Home > Spotlight HARBOUR > Spotlight Harbour May 2015 > Rivers", name, "Text."]
    assert not unrelated_site_line("site", name, UNLISTED, "portal-online.go.jp", crumbs)
    assert unrelated_site_line("site", name, UNLISTED, "portal-online.go.jp", crumbs[1:])
