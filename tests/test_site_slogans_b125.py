"""A site's slogan over its pages is chrome, never the headline (held-out 125; the
``chrome`` list of ``data/header_scoring.yaml``); the item under it, printed twice with its
picture's alt text, is the headline (``layout.alt_twins``)."""

from __future__ import annotations

from analysis.ingest.layout import read_article

SLOGAN_TAG_PAGE = """Harbour Law Review Magazine is your gateway to the law of the sea

Official Gazette

Tags: ports
Pilots for foreign ships at three ports Pilots for foreign ships at three ports
From next month foreign ships calling at Hai Phong, Da Nang and Vung Tau must take a Vietnamese pilot on board for the last ten miles.
Port fees to rise in July Port fees to rise in July
The Ministry of Transport will raise berthing fees by a tenth, the first rise in six years.
"""


def test_a_site_slogan_is_not_the_headline_of_its_tag_page() -> None:
    assert read_article(SLOGAN_TAG_PAGE).title == "Pilots for foreign ships at three ports"


def test_a_headline_about_a_gateway_stays() -> None:
    page = (
        "Da Nang is the gateway to the central coast, minister tells investors\n\n"
        "Speaking at a forum on Friday, the minister said the city's port and airport made it "
        "the natural door for firms looking at the central provinces.\n\n"
        "The forum drew some 300 investors from twelve countries.\n"
    )
    assert read_article(page).title.startswith("Da Nang is the gateway to the central coast")
