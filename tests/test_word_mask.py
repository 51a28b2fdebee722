"""Tests of ``analysis.core.word_mask``: every character that is not a word character
becomes a space, the word characters stay, the length is kept."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.core.word_mask import mask_non_words


def test_mask_keeps_words_and_spaces_out_the_rest() -> None:
    assert mask_non_words("Việt Nam’s 2024-25 plan_b, đã!") == "Việt Nam s 2024 25 plan_b  đã "
    assert mask_non_words("") == ""
    assert mask_non_words("“quoted”\xa0text") == " quoted  text"  # ASCII once encoded


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_mask_is_a_substitution_of_every_non_word_character(text: str) -> None:
    masked = mask_non_words(text)
    assert masked == re.sub(r"\W", " ", text)
    assert len(masked) == len(text)
