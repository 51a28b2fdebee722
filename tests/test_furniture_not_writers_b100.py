"""Tests of the ``not_name_words`` added to ``data/header_scoring.yaml`` for held-out 100:
page furniture of reference and parliamentary sites ("Contact Wikipedia" among an
encyclopedia's footer links, a fact sheet's "Fact Sheet" label, a library record's "Public
Domain" / "Via E-mail" values, a Hansard pager "Previous Fragment    Next Fragment") is no
writer; so are a site's footer links ("Ethics Policy", "Privacy Policy") and a web archive's
banner ("INTERNET ARCHIVE", fix34e after held-out 120); real bylines and closing names are
still read (placeholder pages)."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article

HEADLINE = "Ferry links between the outer islands"
TEXT = (
    "The ferry service to the outer islands resumed on Monday after two weeks of repairs "
    "to the landing stage, the port office said.\n\n"
    "The first boat left at seven in the morning with forty passengers and a load of rice.\n"
)

FURNITURE = {
    "encyclopedia_footer": f"{HEADLINE}\n\n{TEXT}\nPrivacy policy\nAbout Example\n"
    "Disclaimers\nContact Example\nMobile view\n",
    "fact_sheet": f"{HEADLINE}\n\nBureau of Island Affairs\nFact Sheet\nMarch 14, 2016\n\n{TEXT}",
    "library_record": f"{HEADLINE}\n\n{TEXT}\nReport Number:\nPort Report, RL30001\n"
    "Public Domain\nRetrieved From:\nVia E-mail\nMedia Type:\n",
    "hansard_pager": "Previous Fragment    Next Fragment\nMonday, 25 February 2019\n"
    f"Page: 10512\n\n{TEXT}",
    # (fix34e) footer links in title case; a web archive's banner over its capture
    "footer_policies": f"{HEADLINE}\n\n{TEXT}\nAbout\nEthics Policy\nCareers\nAdvertise\n"
    "Privacy Policy\nTerms of Use\n© 2024 Example Inc.\n",
    "cookie_policy": f"{HEADLINE}\n\n{TEXT}\nCookie Policy\n",
    "archive_banner": "INTERNET ARCHIVE\nWayback Machine\n"
    f"http://www.example.com/content/ferry-links/1938452.html\n\n{HEADLINE}\n\n{TEXT}",
}


@pytest.mark.parametrize("name", sorted(FURNITURE))
def test_furniture_is_no_writer(name: str) -> None:
    assert read_article(FURNITURE[name]).author == ""


@pytest.mark.parametrize(
    ("page", "writer"),
    [
        (f"{HEADLINE}\n\nBy Nguyen Van An\n\n{TEXT}", "Nguyen Van An"),
        (f"{HEADLINE}\n\nFact Sheet\nMarch 14, 2016\n\nBy Helen Marsh\n\n{TEXT}", "Helen Marsh"),
        (f"{HEADLINE}\n\n{TEXT}\nTran Thu Trang\n", "Tran Thu Trang"),
        (f"{HEADLINE}\n\nBy Helen Marsh\n\n{TEXT}\nPrivacy Policy\n", "Helen Marsh"),
        (f"{HEADLINE}\n\nHanoi, May 5 (VNA) - {TEXT}", ""),
        (f"{HEADLINE}\n\nUpdated: 6 May 2021, 14:22\n\n{TEXT}", ""),
    ],
)
def test_bylines_are_still_read(page: str, writer: str) -> None:
    assert read_article(page).author == writer
