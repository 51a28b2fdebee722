"""Tests of the button rows in ``chrome`` of ``data/header_scoring.yaml``: a Joomla
article's buttons under its headline ("E-mail Print PDF", "PDF Print E-mail") are the
template's furniture, never the site's name (held-out 143's southchinasea.us page)."""

from __future__ import annotations

from tests.sidecar_rows import row_with_address

#: An aggregator's Joomla article (placeholder text): the headline, the buttons' row, the
#: image's alt text glued to the lede, a closing link line.
_PAGE = (
    "Island ferries to share one timetable from March\n\n"
    "E-mail Print PDF\n\n"
    "ảnh minh họaThe two ferry companies serving the outer islands will publish one "
    "timetable from March, the provincial transport office said.\n\n"
    "Tickets will be sold at both harbours for either company's boats.\n\n"
    "Click this link for the original article\n"
)
_URL = "http://islandferries.us/news/1810-island-ferries-to-share-one-timetable.html"


def _outlet(text: str, url: str) -> str:
    return str(row_with_address(text, url)["outlet"])


def test_a_joomla_button_row_is_no_site_name() -> None:
    assert _outlet(_PAGE, _URL) == "islandferries.us"


def test_the_buttons_in_joomla_older_order_are_no_site_name() -> None:
    page = _PAGE.replace("E-mail Print PDF", "PDF Print E-mail")
    assert _outlet(page, _URL) == "islandferries.us"


def test_a_masthead_over_the_headline_still_names_the_site() -> None:
    # negative: the site's own name printed where the buttons stood is still read
    page = _PAGE.replace("E-mail Print PDF", "Island Ferries")
    assert _outlet(page, _URL) == "Island Ferries"
