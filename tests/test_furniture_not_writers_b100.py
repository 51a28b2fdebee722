"""Tests of the ``not_name_words`` added to ``data/header_scoring.yaml`` for held-out 100:
page furniture of reference and parliamentary sites ("Contact Wikipedia" among an
encyclopedia's footer links, a fact sheet's "Fact Sheet" label, a library record's "Public
Domain" / "Via E-mail" values, a Hansard pager "Previous Fragment    Next Fragment") is no
writer; so are a site's footer links ("Ethics Policy", "Privacy Policy") and a web archive's
banner ("INTERNET ARCHIVE", fix34e after held-out 120); so are a party bulletin's or paper's
name ("... Online", "... Worker"), a reef or island in a caption or a widget's heading and
a column's, topic's or programme's heading ("Weekly Roundup", "FERRY TALKS", "Talk Radio
...", fix35b after held-out 116 and 118); real bylines and closing names are still read
(placeholder pages)."""

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
    # (fix35b) a party bulletin's name over the headline; a desk's byline split by a
    # caption; a reef in a picture's caption and a map widget's heading after the text
    "bulletin_over_headline": f"Subscribe to\n\nHarbour Voice Online\n\n{HEADLINE}\n\n{TEXT}",
    "desk_byline": f"{HEADLINE}\n\n\nby Harbour Worker\nThe minister greets the crew\n"
    f" correspondent\n\n{TEXT}",
    "reef_caption": f"{TEXT}\nSouthwest Cay Reef, January 8, 2021\n"
    "Photo:  Southwest Cay Reef, January 8, 2021\n\nIsland Tracker\n\n"
    "Follow each outpost in the outer chain, with dated pictures side by side.\n",
    # (fix35b) a column's and a topic's headings; a programme's name over its reporter
    "column_heading": f"Harbour Blogs\n\nMarch 9, 2010 Weekly Roundup\n\nFerry Exports\n\n{TEXT}",
    "caps_heading": f"{HEADLINE}\n\nFERRY TALKS\nMAY 15, 1997\n\n{TEXT}",
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
        (f"{HEADLINE}\n\nBy Helen Marsh\n\n{TEXT}\nIsland Tracker\n", "Helen Marsh"),
        (f"{HEADLINE}\n\nBy Nguyen Van An, Harbour Voice Online\n\n{TEXT}", "Nguyen Van An"),
        (
            f"{HEADLINE}\n\nTalk Radio Harbour Voice - 31.05.2014\n\nLe Thu Ha, reporter\n\n{TEXT}",
            "Le Thu Ha",
        ),
        (f"{HEADLINE}\n\nHanoi, May 5 (VNA) - {TEXT}", ""),
        (f"{HEADLINE}\n\nUpdated: 6 May 2021, 14:22\n\n{TEXT}", ""),
    ],
)
def test_bylines_are_still_read(page: str, writer: str) -> None:
    assert read_article(page).author == writer
