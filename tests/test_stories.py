"""Near-duplicate grouping of syndicated stories (analysis.ingest.stories)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.ingest import fingerprint_pairs, stories
from analysis.ingest.corpus import Corpus, load_corpus
from analysis.ingest.stories import (
    fold_for_matching,
    group_stories,
    one_per_story,
    stories_table,
    story_shingles,
)
from benchmarks.syndication import make_syndication_set, pair_scores, write_syndication_set
from tests.conftest import SEEDS

STORY = (
    "The Party delegation met leaders of the provincial committee on Tuesday to review "
    "cooperation in education and vocational training. Both sides agreed that the exchange "
    "of students had grown steadily since the programme began, with more than two thousand "
    "young people taking part in courses and internships in the last three years. The host "
    "proposed a joint centre for teacher training near the border, and the guests promised "
    "to study the idea with their ministries before the next meeting of the joint committee "
    "in the autumn. Officials from the external relations commission also briefed the "
    "delegation on preparations for the anniversary of diplomatic relations next year."
)
OTHER = (
    "Rice exporters in the delta are looking for new buyers as freight costs rise. Traders "
    "said contracts for the coming season were signed at lower prices than a year ago, "
    "while farmers worried about salt intrusion and the cost of fertiliser. The provincial "
    "agriculture department plans to train cooperatives in packaging and traceability so "
    "that fruit can reach supermarkets abroad, and a logistics hub is being built near the "
    "river port to cut the time goods spend in storage before shipment overseas."
)


def _docs(rows: list[tuple[str, str, str | None]]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "doc_id": [r[0] for r in rows],
            "text": [r[1] for r in rows],
            "published": pd.to_datetime([r[2] for r in rows]),
            "outlet": [f"Outlet {r[0]}" for r in rows],
            "title": [f"Title {r[0]}" for r in rows],
        }
    )


def test_spelling_variants_and_diacritics_give_the_same_shingles() -> None:
    plain = "Viet Nam and Ha Noi welcomed Nguyen Phu Trong and the delegation from Laos."
    marked = "Việt Nam and Hà Nội welcomed Nguyễn Phú Trọng and the delegation from Laos."
    assert fold_for_matching(marked) == fold_for_matching(plain).replace("Viet", "viet")
    assert set(story_shingles("Vietnam and Hanoi welcomed the guests")) <= set(
        story_shingles("Viet Nam and Ha Noi welcomed the guests")
    )
    assert (story_shingles(plain) == story_shingles(marked)).all()


def test_a_trimmed_respelled_copy_is_the_same_story_and_an_unrelated_text_is_not() -> None:
    trimmed = STORY.split(". Officials")[0].replace("Party", "party") + "."
    docs = _docs(
        [
            ("b_copy", trimmed, "2024-03-02"),
            ("a_first", STORY, "2024-03-01"),
            ("c_other", OTHER, "2024-03-01"),
        ]
    )
    story = group_stories(docs)
    assert story.tolist() == ["a_first", "a_first", "c_other"]
    assert one_per_story(docs.assign(story_id=story))["doc_id"].tolist() == ["a_first", "c_other"]


def test_short_texts_are_never_grouped() -> None:
    docs = _docs([("a", "Short note on the talks.", None), ("b", "Short note on the talks.", None)])
    assert group_stories(docs).tolist() == ["a", "b"]


def test_stories_table_names_who_published_first() -> None:
    docs = _docs(
        [("x2", STORY, "2024-05-03"), ("x1", STORY, "2024-05-01"), ("y", OTHER, "2024-05-02")]
    )
    table = stories_table(docs.assign(story_id=group_stories(docs)))
    assert table[["story_id", "n_documents", "first_outlet", "doc_ids"]].to_dict("records") == [
        {"story_id": "x1", "n_documents": 2, "first_outlet": "Outlet x1", "doc_ids": "x1; x2"}
    ]
    assert stories_table(docs.iloc[2:].assign(story_id=["y"])).empty


@settings(max_examples=25, deadline=None)
@given(st.permutations(range(6)))
def test_story_ids_do_not_depend_on_row_order(order: list[int]) -> None:
    rows = [
        ("d0", STORY, "2024-01-05"),
        ("d1", STORY.replace("Tuesday", "Monday"), "2024-01-04"),
        ("d2", OTHER, None),
        ("d3", OTHER.replace("delta", "Mekong Delta"), "2024-02-01"),
        ("d4", STORY[: len(STORY) * 2 // 3], None),
        ("d5", "A brief that tells nothing else.", "2024-01-01"),
    ]
    docs = _docs(rows)
    expected = dict(zip(docs["doc_id"], group_stories(docs), strict=True))
    shuffled = docs.iloc[list(order)]
    got = dict(zip(shuffled["doc_id"], group_stories(shuffled), strict=True))
    assert (
        got == expected == {"d0": "d1", "d1": "d1", "d2": "d3", "d3": "d3", "d4": "d1", "d5": "d5"}
    )


def test_generated_syndication_set_is_grouped_with_high_precision_and_recall(
    tmp_path: Path,
) -> None:
    articles = make_syndication_set(120, seed=11)
    write_syndication_set(tmp_path, articles)
    documents = load_corpus(tmp_path, cache=False).documents
    found = dict(zip(documents["doc_id"], documents["story_id"], strict=True))
    precision, recall = pair_scores({a.name: a.story for a in articles}, found)
    assert precision >= 0.95 and recall >= 0.95, (precision, recall)
    assert len({a.story for a in articles}) < len(articles)  # the set does syndicate


def test_documents_held_without_text_are_grouped_from_their_paragraphs(tmp_path: Path) -> None:
    articles = make_syndication_set(60, seed=5)
    write_syndication_set(tmp_path, articles)
    corpus = load_corpus(tmp_path, cache=False)
    held, paragraphs = corpus.held_documents(), corpus.held_paragraphs()
    assert "text" not in held.columns
    from_paragraphs = group_stories(held, paragraphs)
    from_text = group_stories(corpus.documents)
    pd.testing.assert_series_equal(from_paragraphs, from_text)
    assert from_text.nunique() < len(from_text)  # some documents were grouped
    shuffled = held.sample(frac=1, random_state=0)
    again = group_stories(shuffled, paragraphs)
    assert dict(zip(shuffled["doc_id"], again, strict=True)) == dict(
        zip(held["doc_id"], from_text, strict=True)
    )


def test_no_false_group_among_the_samples(samples: Corpus) -> None:
    documents = samples.documents
    assert (documents["story_id"] == documents["doc_id"]).all()
    assert np.all(documents["story_id"].str.len() > 0)


def test_exact_copies_fall_into_the_first_copys_story(tmp_path: Path) -> None:
    sample = sorted(SEEDS.glob("*.txt"))[0]
    (tmp_path / "a.txt").write_bytes(sample.read_bytes())
    (tmp_path / "b.txt").write_bytes(sample.read_bytes())
    documents = load_corpus(tmp_path, cache=False).documents.set_index("doc_id")
    assert documents.loc["b", "duplicate_of"] == "a"
    assert documents.loc["b", "story_id"] == documents.loc["a", "story_id"] == "a"


@pytest.mark.parametrize("text", ["", "   ", "123 456"])
def test_degenerate_texts(text: str) -> None:
    assert len(story_shingles(text)) <= 2


def test_pooled_prevalence_counts_a_syndicated_story_once(tmp_path: Path) -> None:
    from analysis.annotators.themes import theme_hits, theme_prevalence
    from analysis.site.notebook import pool_stories, rows_of, story_note

    articles = [a for a in make_syndication_set(40, seed=3) if a.story < 12]
    write_syndication_set(tmp_path, articles)
    corpus = load_corpus(tmp_path, cache=False)
    pooled = pool_stories(corpus)
    assert len(pooled) == len({a.story for a in articles}) < len(corpus)
    assert pool_stories(corpus, count_stories_once=False) is corpus
    once = corpus.select(pooled.held_documents()["doc_id"])  # every story once already
    assert pool_stories(once) is once
    assert "counted once" in story_note(corpus, pooled)
    assert f"{len(corpus) - len(pooled):,} of {len(corpus):,}" in story_note(corpus, pooled)
    hits = theme_hits(corpus)
    by_year_all = theme_prevalence(corpus, hits, by="year")
    by_year_once = theme_prevalence(pooled, hits, by="year")
    assert by_year_once["n_paragraphs"].sum() < by_year_all["n_paragraphs"].sum()
    assert (by_year_once["share"].dropna() <= 1).all()
    assert set(rows_of(hits, pooled)["doc_id"]) <= set(pooled.documents["doc_id"])


def test_a_selection_still_counts_a_story_whose_first_copy_is_filtered_out() -> None:
    docs = _docs(
        [("x1", STORY, "2024-05-01"), ("x2", STORY, "2024-05-03"), ("x3", STORY, "2024-05-04")]
    )
    docs = docs.assign(story_id=group_stories(docs))
    assert one_per_story(docs.iloc[1:])["doc_id"].tolist() == ["x2"]


def test_no_documents_no_stories() -> None:
    empty = _docs([])
    assert group_stories(empty).empty
    assert stories_table(empty.assign(story_id=pd.Series(dtype="str"))).empty


@given(st.lists(st.sampled_from([STORY, OTHER, STORY[:300], "", "Đà Nẵng"]), max_size=8))
@settings(max_examples=20, deadline=None)
def test_fingerprints_are_the_shingle_sets_fingerprints(texts: list[str]) -> None:
    sets = stories.shingle_sets(texts)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(stories, "CHUNK_CHARS", 300)  # a chunk or two per text
        patch.setattr(stories, "GATHER_VALUES", 40)  # gathered every few chunks
        values, n_prints, sizes = stories.fingerprints(texts)
    assert sizes.tolist() == [len(s) for s in sets]
    expected = [s[s % fingerprint_pairs.FINGERPRINT_MOD == 0] for s in sets]
    assert n_prints.tolist() == [len(p) for p in expected]
    joined = np.concatenate(expected) if expected else np.zeros(0, np.uint32)
    assert np.array_equal(values, joined)


def test_only_the_candidates_texts_are_read_again_and_the_pairs_are_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = [STORY, OTHER, STORY.replace("Party", "party")[:600], OTHER[:200], STORY]
    read: list[list[int]] = []

    def texts_at(positions: np.ndarray) -> list[str]:
        read.append(positions.tolist())
        return [texts[p] for p in positions]

    monkeypatch.setattr(stories, "CHUNK_CHARS", 700)  # several chunks
    pairs = stories.similar_pairs(texts_at, len(texts))
    sets = stories.shingle_sets(texts)
    every = [
        (i, j)
        for i in range(len(texts))
        for j in range(i + 1, len(texts))
        if min(len(sets[i]), len(sets[j])) >= fingerprint_pairs.MIN_SHINGLES
        and stories._verified(sets[i], sets[j])
    ]
    assert pairs == every == [(0, 2), (0, 4), (2, 4)]
    assert read == [[0, 1, 2, 3, 4], [0, 2, 4]]  # all once, then the candidates' only
