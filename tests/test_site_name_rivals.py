"""Tests of ``analysis.ingest.layout.site_name_rivals``: header lines shaped like a site's
name that are a print headline over its deck, a topic tag or a person (held-out 58)."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.site_name_rivals import office_title

# An alternative weekly's page (held-out 58): the web headline, the print edition's short
# headline and its deck, the edit note, the text.
WEEKLY = (
    "A Westminster Cook Takes Her Mother's Banh Xeo Back to Da Nang\n\n"
    "Crepes Come Home\n"
    "A Bolsa Avenue kitchen opens a branch in the city its founders left\n\n"
    "*This article was modified on April 2, 2009.\n\n"
    "The batter is the same, the turmeric is the same, and the skillets came over in a "
    "suitcase. What is new is the address: a narrow shop near the Han River.\n\n"
    "She flies back every six weeks to check on the Da Nang shop, which is run by a cousin "
    "and two cooks she trained herself.\n"
)


def test_a_print_headline_between_the_headline_and_its_deck_is_no_site_name() -> None:
    article = read_article(WEEKLY)
    assert article.title == "A Westminster Cook Takes Her Mother's Banh Xeo Back to Da Nang"
    assert article.outlet == ""


def test_a_site_name_under_the_headline_right_above_the_text_stays_the_site_name() -> None:
    # negative: the same short line with the text right below it is the site's name
    page = WEEKLY.replace(
        "A Bolsa Avenue kitchen opens a branch in the city its founders left\n\n"
        "*This article was modified on April 2, 2009.\n\n",
        "\n",
    ).replace("Crepes Come Home", "The China Post")
    assert read_article(page).outlet == "The China Post"


def test_a_section_label_or_a_search_form_heading_is_no_site_name() -> None:
    # (title77b) "highlights" and "form" are generic site_name words: a section's label
    # under a share widget, a search form's heading over its prompts
    body = (
        "Ferry crews trained in river rescue\n\n"
        "The province trained forty ferry crews in river rescue this month. Each crew now "
        "carries two life rafts and a radio.\n\n"
        "The training will be repeated before the next flood season.\n"
    )
    assert read_article("News Highlights\n\n" + body).outlet == ""
    assert read_article("Search Form\nFirst, enter a town or district\n\n" + body).outlet == ""
    # negative: a name of the same shape with a word that is no section's stays the site
    assert read_article("Delta Highlights Weekly\n\n" + body).outlet != ""


# A repost of a government release (held-out 81's layout, placeholder text): the headline in
# title case, the issuing office alone under it, the text; no outlet named on the page.
RELEASE = (
    "Two Countries Open Joint Seed Bank For Mountain Rice\n\n"
    "Deputy Prime Minister\n\n"
    "Today the Deputy Prime Minister opened a seed bank that stores the grain of mountain "
    "rice varieties from both countries.\n\n"
    "Researchers from four universities will test the seeds each year for drought tolerance.\n"
)


def test_an_office_title_under_the_headline_is_no_site_name() -> None:
    assert read_article(RELEASE).outlet == ""
    assert office_title(["Prime", "Minister"]) and office_title(["Foreign", "Minister"])


def test_a_short_name_in_the_same_place_stays_the_site_name() -> None:
    # negative: a short name that is no post, in the same line, is the site's name
    assert read_article(RELEASE.replace("Deputy Prime Minister", "River Gazette")).outlet == (
        "River Gazette"
    )
    assert not office_title(["Office", "of", "the", "Prime", "Minister"])
    assert not office_title(["River", "Gazette"])
