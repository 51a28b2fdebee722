"""Names that spell an unlisted site's domain (placeholder names and addresses)."""

from __future__ import annotations

from analysis.ingest.domain_spellings import spells_in_any_order


def test_a_names_words_in_any_order_spell_the_label() -> None:
    assert spells_in_any_order("harbourpost-gulf", "Post of the Harbour in Gulf")
    # negatives: another word, one word
    assert not spells_in_any_order("harbourpost-gulf", "Post of the Harbour in Bay")
    assert not spells_in_any_order("harbourpost", "Harbourpost")
