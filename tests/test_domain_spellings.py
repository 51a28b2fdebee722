"""Names that spell an unlisted site's domain in three forms ``name_for_domain`` did not
read (fix36d, placeholder names and addresses): "The" and one word ("The Harbourman" for
harbourman.co.uk), a name's initials alone ("Delta Maritime Review" for dmr.vn) and the
whole domain, its suffix included ("Gulf NZ" for gulf.nz); with the near cases each must
not take."""

from __future__ import annotations

import pytest

from analysis.ingest.domain_sites import name_for_domain, site_of_domain
from analysis.ingest.domain_spellings import (
    acronym_name,
    article_name,
    other_spelling,
    spells_in_any_order,
    whole_domain_name,
)
from analysis.ingest.layout import outlet_from_url


def test_the_and_one_word_spell_the_domains_label() -> None:
    names = ["Reader Support", "The Harbourman"]
    assert article_name("harbourman", names) == "The Harbourman"
    assert name_for_domain("harbourman.co.uk", names) == "The Harbourman"
    # negatives: the word alone (an acronym in a longer run is no name), another word,
    # another article's place
    assert article_name("harbourman", ["Harbourman"]) == ""
    assert name_for_domain("harbourman.co.uk", ["Harbourman Weekly"]) == ""
    assert name_for_domain("harbourman.co.uk", ["A Harbourman"]) == ""


def test_a_names_initials_alone_spell_a_short_label() -> None:
    names = ["Your Cart", "Delta Maritime Review", "Power by Joomla Open Source System"]
    assert acronym_name("dmr", names) == "Delta Maritime Review"
    assert name_for_domain("dmr.vn", names) == "Delta Maritime Review"
    # a leading article is left out, as the initials leave it
    assert name_for_domain("mdb.gov.vn", ["The Mekong Development Bank"]) == (
        "Mekong Development Bank"
    )
    # negatives: two words spell too little; other initials; a label of two letters
    assert name_for_domain("mr.vn", ["Maritime Review"]) == ""
    assert name_for_domain("dmr.vn", ["Delta River Review"]) == ""
    assert acronym_name("dm", ["Delta Maritime"]) == ""
    assert name_for_domain("dmr.vn", ["Your Cart"]) == ""
    # negative: a body's full name with a small word in lower case (a ministry's site is
    # named by its address), whether the small word counts or not
    assert name_for_domain("mofa.gov.xx", ["Ministry of Foreign Affairs"]) == ""
    assert name_for_domain("mfa.gov.xx", ["Ministry of Foreign Affairs"]) == ""


def test_a_names_words_spell_the_whole_domain() -> None:
    assert whole_domain_name("gulf.nz", ["By Ana Ruiz", "Gulf NZ"]) == "Gulf NZ"
    assert name_for_domain("gulf.nz", ["By Ana Ruiz", "Gulf NZ"]) == "Gulf NZ"
    # negatives: one word; a name missing the suffix; another suffix
    assert whole_domain_name("gulf.nz", ["Gulf"]) == ""
    assert name_for_domain("gulf.nz", ["Gulf Daily"]) == ""
    assert whole_domain_name("gulf.nz", ["Gulf AU"]) == ""


@pytest.mark.parametrize(
    ("domain", "names", "site"),
    [
        ("dmr.vn", ["Delta Maritime Review"], "Delta Maritime Review"),
        ("harbourman.co.uk", ["The Harbourman"], "The Harbourman"),
        ("otherpaper.net", ["The Harbourman", "Delta Maritime Review"], "otherpaper.net"),
    ],
)
def test_the_address_step_takes_the_spelled_name(domain: str, names: list[str], site: str) -> None:
    assert site_of_domain(domain, names)[0] == site
    fields = outlet_from_url(f"https://www.{domain}/a-story", "", "", "", "", "", " | ".join(names))
    assert fields is not None and fields["outlet"] == site


def test_other_spelling_needs_a_name() -> None:
    assert other_spelling("dmr.vn", []) == ""


def test_a_names_words_in_any_order_spell_the_label() -> None:
    assert spells_in_any_order("harbourpost-gulf", "Post of the Harbour in Gulf")
    # negatives: another word, one word
    assert not spells_in_any_order("harbourpost-gulf", "Post of the Harbour in Bay")
    assert not spells_in_any_order("harbourpost", "Harbourpost")
