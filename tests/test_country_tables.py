"""The country tables of the mentions (``country_tables``): pairs of countries referred to
in one paragraph, the sentence quoted for each pair, and countries with themes."""

from __future__ import annotations

import pandas as pd

from analysis.annotators.country_tables import (
    comention_examples,
    country_comentions,
    country_theme_counts,
)
from analysis.annotators.entities import extract_mentions
from analysis.annotators.themes import theme_hits
from analysis.ingest.corpus import Corpus
from tests.conftest import toy_corpus

# --- co-mentions and themes ----------------------------------------------------------------


def test_country_comentions_on_a_toy_corpus():
    mentions = extract_mentions(toy_corpus())
    expected = pd.DataFrame(
        {"country_a": ["Laos"], "country_b": ["United States"], "n_paragraphs": [1], "n_docs": [1]}
    )
    pd.testing.assert_frame_equal(country_comentions(mentions), expected, check_dtype=False)
    with_vietnam = country_comentions(mentions, exclude=())
    assert ("Laos", "Vietnam") in set(
        zip(with_vietnam["country_a"], with_vietnam["country_b"], strict=True)
    )


def test_comention_examples_quote_a_sentence_naming_both_first():
    far_apart = "Cuba " + "and its many partners " * 15 + "agreed with India on it."
    corpus = toy_corpus(
        [
            ("a", 0, "body", "Laos sent a delegation. Later, Cambodia replied to it.", -1),
            ("a", 1, "body", "Talks with Russia covered trade. Brazil listened.", -1),
            ("b", 0, "body", "Leaders of Cambodia and Laos met in the spring.", -1),
            (
                "b",
                1,
                "body",
                "Japan and Cambodia signed the plan. " + "More words follow. " * 30,
                -1,
            ),
            ("b", 2, "body", far_apart, -1),
        ]
    )
    mentions = extract_mentions(corpus)
    pairs = country_comentions(mentions)
    examples = comention_examples(corpus, mentions, pairs)
    assert examples[pairs.columns].equals(pairs)
    by_pair = examples.set_index(["country_a", "country_b"])
    # named in one sentence (document b) beats named apart in an earlier paragraph (a)
    assert tuple(by_pair.loc[("Cambodia", "Laos"), ["doc_id", "para_id"]]) == ("b", 0)
    assert by_pair.loc[("Cambodia", "Laos"), "example"] == (
        "Leaders of Cambodia and Laos met in the spring."
    )
    assert by_pair.loc[("Cambodia", "Japan"), "example"] == "Japan and Cambodia signed the plan."
    # named only in two sentences of a paragraph: both sentences, in text order
    assert by_pair.loc[("Brazil", "Russia"), "example"] == (
        "Talks with Russia covered trade. … Brazil listened."
    )
    # named far apart in one long sentence: a short quote around each name
    far = by_pair.loc[("Cuba", "India"), "example"]
    assert len(far_apart) > 300 and len(far) <= 225
    assert far.startswith("Cuba and") and far.endswith("with India on it.") and " … " in far


def test_country_comentions_in_the_samples(sample_mentions: pd.DataFrame):
    pairs = country_comentions(sample_mentions)
    assert (pairs["country_a"] < pairs["country_b"]).all()
    assert "Vietnam" not in set(pairs["country_a"]) | set(pairs["country_b"])
    top = pairs.iloc[0]
    assert (top["country_a"], top["country_b"]) == ("Cambodia", "Laos")


def test_country_theme_counts(samples: Corpus, sample_mentions: pd.DataFrame):
    counts = country_theme_counts(sample_mentions, theme_hits(samples))
    table = counts.set_index(["country", "theme"])["n_paragraphs"]
    assert table[("China", "neighbours")] >= 3
    assert table[("Mozambique", "party_to_party")] >= 1
    assert table.get(("Mozambique", "pandemic"), 0) == 0
