"""Tests of two ``chrome`` entries of ``data/header_scoring.yaml`` (fix7981): a site's line
about its own paywall, and a promotion closed by its button's label in title case; neither
is ever the headline."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.metadata import load_scoring

# A news archive's record page (held-out 79's layout, placeholder text): the site's paywall
# line, a licence promotion with its button, a search box, the record's title, the text.
ARCHIVE = (
    "Harbourwatch has an Ethical Paywall\n"
    "Work faster with a Team licence Learn More\n\n"
    "Search\n\n"
    "Record: Ferry Fares Rise on Island Routes\n\n"
    "Ferry fares on the three island routes will rise by a tenth from May, the operators "
    "told the harbour board on Tuesday, citing the cost of fuel.\n\n"
    "The board said it would review the fares again before the dry season.\n"
)


def test_the_paywall_line_and_the_promotion_are_not_the_headline() -> None:
    assert read_article(ARCHIVE).title == "Record: Ferry Fares Rise on Island Routes"


def test_a_headline_about_a_paywall_stays_a_headline() -> None:
    # negative: a story about a paper's paywall, another verb, is the headline
    page = ARCHIVE.replace("Harbourwatch has an Ethical Paywall\n", "").replace(
        "Record: Ferry Fares Rise on Island Routes",
        "Island paper puts its stories behind a paywall",
    )
    assert read_article(page).title == "Island paper puts its stories behind a paywall"


def test_the_button_must_be_in_title_case() -> None:
    chrome = load_scoring().chrome
    assert chrome.match("Work faster with a Team licence Learn More")
    assert chrome.match("Get It Now")
    assert not chrome.match("Ferry riders want to learn more about fares")
    assert chrome.match("Scoop has an Ethical Paywall")
    assert not chrome.match("Paper puts up a paywall")


@settings(max_examples=60, deadline=None)
@given(
    name=st.from_regex(r"[A-Z][a-z]{2,12}", fullmatch=True),
    kind=st.sampled_from(["", "Ethical ", "metered ", "soft "]),
    verb=st.sampled_from(["has", "uses"]),
)
def test_any_site_stating_its_paywall_is_chrome(name: str, kind: str, verb: str) -> None:
    assert load_scoring().chrome.match(f"{name} {verb} a {kind}paywall")
    assert not load_scoring().chrome.match(f"{name} {verb} a {kind}paywall. Then a story")
