"""Coding content sentences with the theme dictionary (``analysis/annotators/theme_coding.py``):
the ``theme_hits`` table on a toy corpus and the samples, and the coding rules (weights,
thresholds, actors, contexts)."""

from __future__ import annotations

import contextlib
import gc
from pathlib import Path

import pandas as pd
import pytest
import yaml

from analysis.annotators import theme_coding
from analysis.annotators.themes import (
    CODING_COLUMNS,
    HIT_COLUMNS,
    ThemeDictionaryError,
    coded_paragraphs,
    counted_hits,
    load_themes,
    theme_hits,
)
from analysis.core.schema import CONTENT_KINDS
from analysis.ingest.corpus import Corpus
from tests.conftest import toy_corpus


def test_toy_hits_are_exactly_the_content_matches(toy_dictionary: Path):
    corpus = toy_corpus()
    before = corpus.paragraphs.copy()
    hits = theme_hits(corpus, toy_dictionary)
    expected = pd.DataFrame(
        [
            ("a", 1, 0, "alpha", "bamboo", "bamboo", 16, 22),
            ("a", 1, 1, "beta", "laos", "Laos", 0, 4),
            ("a", 3, 0, "beta", "china", "China", 15, 20),
            ("a", 3, 1, "gamma", "pandemic*", "pandemic", 4, 12),
            ("b", 0, 0, "gamma", "vaccine*", "Vaccines", 0, 8),
            ("b", 0, 0, "beta", "laos", "Laos", 17, 21),
            ("b", 0, 0, "gamma", "vaccine*", "vaccine", 39, 46),
        ],
        columns=list(HIT_COLUMNS),
    ).astype({"para_id": "int64", "sent_id": "int64", "start": "int64", "end": "int64"})
    expected = expected.assign(weight=1.0, rule="", coded=True)
    pd.testing.assert_frame_equal(hits, expected)
    pd.testing.assert_frame_equal(corpus.paragraphs, before)


def test_offsets_point_at_the_match_in_the_sentence(samples: Corpus, sample_hits: pd.DataFrame):
    keys = ["doc_id", "para_id", "sent_id"]
    joined = sample_hits.merge(samples.sentences[[*keys, "text"]], on=keys)
    assert len(joined) == len(sample_hits) > 0
    sliced = [
        t[s:e] for t, s, e in zip(joined["text"], joined["start"], joined["end"], strict=True)
    ]
    assert sliced == joined["match"].tolist()


def test_captions_boilerplate_titles_and_repeats_never_produce_hits(
    samples: Corpus, sample_hits: pd.DataFrame
):
    kinds = sample_hits.merge(samples.paragraphs, on=["doc_id", "para_id"])
    assert set(kinds["kind"]) <= set(CONTENT_KINDS)
    assert (kinds["repeat_of"] < 0).all()
    # The 000 caption names Xi Jinping and China; the 002 captions name ASEAN and Laos.
    captions = samples.paragraphs.loc[samples.paragraphs["kind"] == "caption"]
    assert captions["text"].str.contains("ASEAN").any()
    assert sample_hits.merge(captions, on=["doc_id", "para_id"]).empty


def test_theme_hits_are_deterministic(samples: Corpus, sample_hits: pd.DataFrame):
    pd.testing.assert_frame_equal(theme_hits(samples), sample_hits)


RULES_DICTIONARY = {
    "themes": [
        {
            "id": "goals",
            "terms": ["sovereignty", "prestige", "border"],
            "weights": {"border": 0.5},
        },
        {
            "id": "parties",
            "terms": ["party-to-party"],
            "exclude": ["party of japan"],
            "actors": [
                {
                    "id": "party_cue",
                    "note": "A listed party with a mechanism cue.",
                    "names": ["Komeito", "LDP"],
                    "cues": ["talks", "delegation"],
                },
                {
                    "id": "gazetteer_party",
                    "note": "A Cuban party from the gazetteer, on its own.",
                    "gazetteer": {"kinds": ["party"], "countries": ["Cuba"]},
                    "weight": 0.5,
                },
            ],
        },
        {"id": "congress", "terms": ["party congress"], "threshold": 2},
    ],
    "contexts": [
        {
            "id": "stock",
            "note": "Stock goals.",
            "themes": ["goals"],
            "weight": 0,
            "list_items": ["peace", "stability", "sovereignty", "prestige"],
            "min_items": 3,
        },
        {
            "id": "date",
            "note": "A Congress as a date.",
            "themes": ["congress"],
            "weight": 0.5,
            "phrases": ["since the party congress"],
        },
    ],
}


