import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.core.text import (
    INVISIBLE_CHARS,
    count_words,
    iter_sentence_spans,
    normalize_text,
    split_sentences,
    tokenize,
)


def test_split_keeps_abbreviations_and_initialisms_together():
    text = "Mr. Trung met the U.S. envoy on Jan. 5. Talks went well."
    assert split_sentences(text) == ["Mr. Trung met the U.S. envoy on Jan. 5.", "Talks went well."]


def test_split_finds_glued_sentences_from_scraped_pages():
    # 001 has "...in many countries.The Party’s proactive participation..."
    text = "held periodically in many countries.The Party’s participation has grown."
    assert split_sentences(text) == [
        "held periodically in many countries.",
        "The Party’s participation has grown.",
    ]


def test_split_keeps_closing_quotes_with_their_sentence():
    text = "It upheld “bamboo diplomacy.” Vietnam then acted."
    assert split_sentences(text) == ["It upheld “bamboo diplomacy.”", "Vietnam then acted."]


def test_split_does_not_break_numbers_or_numbered_directives():
    text = "Directive No. 25 (CT/TW) was issued. Trade reached 3.5 billion USD."
    assert split_sentences(text) == [
        "Directive No. 25 (CT/TW) was issued.",
        "Trade reached 3.5 billion USD.",
    ]


@given(st.text(max_size=400))
def test_sentence_spans_are_ordered_disjoint_and_trimmed(text):
    spans = list(iter_sentence_spans(text))
    last_end = 0
    for start, end in spans:
        assert last_end <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        last_end = end
    # Nothing but white space lies outside the spans.
    outside = "".join(
        text[a:b]
        for a, b in zip(
            [0] + [e for _, e in spans], [s for s, _ in spans] + [len(text)], strict=False
        )
    )
    assert outside.strip() == ""


def test_normalize_removes_invisible_and_bidi_characters_but_keeps_vietnamese():
    assert normalize_text("Vi\u1ec7t\u200b Nam\u202e  \u2019s") == "Việt Nam 's"


def test_tokenize_and_count_agree():
    text = "People-to-people diplomacy, Việt Nam's 2022 goals: 247 parties."
    assert tokenize(text) == [
        "people-to-people",
        "diplomacy",
        "việt",
        "nam's",
        "2022",
        "goals",
        "247",
        "parties",
    ]
    assert count_words(text) == len(tokenize(text))


_QUOTES = str.maketrans({"‘": "'", "’": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "\u00a0": " "})


def _reference_normalize(text: str) -> str:
    """normalize_text as first written (before its fast paths)."""
    text = unicodedata.normalize("NFC", text)
    text = INVISIBLE_CHARS.sub("", text).translate(_QUOTES)
    return re.sub(r"[ \t\f\v]+", " ", text).strip()


@settings(max_examples=500, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from("ab Việt’‘“”„'-1.,\t\f\v\u00a0\u200b\u00ad\u0301e\n  "),
        max_size=80,
    ),
    st.integers(min_value=0, max_value=12),
)
def test_fast_paths_change_nothing(text: str, limit: int) -> None:
    assert normalize_text(text) == _reference_normalize(text)
    assert tokenize(text, limit=limit) == tokenize(text)[:limit]


def test_printable_text_holds_no_invisible_character() -> None:
    # normalize_text skips the invisible-character pass on printable text: exact only if
    # no character the pass removes is printable (each is of category Cf).
    removed = [chr(c) for c in range(0x110000) if INVISIBLE_CHARS.match(chr(c))]
    assert len(removed) == 21
    assert not any(char.isprintable() for char in removed)
    assert normalize_text("Vi\u1ec7t\u00adNam\u2066 \ufeffparty") == "ViệtNam party"
