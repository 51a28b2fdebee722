"""Tests of ``analysis.ingest.section_head_words``: a site-name line ending with a section
name's last word ("External Affairs") that a folder of the address spells is the page's
section, and the host names the outlet (held-out 132: an Indian news site's story)."""

from __future__ import annotations

from analysis.ingest.page_rules import load_rules, scoring_of
from analysis.ingest.section_head_words import section_head_word
from analysis.ingest.section_slugs import section_in_address
from tests.test_host_names import _read

SCORING = scoring_of(load_rules())

#: An invented story in the site's form: the section's label, the headline, a standfirst,
#: a caption and the lede with its place.
_STORY = (
    "External Affairs\n\n"
    "India to Open a Trade Office in Can Tho\n\n"
    "The office will serve exporters of rice and seafood in the Mekong Delta.\n\n"
    "Traders at the floating market of Cai Rang, Can Tho, Vietnam, May 4, 2022. "
    "Credit: Reuters/Staff\n\n"
    "New Delhi: India will open a trade office in Can Tho next year, officials said on "
    "Thursday, the first of its kind in the Mekong Delta.\n\n"
    "The office will help Indian firms that buy rice, cashew and seafood from the region.\n"
)


def test_a_section_names_last_word() -> None:
    for word in ("Affairs", "affairs,", "Relations", "Policy"):
        assert section_head_word(word, SCORING), word
    for word in ("Times", "Herald", "Gazette", "Vietnam"):
        assert not section_head_word(word, SCORING), word


def test_a_section_label_the_address_files_the_story_under_is_no_outlet() -> None:
    doc = _read(_STORY, "https://example-wire.in/external-affairs/india-to-open-a-trade-office")
    assert doc["outlet"] == "example-wire.in"
    assert "'external-affairs'" in doc["outlet_source"]


def test_the_label_stays_the_outlet_when_the_address_does_not_spell_it() -> None:
    # a host the label is kin to (host_kinship, session 40: an unrelated one names the outlet)
    doc = _read(_STORY, "https://affairs-wire.in/world/india-to-open-a-trade-office")
    assert doc["outlet"] == "External Affairs"
    doc = _read(_STORY, "https://example-wire.in/world/india-to-open-a-trade-office")
    assert doc["outlet"] == "example-wire.in"
    url = "https://x.org/news/south-western-times/a-choir-sings/"  # a paper's own folder
    assert section_in_address("site", "South Western Times", "outlet_unlisted", url) == ""