RULES_PARAGRAPHS = [
    ("r", 0, "body", "They defended sovereignty at sea.", -1),
    ("r", 1, "body", "We work for peace, stability and sovereignty in the region.", -1),
    ("r", 2, "body", "The border was quiet.", -1),
    ("r", 3, "body", "The border was quiet. The border guards met.", -1),
    ("r", 4, "body", "The LDP held talks with the delegation.", -1),
    ("r", 5, "body", "The ldp held talks. Komeito was absent.", -1),
    ("r", 6, "body", "The Communist Party of Cuba sent a letter. The PCC agreed.", -1),
    ("r", 7, "body", "Liberal Democratic Party of Japan talks: no actor inside it.", -1),
    ("r", 8, "body", "Since the party congress, the party congress has met twice.", -1),
    ("r", 9, "body", "The party congress met. The party congress voted.", -1),
]


@pytest.fixture()
def rules_hits(tmp_path: Path) -> pd.DataFrame:
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump(RULES_DICTIONARY), encoding="utf-8")
    return theme_hits(toy_corpus(RULES_PARAGRAPHS), path)


def _coded(hits: pd.DataFrame) -> set[tuple[int, str]]:
    return {(p, t) for p, t in coded_paragraphs(hits)[["para_id", "theme"]].itertuples(index=False)}


def test_weights_thresholds_actors_and_contexts_decide_the_codes(rules_hits: pd.DataFrame):
    assert list(rules_hits.columns) == [*HIT_COLUMNS, *CODING_COLUMNS]
    assert _coded(rules_hits) == {
        (0, "goals"),  # a plain term
        (3, "goals"),  # two half-weight terms reach the threshold of 1; one (para 2) does not
        (4, "parties"),  # an actor with a cue in its sentence
        (6, "parties"),  # two half-weight gazetteer actors (name and abbreviation)
        (9, "congress"),  # two mentions for a threshold of 2
    }
    by_para = rules_hits.set_index(["para_id", "theme"])
    stock = by_para.loc[(1, "goals")]
    assert stock["rule"] == "stock" and stock["weight"] == 0 and not stock["coded"]
    date = rules_hits.loc[rules_hits["para_id"] == 8, ["weight", "rule"]]
    assert date.values.tolist() == [[0.5, "date"], [1.0, ""]]  # 1.5 < threshold 2
    actor = by_para.loc[(4, "parties")]
    assert (actor["term"], actor["match"], actor["rule"]) == (
        "actor:party_cue",
        "LDP",
        "actor:party_cue",
    )
    assert 5 not in set(
        rules_hits["para_id"]
    )  # "ldp" is not the upper-case LDP; no cue for Komeito
    assert 7 not in set(rules_hits["para_id"])  # the party's name holds "Japan": excluded


def test_counted_hits_drive_prevalence_and_evidence(rules_hits: pd.DataFrame):
    counted = counted_hits(rules_hits)
    assert counted["coded"].all() and (counted["weight"] > 0).all()
    assert len(counted) < len(rules_hits)
    n_hits = coded_paragraphs(rules_hits).set_index(["para_id", "theme"])["n_hits"]
    assert n_hits.loc[(9, "congress")] == 2 and n_hits.loc[(6, "parties")] == 2


