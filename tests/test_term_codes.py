"""Terms counted by the codes of their words (``analysis/analyses/term_codes.py``): the same
terms, counts and documents as counting the strings of ``terms_of``."""

from __future__ import annotations

import random
from collections import Counter

import numpy as np
import pytest

from analysis.analyses import term_codes
from analysis.analyses.keyterm_counts import load_stopwords, terms_of
from analysis.analyses.term_codes import (
    CodedTermCounts,
    TooManyWords,
    count_blocks,
    decode,
    merge_counts,
    ngram_codes,
)

WORDS = [
    *("the", "of", "and", "a", "to", "in", "vietnam's", "Viet", "Nam's", "party", "2022"),
    *("1,000", "people-to-people", "diplomacy", "strategic", "partnership", "sea", "east"),
    *("O'Brien", "economy", "growth", "3.5", "per", "cent", "Hà", "Nội", "it's"),
]


def _texts(seed: int, n: int) -> list[str]:
    """Random sentences of words with stop words, numbers, possessives and punctuation."""
    rng = random.Random(seed)
    return [
        " ".join(
            rng.choice(WORDS) + rng.choice(["", "", ",", "."]) for _ in range(rng.randint(0, 14))
        )
        for _ in range(n)
    ]


def _strings(counts: CodedTermCounts, codes: list[int]) -> list[str]:
    words = list(counts.word_ids)
    return [
        " ".join(words[i] for i in ids if i) for ids in zip(*decode(np.array(codes)), strict=True)
    ]


@pytest.mark.parametrize("max_n", [1, 2, 3])
def test_codes_of_are_the_terms_of_terms_of_in_order(max_n: int):
    counts = CodedTermCounts(max_n)
    for text in _texts(1, 300):
        expected = terms_of(text, max_n=max_n, stopwords=load_stopwords())
        assert _strings(counts, counts.codes_of(text)) == expected


def _string_counts(rows: list[int], texts: list[str | list[str]]) -> dict[str, tuple[int, int]]:
    """The reference: each term's count and rows, by string."""
    n, docs = Counter(), Counter()
    for row in sorted(set(rows)):
        mine = Counter()
        for r, parts in zip(rows, texts, strict=True):
            if r == row:
                for part in [parts] if isinstance(parts, str) else parts:
                    mine.update(terms_of(part, max_n=3))
        n.update(mine)
        docs.update(mine.keys())
    return {t: (n[t], docs[t]) for t in n}


@pytest.mark.parametrize("flush_at", [1, 50, 1 << 20])
@pytest.mark.parametrize("min_count", [1, 3])
def test_counts_and_documents_equal_a_count_by_string(
    monkeypatch: pytest.MonkeyPatch, flush_at: int, min_count: int
):
    monkeypatch.setattr(term_codes, "FLUSH_AT", flush_at)
    texts: list[str | list[str]] = list(_texts(2, 200))
    texts[5] = ["Bamboo lotus", "river"]  # pieces: no n-gram across them
    rng = random.Random(3)
    rows = sorted(rng.randrange(25) for _ in texts)
    split = rows.index(rows[120])  # two calls, a row's sentences in one of them
    counts = CodedTermCounts(3)
    counts.add(rows[:split], texts[:split])
    counts.add(rows[split:], texts[split:])
    terms, n, n_docs = counts.frequent(min_count)
    got = dict(zip(terms.tolist(), zip(n.tolist(), n_docs.tolist(), strict=True), strict=True))
    expected = {t: v for t, v in _string_counts(rows, texts).items() if v[0] >= min_count}
    assert got == expected
    assert ("bamboo lotus" in got) == (min_count == 1)
    assert "lotus river" not in got
    assert len(set(rows)) > 10 and max(d for _, d in got.values()) > 1


def test_rows_must_not_decrease():
    with pytest.raises(ValueError, match="decrease"):
        CodedTermCounts(2).add([1, 0], ["a sea", "the sea"])


def test_too_many_words_is_raised(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(term_codes, "MAX_WORDS", 3)
    with pytest.raises(TooManyWords):
        CodedTermCounts(3).add([0], ["one two three four five"])


def test_max_n_beyond_a_code_is_refused():
    with pytest.raises(ValueError, match="max_n"):
        CodedTermCounts(4)


def test_merge_counts_adds_held_codes_and_inserts_new_ones_in_order():
    codes, (n, d) = merge_counts(
        np.array([2, 5, 9]),
        (np.array([1, 1, 1]), np.array([1, 1, 1])),
        np.array([1, 5, 9, 12]),
        (np.array([4, 11, 3, 7]), np.array([1, 2, 1, 1])),
    )
    assert codes.tolist() == [1, 2, 5, 9, 12]
    assert n.tolist() == [4, 1, 12, 4, 7]
    assert d.tolist() == [1, 1, 3, 2, 1]
    empty = np.zeros(0, np.int64)
    assert merge_counts(empty, (empty,), np.array([3]), (np.array([2]),))[0].tolist() == [3]
    assert merge_counts(empty, (empty,), empty, (empty,))[0].tolist() == []


def test_count_blocks_counts_each_key_once_in_key_order():
    keys = np.array([2, 0, 1, 0, 2, -1])
    texts = ["sea growth", "sea", "sea growth", "growth", "sea", "sea sea sea"]
    counts = CodedTermCounts(2)
    count_blocks(counts, keys, 3, lambda rows: [texts[r] for r in rows], block_size=2)
    terms, n, n_docs = counts.frequent(1)
    got = dict(zip(terms.tolist(), zip(n.tolist(), n_docs.tolist(), strict=True), strict=True))
    assert got == {"sea": (4, 3), "growth": (3, 3), "sea growth": (2, 2)}


def test_ngram_codes_skip_stop_word_edges_and_inner_numbers():
    ids, number = [1, 2, 3, 4], [False, False, True, False]
    edge = [True, True, False, True]  # the third word is a number
    b = 1 << term_codes.WORD_BITS
    assert ngram_codes(ids, number, edge, 1) == []
    assert ngram_codes(ids, number, edge, 2) == [1 * b + 2]
    assert ngram_codes(ids, number, edge, 3) == [1 * b + 2]  # 2 3 4: a number inside
    assert ngram_codes([1, 2, 3], [False] * 3, [True, False, True], 3) == [(1 * b + 2) * b + 3]
