"""The site's own name on a page whose text names only a credit (placeholder pages)."""

from __future__ import annotations

from analysis.ingest.layout import outlet_from_url, read_article
from analysis.ingest.layout.lines import Article
from analysis.ingest.masthead_names import initials_spelling, masthead_like, masthead_names

_BODY = """Ferry operators agree to share a winter timetable

HAIPHONG (AP) — Ferry operators on the northern coast agreed on Tuesday to share one winter timetable for the islands, the port authority said.

The timetable starts next month and covers six routes between the islands and the mainland.
"""

#: A masthead, a menu and a date over an agency's story.
MASTHEAD_PAGE = (
    "Harbour Evening Post\n\nHome | World | Business | Opinion\n\nMarch 4, 2025\n\n" + _BODY
)
#: The same story with no masthead: the page shows no name of its own.
CREDIT_ONLY_PAGE = "Home | World | Business | Opinion\n\nMarch 4, 2025\n\n" + _BODY

#: A state agency's story with its source line, under a masthead and without one.
_VNA_BODY = """Provinces to share flood maps before the rainy season

Hanoi, May 5 (VNA) - Ten northern provinces will share their flood maps with one another before the rainy season, the ministry said on Monday.

The maps will be updated every week from June and posted on each province's portal.

Source: VNA
"""
VNA_MASTHEAD_PAGE = "Mekong Delta Courier\n\nUpdated: 10:15 May 5, 2025\n\n" + _VNA_BODY
VNA_ONLY_PAGE = "Updated: 10:15 May 5, 2025\n\n" + _VNA_BODY


def _outlet(page: Article, url: str) -> tuple[str, str]:
    flags = ";".join(page.metadata_flags)
    names = " | ".join(page.site_names)
    fields = outlet_from_url(
        url, page.outlet, "", page.outlet_source, flags, page.outlet_kind, names
    )
    assert fields is not None
    return fields["outlet"], fields["credited"]


def test_a_credited_page_keeps_its_mastheads_name_for_the_address() -> None:
    page = read_article(MASTHEAD_PAGE)
    assert (page.outlet, page.outlet_kind) == ("Associated Press", "credit")
    assert page.site_names == ["Harbour Evening Post"]
    assert "masthead-like lines carry: Harbour Evening Post" in page.outlet_source
    url = "https://www.harboureveningpost.com/world/ferry-timetable"
    assert _outlet(page, url) == ("Harbour Evening Post", "Associated Press")
    # another site's address: its domain, the masthead spells nothing there
    assert _outlet(page, "https://otherpaper.net/x") == ("otherpaper.net", "Associated Press")


def test_a_credit_only_page_keeps_its_address() -> None:
    page = read_article(CREDIT_ONLY_PAGE)
    assert (page.outlet, page.site_names) == ("Associated Press", [])
    url = "https://www.harboureveningpost.com/world/ferry-timetable"
    assert _outlet(page, url) == ("harboureveningpost.com", "Associated Press")


def test_a_source_line_never_becomes_the_outlet() -> None:
    for text in (VNA_MASTHEAD_PAGE, VNA_ONLY_PAGE):
        page = read_article(text)
        assert page.outlet_kind == "credit"
        assert not any("VNA" in n or "Vietnam News Agency" in n for n in page.site_names)
        site, credited = _outlet(page, "https://vnanews-digest.net/flood-maps")
        assert (site, credited) == ("vnanews-digest.net", page.outlet)
    page = read_article(VNA_MASTHEAD_PAGE)
    url = "https://mekongdeltacourier.net/flood-maps"
    assert _outlet(page, url) == ("Mekong Delta Courier", page.outlet)


def test_only_masthead_like_lines_give_names() -> None:
    assert masthead_names(["Make Harbour Post | Bookmark"]) == ["Make Harbour Post"]
    assert masthead_names(["© Harbour Post - Riproduzione riservata"]) == ["Harbour Post"]
    assert masthead_names(["Harbour Evening Post Press release"]) == ["Harbour Evening Post Press"]
    # a sentence naming the site, a photo credit closing a caption: no masthead
    assert masthead_names(["Jane Roe's Harbour Notes blog has moved to"]) == []
    caption = "Sailors practise knots on the deck of a boat. © Jane Roe / Harbour News"
    assert masthead_names([caption]) == []
    # the common header lines give no name of two capitalised words
    for line in (
        "Hanoi, May 5 (VNA) -",
        "HAIPHONG (AP) —",
        "Lang Son (VNA) - The province said on Monday ...",
        "Updated: 10:15 May 5, 2025",
        "Source: VNA",
    ):
        assert masthead_names([line]) == [], line
    assert masthead_like("Harbour Evening Post")
    assert not masthead_like("")


def test_a_mastheads_first_words_initials_spell_the_address() -> None:
    page = read_article(MASTHEAD_PAGE)
    # "Harbour Evening Post" on hepost.com: its first words' initials and its last word
    assert _outlet(page, "https://www.hepost.com/ferry") == ("Harbour Evening Post", page.outlet)
    assert initials_spelling("hepost", ["The Harbour Evening Post"]) == "The Harbour Evening Post"
    # negatives: another last word, two words only, a last part under three letters,
    # every word's initial (an acronym spells nothing here)
    assert initials_spelling("hepost", ["Harbour Evening Times"]) == ""
    assert initials_spelling("hpost", ["Harbour Post"]) == ""
    assert initials_spelling("hepo", ["Harbour Evening Po"]) == ""
    assert initials_spelling("hep", ["Harbour Evening Post"]) == ""
    # a credit-only page keeps its address whatever the address spells
    bare = read_article(CREDIT_ONLY_PAGE)
    assert _outlet(bare, "https://www.hepost.com/ferry") == ("hepost.com", bare.outlet)


def test_the_credit_line_itself_is_no_masthead() -> None:
    """A credit line ("Source: Lao Tribune") names the story's source, already the outlet:
    its name is not noted again as a masthead's, and the outlet's evidence stays the
    credit's."""
    article = read_article(
        "Party delegation visits Laos\n\n13/12/2021\n\nSource: Lao Tribune\n\n"
        "A delegation of the Party arrived in Vientiane on Monday for talks with the Lao "
        "side, and both sides reviewed cooperation over the past year.\n"
    )
    assert article.outlet == "Lao Tribune"
    assert "masthead" not in article.outlet_source