def _assert_rejected(tmp_path: Path, section: str, change: dict, message: str) -> None:
    """The rules dictionary with ``change`` made to the first entry of ``section`` is
    refused with an error matching ``message``."""
    data = yaml.safe_load(yaml.safe_dump(RULES_DICTIONARY))
    data[section][0].update(change)
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(ThemeDictionaryError, match=message):
        load_themes(path)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"weights": {"nope": 2}}, r"Theme 'goals' in .*rules\.yaml: weights names \['nope'\]"),
        ({"weights": {"border": -1}}, r"weights of 'border' is -1; give a number >= 0"),
        ({"threshold": "high"}, r"Theme 'goals' in .*: threshold is 'high'"),
        ({"actors": [{"id": "a", "names": ["x"]}]}, r"actor rule 'a' has no 'note'"),
        ({"actors": [{"id": "a", "note": "n"}]}, r"actor rule 'a' names no actor"),
        (
            {"actors": [{"id": "a", "note": "n", "gazetteer": {"kinds": ["planet"]}}]},
            r"actor rule 'a': gazetteer kinds \['planet'\] must be among",
        ),
        ({"actors": [{"id": "a", "note": "n", "names": ["x"], "colour": 1}]}, "unknown keys"),
    ],
)
def test_malformed_coding_rules_are_rejected_naming_file_and_entry(tmp_path, change, message):
    _assert_rejected(tmp_path, "themes", change, message)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"themes": ["nothere"]}, r"rules\.yaml: context rule 'stock': themes \['nothere'\]"),
        ({"note": ""}, r"context rule 'stock' has no 'note'"),
        ({"phrases": ["x"]}, r"context rule 'stock' needs either 'phrases' or 'list_items'"),
        ({"min_items": 1}, r"context rule 'stock': min_items is 1; give a number >= 2"),
        ({"weight": "none"}, r"context rule 'stock': weight is 'none'"),
    ],
)
def test_malformed_context_rules_are_rejected_naming_file_and_rule(tmp_path, change, message):
    _assert_rejected(tmp_path, "contexts", change, message)


def test_packaged_rules_have_notes_and_fire_on_the_issue_boundaries():
    themes = {t.id: t for t in load_themes()}
    assert all(r.note for t in themes.values() for r in (*t.actors, *t.contexts))
    assert {r.id for t in themes.values() for r in t.contexts} >= {
        "stock_list",
        "congress_time_marker",
        "integration_set_phrase",
        "pandemic_time_marker",
    }
    paragraphs = [
        ("i", 0, "body", "Since the 13th National Party Congress, trips abroad have doubled.", -1),
        (
            "i",
            1,
            "body",
            "The ministry reviewed external relations and international integration.",
            -1,
        ),
        ("i", 2, "body", "After the pandemic, exchanges of students resumed.", -1),
        ("i", 3, "body", "The CPP and the CPV agreed to exchange delegations.", -1),
        ("i", 4, "body", "Xi Jinping met the General Secretary in Beijing.", -1),
    ]
    hits = theme_hits(toy_corpus(paragraphs))
    assert _coded(hits) >= {(3, "party_to_party"), (3, "neighbours"), (4, "party_to_party")}
    assert not {(0, "party_building"), (1, "economic"), (2, "pandemic")} & _coded(hits)
    rules = set(hits["rule"])
    assert {"congress_time_marker", "integration_set_phrase", "pandemic_time_marker"} <= rules


def test_the_coded_sentences_are_the_content_sentences_in_their_order(corpus: Corpus):
    from dataclasses import replace

    from analysis.annotators.theme_coding import _content_columns, content_sentences

    def merged(c: Corpus) -> list[list]:
        table = content_sentences(c)
        return [table[k].tolist() for k in ("doc_id", "para_id", "sent_id", "text")]

    assert _content_columns(corpus) == merged(corpus)
    # Sentences out of corpus order (paragraphs interleaved) keep their order, as the merge.
    shuffled = replace(corpus, sentences=corpus.sentences.sample(frac=1.0, random_state=3))
    assert _content_columns(shuffled) == merged(shuffled)
    # A repeated paragraph key repeats its sentences in the merge, and here.
    paras = corpus.paragraphs
    body = paras.loc[paras["kind"] == "body"].head(3)
    doubled = replace(corpus, paragraphs=pd.concat([paras, body], ignore_index=True))
    assert _content_columns(doubled) == merged(doubled)
    assert len(_content_columns(doubled)[0]) > len(_content_columns(corpus)[0])


# --- the collector paused while coding (session 19) -----------------------------------------


def test_theme_hits_leave_the_collector_on_and_code_as_with_it_on(samples: Corpus, monkeypatch):
    """Coding with the collector paused gives the table coding with it on gives, and
    leaves the collector on."""
    paused = theme_hits(samples)
    assert gc.isenabled()
    monkeypatch.setattr(theme_coding, "collector_paused", contextlib.nullcontext)
    pd.testing.assert_frame_equal(paused, theme_hits(samples), check_exact=True)
    assert len(paused) > 300
