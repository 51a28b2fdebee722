"""The word counter without the regex gives the regex's counts (issue 13)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.core import word_count
from analysis.core.text import WORD_PATTERN, count_words, count_words_of_parts
from analysis.core.word_count import classes, count_word_tokens, word_class
from tests.strategies import real_lines

# The characters where the pattern's decisions lie: ASCII and Vietnamese letters, a
# combining mark, ASCII and other digits (Arabic-Indic, superscript, Roman numeral),
# every joiner, underscore, whitespace, punctuation, invisible characters, a surrogate.
_TRICKY = "aZđệ\u0301ǅ09٣²Ⅻ-'’‘.,_ \n\t\u00a0\u200b\u00ad:;()!?/%&"


def _reference(text: str) -> int:
    """The count as first written: the pattern's list of words."""
    return len(WORD_PATTERN.findall(text))


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=st.sampled_from(_TRICKY), max_size=60))
def test_counts_equal_the_patterns_on_tricky_text(text: str) -> None:
    assert count_word_tokens(text) == _reference(text)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=60))
def test_counts_equal_the_patterns_on_any_text(text: str) -> None:
    assert count_word_tokens(text) == _reference(text)


def test_counts_equal_the_patterns_on_every_real_line() -> None:
    lines = real_lines()
    assert len(lines) > 1000
    assert [count_word_tokens(line) for line in lines] == [_reference(line) for line in lines]


def test_joiner_chains_and_letter_digit_contacts() -> None:
    # Chained joiners each join (a joiner shared by two matches), doubled ones do not; a
    # letter run touching a digit run is two words; a joiner of the other class separates.
    cases = ["a-b-c-d-e", "a--b", "x-'y", "1.2.3,4", "1..2", "abc123def", "1-2", "a.b", "-a-"]
    for text in cases:
        assert count_word_tokens(text) == _reference(text), text
    assert count_word_tokens("a-b-c-d-e") == 1
    assert count_word_tokens("abc123def") == 3


def test_every_code_point_is_classed_as_the_pattern_reads_it() -> None:
    for code in range(0x3400):
        char = chr(code)
        letter = re.fullmatch(r"[^\W\d_]", char) is not None
        digit = re.fullmatch(r"\d", char) is not None
        if char in "-'’.,":
            expected = "-" if char in "-'’" else "."
        else:
            expected = "a" if letter else "0" if digit else " "
        assert word_class(char) == expected, hex(code)


def test_surrogates_and_long_text_are_counted() -> None:
    text = "Hà Nội\udcff2024 co\ud800-operation " * 50
    assert count_word_tokens(text) == _reference(text) == 250
    assert len(classes(text)) == len(text)


def test_class_table_is_bounded(monkeypatch) -> None:
    monkeypatch.setattr(word_count, "CLASS_MEMO_MAX", len(word_count._CLASSES) + 5)
    text = "".join(chr(c) for c in range(0x4E00, 0x4E00 + 200)) + " ١٢٣ x"
    assert count_word_tokens(text) == _reference(text)
    assert len(word_count._CLASSES) <= word_count.CLASS_MEMO_MAX


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(_TRICKY), max_size=30), max_size=6))
def test_parts_count_as_their_joined_text(parts: list[str]) -> None:
    assert count_words_of_parts(parts) == count_words("\n\n".join(parts))


# Scripts written with spaces (Latin, Vietnamese, Cyrillic, Korean, Arabic digits), and
# the characters around them: count_words keeps the pattern's count on them (issue 17).
_SPACED = _TRICKY + "ДаНангпривет한국어문장"


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.sampled_from(_SPACED), max_size=80))
def test_text_without_an_unspaced_script_counts_as_the_pattern(text: str) -> None:
    assert count_words(text) == _reference(text)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.text(alphabet=st.sampled_from("市代表団がダナンを訪問した中越边境口岸"), min_size=1),
            st.text(alphabet=st.sampled_from(_TRICKY), max_size=20),
        ),
        max_size=5,
    )
)
def test_an_unspaced_run_counts_a_word_per_two_characters(pieces) -> None:
    text = "".join(" " + run + " " + latin for run, latin in pieces)
    latin_words = sum(_reference(latin) for _, latin in pieces)
    unspaced = sum(-(-len(run) // 2) for run, _ in pieces)
    assert count_words(text) == latin_words + unspaced
    assert count_words_of_parts(text.split(" ")) == count_words(text)


def test_a_japanese_paragraph_counts_like_its_english_length() -> None:
    japanese = "5月14日、代表団がダナン市を訪問した。双方は来年、職業訓練の覚書に署名する。"
    assert count_words(japanese) >= 15  # the pattern counts 6: one "word" per phrase
    assert _reference(japanese) < 10
    assert count_words("Hà Nội, 5月") == 4  # a lone kanji after a number: one word
