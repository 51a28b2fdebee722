"""Tests of ``analysis.ingest.layout.alt_text``: a logo's alt text names the site whole
("Honolulu Star-Advertiser logo" on staradvertiser.com), and of the comment box's empty
character counter in ``chrome`` of ``data/header_scoring.yaml`` (fix7981)."""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.ingest.domain_sites import name_for_domain
from analysis.ingest.layout import read_article
from analysis.ingest.layout.alt_text import logo_alt_name, whole_logo_name
from tests.sidecar_rows import row_with_address

# A paper's agency page (held-out 79's layout, placeholder text): the headline, the
# logo's alt text naming the paper with its city, a promotion, the lede.
LOGO_PAGE = (
    "Ferry operators add a night crossing to the islands\n\n"
    "Harbour Town Ferry-Courier logo\n"
    "Unlimited access to premium stories for as low as $1 /mo.\n\n"
    "PORT ALMA — Two ferry operators will add a night crossing to the outer islands from "
    "next month, the harbour office said on Monday.\n\n"
    "The crossing will run three nights a week during the dry season.\n"
)


def _outlet(text: str, url: str) -> str:
    return str(row_with_address(text, url)["outlet"])


def test_the_logo_names_the_site_whole_where_its_domain_leaves_a_word_out() -> None:
    url = "https://www.ferrycourier.com/2020/01/06/night-crossing/"
    assert _outlet(LOGO_PAGE, url) == "Harbour Town Ferry-Courier"


def test_a_logo_not_spelling_the_domain_leaves_the_domain() -> None:
    # negative: the logo names another paper than the address's: the domain stays
    url = "https://www.islandpost.com/2020/01/06/night-crossing/"
    assert _outlet(LOGO_PAGE, url) == "islandpost.com"


def test_a_logo_naming_another_site_is_not_taken() -> None:
    assert whole_logo_name("Ferry-Courier Weekly logo", "Ferry-Courier") == ""
    assert name_for_domain("ferrycourier.com", ["Harbour Town Ferry-Courier logo"]) == (
        "Harbour Town Ferry-Courier"
    )
    assert logo_alt_name("Town unveils a new logo") == ""
    assert logo_alt_name("Harbour Town Ferry-Courier logo") == "Harbour Town Ferry-Courier"


@settings(max_examples=60, deadline=None)
@given(
    city=st.text(string.ascii_lowercase, min_size=2, max_size=10),
    first=st.text(string.ascii_lowercase, min_size=2, max_size=8),
    second=st.text(string.ascii_lowercase, min_size=2, max_size=8),
)
def test_any_city_before_the_domains_name_is_kept(city: str, first: str, second: str) -> None:
    paper = f"{first.capitalize()}-{second.capitalize()}"
    name = f"{city.capitalize()} {paper}"
    domain = f"{first}{second}.com"
    assert name_for_domain(domain, [f"{name} logo"]) == name
    assert name_for_domain(domain, [f"{name} logo"]).endswith(name_for_domain(domain, [name]))


# A comment box under the closing byline (held-out 81's layout, placeholder text).
COMMENT_BOX = (
    "Two ports agree to share a pilot boat\n\n"
    "Two river ports agreed on Tuesday to share a pilot boat during the flood season, their "
    "managers said after a meeting in the port office.\n\n"
    "The boat will be moored halfway between the two ports.\n\n"
    "BY LAN MAI [lan.mai@example.com]\n"
    "To write comments, please log in to one of the accounts.\n\n"
    "Community Guidelines Policy (0/250자)\n"
)


def test_a_comment_boxs_counter_names_no_writer() -> None:
    assert read_article(COMMENT_BOX).author == "Lan Mai"


def test_a_headline_with_a_part_count_is_not_chrome() -> None:
    # negative: the counter's count starts at 0; a series' "(1/3)" stays a headline
    page = COMMENT_BOX.replace("Two ports agree to share a pilot boat", "Pilot boats (1/3)")
    assert read_article(page).title == "Pilot boats (1/3)"
