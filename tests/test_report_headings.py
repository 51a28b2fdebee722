"""A report's section heading under its title is no byline (held-out 140's refworld copy of a
commission's country chapter: 'Key Findings' read as the writer)."""

from __future__ import annotations

from analysis.ingest.bylines import looks_like_name
from analysis.ingest.page_rules import load_rules
from tests.page_reading import read_page

# A report chapter of our own: title, a section heading, its paragraph, another heading.
CHAPTER = (
    "Annual Report 2020 - River Commission - Country Chapter\n\n"
    "Key Findings\n\n"
    "Boat traffic on the upper river grew again during the year, and the commission saw "
    "new landing stages open in three provinces.\n\n"
    "Background\n\n"
    "The river is shared by four countries, and this chapter sets out what changed.\n"
)


def test_a_report_section_heading_is_no_writer() -> None:
    document = read_page(CHAPTER)
    assert document["author"] == ""
    assert document["title"] == "Annual Report 2020 - River Commission - Country Chapter"


def test_the_headings_are_no_names_while_names_stay() -> None:
    rules = load_rules()
    for heading in ("Key Findings", "Main Findings", "Policy Recommendations"):
        assert not looks_like_name(heading, rules)
    assert looks_like_name("Anna Key", rules)
    assert looks_like_name("John Findlay", rules)


# A blog post of our own: title, its categories glued in pairs by the copy, one paragraph.
GLUED = (
    "River Data Rules Worry Boat Owners\n\n"
    "HOME-LatestNews RiversBoats RiversTrade\n"
    "New rules on river data will make ferry firms keep their logs at home and show them to "
    "inspectors who ask; owners fear the cost.\n"
)


def test_category_names_glued_in_pairs_are_no_writer() -> None:
    document = read_page(GLUED)
    assert document["author"] == ""
    rules = load_rules()
    assert not looks_like_name("LatestNews RiversBoats RiversTrade", rules)
    assert looks_like_name("Jeff VanderMeer", rules)
    assert looks_like_name("Mary McDonald", rules)
