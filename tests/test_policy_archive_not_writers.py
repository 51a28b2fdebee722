"""Tests of the ``not_name_words`` added to ``data/header_scoring.yaml`` after the merge of
held-out 116-120 (fix34e): a site's footer links in title case ("Ethics Policy", "Privacy
Policy", "Cookie Policy") and a web archive's banner ("INTERNET ARCHIVE" over "Wayback
Machine") are no writers; real bylines and closing names are still read (placeholder
pages)."""

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
    "footer_policies": f"{HEADLINE}\n\n{TEXT}\nAbout\nEthics Policy\nCareers\nAdvertise\n"
    "Privacy Policy\nTerms of Use\n© 2024 Example Inc.\n",
    "cookie_policy": f"{HEADLINE}\n\n{TEXT}\nCookie Policy\n",
    "archive_banner": "INTERNET ARCHIVE\nWayback Machine\n"
    "http://www.example.com/content/ferry-links/1938452.html\n\n"
    f"{HEADLINE}\n\n{TEXT}",
}


@pytest.mark.parametrize("name", sorted(FURNITURE))
def test_footer_and_archive_words_are_no_writer(name: str) -> None:
    assert read_article(FURNITURE[name]).author == ""


@pytest.mark.parametrize(
    ("page", "writer"),
    [
        (f"{HEADLINE}\n\nBy Nguyen Van An\n\n{TEXT}", "Nguyen Van An"),
        (f"{HEADLINE}\n\n{TEXT}\nTran Thu Trang\n", "Tran Thu Trang"),
        (f"{HEADLINE}\n\nBy Helen Marsh\n\n{TEXT}\nPrivacy Policy\n", "Helen Marsh"),
        (f"{HEADLINE}\n\nHanoi, May 5 (VNA) - {TEXT}", ""),
    ],
)
def test_bylines_are_still_read(page: str, writer: str) -> None:
    assert read_article(page).author == writer
