"""The gazetteer and the actors of the samples."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.annotators.entities import (
    MENTION_COLUMNS,
    extract_mentions,
    find_mentions,
    load_gazetteer,
    mention_counts,
    name_candidates,
    party_candidates,
)
from analysis.core.schema import CONTENT_KINDS
from analysis.ingest.corpus import Corpus
from tests.conftest import doc_id_of, toy_corpus


def _mentions(text: str, gazetteer) -> list[tuple[str, str, str, str]]:
    return [(m[2], m[3], m[4], m[5]) for m in find_mentions(text, gazetteer)]


# --- ambiguity rules ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Party met the Communist Party of China.",
            [("Communist Party of China", "Communist Party of China", "party", "China")],
        ),
        (
            "Relations with the Workers' Party of Korea and Korea.",
            [
                ("Workers' Party of Korea", "Workers' Party of Korea", "party", "North Korea"),
                ("Korea", "South Korea", "country", "South Korea"),
            ],
        ),
        (
            "the ruling People Power Party (PPP) in the Republic of Korea",
            [
                ("People Power Party", "People Power Party", "party", "South Korea"),
                ("Republic of Korea", "South Korea", "country", "South Korea"),
            ],
        ),
        (
            "Egypt’s ruling Nation’s Future Party",
            [
                ("Egypt", "Egypt", "country", "Egypt"),
                ("Nation’s Future Party", "Nation's Future Party", "party", "Egypt"),
            ],
        ),
        ("who said so to the WHO", [("WHO", "World Health Organization", "organisation", "")]),
        (
            "US-China tensions and the U.S. envoy",
            [
                ("US", "United States", "country", "United States"),
                ("China", "China", "country", "China"),
                ("U.S.", "United States", "country", "United States"),
            ],
        ),
        (
            "Party General Secretary Trong met Trong",
            [
                ("General Secretary Trong", "Nguyen Phu Trong", "person", "Vietnam"),
                ("Trong", "Nguyen Phu Trong", "person", "Vietnam"),
            ],
        ),
        (  # "America" is no country; the region is a mention of its own kind
            "Latin America and South Africa",
            [
                ("Latin America", "Latin America", "region", ""),
                ("South Africa", "South Africa", "country", "South Africa"),
            ],
        ),
    ],
)
def test_ambiguity_rules(gazetteer, text: str, expected):
    assert _mentions(text, gazetteer) == expected


def test_party_alone_is_never_a_mention(sample_mentions: pd.DataFrame):
    assert not sample_mentions["match"].str.fullmatch(r"(?i)(the )?part(y|ies)").any()


# --- the samples ---------------------------------------------------------------------------


def test_africa_in_000(samples: Corpus, sample_mentions: pd.DataFrame):
    doc = sample_mentions.loc[sample_mentions["doc_id"] == doc_id_of(samples, "000")]
    assert {"Mozambique", "Tanzania", "Egypt", "Uganda"} <= set(doc["country"])
    assert "FRELIMO" in set(doc.loc[doc["kind"] == "party", "canonical"])
    assert {"Mozambique", "Egypt", "Uganda"} <= set(doc.loc[doc["kind"] == "country", "canonical"])


def test_partners_in_003(samples: Corpus, sample_mentions: pd.DataFrame):
    doc = sample_mentions.loc[sample_mentions["doc_id"] == doc_id_of(samples, "003")]
    countries = set(doc.loc[doc["kind"] == "country", "canonical"])
    assert {"United States", "Japan", "Russia", "India", "Holy See"} <= countries
    people = set(doc.loc[doc["kind"] == "person", "canonical"])
    assert {"Joe Biden", "Dmitry Medvedev", "Xi Jinping", "Yoon Suk Yeol"} <= people


def test_mentions_come_only_from_content_with_exact_offsets(samples: Corpus, sample_mentions):
    assert list(sample_mentions.columns) == list(MENTION_COLUMNS)
    paragraphs = samples.paragraphs[["doc_id", "para_id", "kind"]]
    kinds = sample_mentions[["doc_id", "para_id"]].merge(paragraphs, on=["doc_id", "para_id"])
    assert set(kinds["kind"]) <= set(CONTENT_KINDS)
    keys = ["doc_id", "para_id", "sent_id"]
    joined = sample_mentions.merge(samples.sentences[[*keys, "text"]], on=keys)
    sliced = [
        t[s:e] for t, s, e in zip(joined["text"], joined["start"], joined["end"], strict=True)
    ]
    assert sliced == joined["match"].tolist()
    # Xi Jinping is named in the 000 caption, but counted only from 003's body.
    xi = sample_mentions.loc[sample_mentions["canonical"] == "Xi Jinping", "doc_id"]
    assert set(xi) == {doc_id_of(samples, "003")}
    with_captions = extract_mentions(samples, kinds=(*CONTENT_KINDS, "caption"))
    xi = with_captions.loc[with_captions["canonical"] == "Xi Jinping", "doc_id"]
    assert set(xi) == {doc_id_of(samples, "000"), doc_id_of(samples, "003")}
    assert {"Pham Minh Chinh", "Vuong Dinh Hue", "Bui Thanh Son"} <= set(with_captions["canonical"])
    assert not {"Pham Minh Chinh", "Vuong Dinh Hue"} & set(sample_mentions["canonical"])


def test_toy_corpus_skips_captions_boilerplate_and_repeats():
    mentions = extract_mentions(toy_corpus())
    assert mentions[["doc_id", "para_id", "canonical"]].values.tolist() == [
        ["a", 1, "Vietnam"],
        ["a", 1, "Laos"],
        ["a", 3, "China"],
        ["a", 3, "Communist Party of China"],
        ["b", 0, "Laos"],
        ["b", 0, "United States"],
    ]


def test_mention_counts(sample_mentions: pd.DataFrame):
    parties = mention_counts(sample_mentions, kind="party", top_n=5)
    assert len(parties) == 5 and set(parties["kind"]) == {"party"}
    assert parties.iloc[0]["canonical"] == "Communist Party of Vietnam"
    assert parties["n"].is_monotonic_decreasing
    everything = mention_counts(sample_mentions)
    assert everything["n"].sum() == len(sample_mentions)


# --- the data files --------------------------------------------------------------------------


def test_party_candidates_list_parties_missing_from_the_gazetteer(
    samples: Corpus, gazetteer_copy: Path
):
    assert party_candidates(samples).empty  # every party of the samples is known
    parties = gazetteer_copy / "gazetteer_parties.csv"
    lines = parties.read_text(encoding="utf-8").splitlines()
    parties.write_text(
        "\n".join(line for line in lines if not line.startswith("Amanat Party")) + "\n",
        encoding="utf-8",
    )
    edited = load_gazetteer(gazetteer_copy)
    candidates = party_candidates(samples, edited)
    assert candidates["candidate"].tolist() == ["Amanat Party"]
    assert candidates.iloc[0]["doc_id"] == doc_id_of(samples, "000")
    assert "Amanat Party" not in set(extract_mentions(samples, edited)["canonical"])


def test_party_candidates_ignore_party_organs():
    corpus = toy_corpus(
        [
            (
                "t",
                0,
                "body",
                "The Party General Secretary and the National Party Congress met.",
                -1,
            ),
            ("t", 1, "body", "Through the Party, the Green Future Party of Atlantis grew.", -1),
        ]
    )
    assert party_candidates(corpus)["candidate"].tolist() == ["Green Future Party of Atlantis"]


@given(
    st.lists(
        st.sampled_from(
            [
                "China",
                "Communist Party of China",
                "Lao",
                "Laos",
                "the",
                "Party",
                "US",
                "U.S.",
                "Workers' Party of Korea",
                "Korea",
                "(",
                ")",
                "PPP",
                "People Power Party",
                "-",
                "x",
            ]
        ),
        max_size=25,
    )
)
@settings(max_examples=200, deadline=None)
def test_mentions_never_overlap_and_point_at_their_text(gazetteer, words: list[str]):
    text = " ".join(words)
    found = find_mentions(text, gazetteer)
    for start, end, match, *_ in found:
        assert text[start:end] == match
    ends = [e for _, e, *_ in found]
    starts = [s for s, *_ in found]
    assert all(s >= e for s, e in zip(starts[1:], ends[:-1], strict=False))


# --- spellings, flags and second mentions (issue 15) ---------------------------------------


ARTICLE = [
    ("z", 0, "body", "General Secretary Tô Lâm received Thongloun Sisoulith in Hà Nội.", -1),
    ("z", 1, "body", "Lâm thanked the Lao leader. The General Secretary spoke first.", -1),
    ("z", 2, "body", "Le Trong Nghia, a researcher, took notes; Xi was not there.", -1),
    ("y", 0, "body", "Lâm arrived. The Lao leader waved.", -1),
]


def test_second_mentions_resolve_within_an_article():
    mentions = extract_mentions(toy_corpus(ARTICLE))
    z = mentions.loc[mentions["doc_id"] == "z"]
    assert z[["para_id", "match", "canonical", "flag"]].values.tolist() == [
        [0, "Tô Lâm", "To Lam", ""],
        [0, "Thongloun Sisoulith", "Thongloun Sisoulith", ""],
        [1, "Lâm", "To Lam", "coreference"],
        [1, "Lao", "Laos", "demonym"],
        [1, "leader", "Thongloun Sisoulith", "coreference"],
    ]  # "The General Secretary" fits both; "Xi" was never named; "Trong" is in a name
    y = mentions.loc[mentions["doc_id"] == "y"]
    assert y["canonical"].tolist() == ["Laos"]  # no earlier full name in that article
    assert list(mentions.columns) == list(MENTION_COLUMNS)
    assert set(mentions["surface"]) >= {"To Lam", "Lam", "leader"}


def test_name_candidates_lists_names_the_gazetteer_lacks():
    corpus = toy_corpus(
        [
            ("n", 0, "body", "Prime Minister Aronil Vessatha met the CICA envoy.", -1),
            ("n", 1, "body", "Aronil Vessatha and Pham Minh Chinh spoke.", -1),
            ("n", 2, "body", "The People Power Party (PPP) of Korea agreed.", -1),
        ]
    )
    table = name_candidates(corpus)
    assert table[["candidate", "n"]].values.tolist() == [
        ["Aronil Vessatha", 2],
        ["CICA", 1],
    ]  # known names (Pham Minh Chinh, the bracketed PPP) and roles are not listed
    assert table.iloc[0]["sentence"].startswith("Prime Minister Aronil")
