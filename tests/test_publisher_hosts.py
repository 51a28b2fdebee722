"""Tests of ``analysis.ingest.publisher_hosts``: a publisher's platform named by the
publisher its pages say they are published by, when the address spells that name."""

from __future__ import annotations

from analysis.ingest.publisher_hosts import host_spells, published_by_host
from tests.test_host_names import _read

#: A journal article page on a publisher's platform (held-out 134's layout): the journal's
#: name, its ISSNs, the year and volume, the DOI, the title, the writers, their
#: affiliations, the copyright notice naming the publisher, the licence and the abstract.
_PLATFORM_PAGE = (
    "Delta Water Studies\n\n"
    "p-ISSN: 1234-5678    e-ISSN: 1234-5679\n\n"
    "2021;  4(2): 11-19\n\n"
    "doi:10.1234/j.dws.20210402.01\n\n"
    "Ferry Crossings and the Making of a Delta Border\n\n"
    "Le Van Minh1, Tran Thi Hoa2\n\n"
    "1Lecturer, Institute of River Studies, Can Tho, Vietnam\n\n"
    "2Researcher, Institute of River Studies, Can Tho, Vietnam\n\n"
    "Copyright © 2021 The Author(s). Published by Coastal & Riverine Press.\n\n"
    "This work is licensed under the Creative Commons Attribution International License.\n\n"
    "Abstract\n\n"
    "The article follows the ferry crossings of a delta province from their first licences "
    "to the bridges that replaced most of them, and asks what they meant for the border.\n"
)


def test_a_platforms_page_is_named_by_the_publisher_its_address_spells() -> None:
    url = "https://article.crpress.org/10.1234.j.dws.20210402.01.html"
    doc = _read(_PLATFORM_PAGE, url)
    assert doc["outlet"] == "Coastal & Riverine Press"
    assert "published by" in doc["outlet_source"]
    # negative: an address that spells no part of the publisher's name stays the outlet
    other = _read(_PLATFORM_PAGE, url.replace("crpress", "riverjournals"))
    assert other["outlet"] == "riverjournals.org"


def test_the_host_spells_the_name_by_letters_initials_or_initials_and_a_start() -> None:
    assert host_spells("crpress", "Coastal & Riverine Press")
    assert host_spells("crp", "Coastal & Riverine Press")
    assert host_spells("coastalriverinepress", "Coastal & Riverine Press")
    assert not host_spells("cr", "Coastal & Riverine Press")  # two letters: too few
    assert not host_spells("crpost", "Coastal & Riverine Press")
    texts = ["Published by the Coastal & Riverine Press, Can Tho."]
    assert published_by_host("crpress.org", texts) == "Coastal & Riverine Press"
    assert published_by_host("crpress.org", ["Coastal & Riverine Press"]) == ""
