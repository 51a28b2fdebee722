"""Counting terms (``analysis/analyses/keyterm_counts.py``): the n-grams of a text, stop words only
inside, and the log-likelihood of a two-by-two table."""

from __future__ import annotations

import math

import numpy as np
import pytest

from analysis.analyses.keyterms import (
    log_likelihood,
    terms_of,
)
from analysis.core.errors import ParameterError


@pytest.mark.parametrize(
    ("text", "max_n", "expected"),
    [
        (
            "The comprehensive strategic partnership",
            1,
            ["comprehensive", "strategic", "partnership"],
        ),
        (
            "Vietnam's bamboo diplomacy",
            2,
            ["vietnam", "bamboo", "diplomacy", "vietnam bamboo", "bamboo diplomacy"],
        ),
        ("Party of Vietnam", 3, ["party", "vietnam", "party of vietnam"]),
        ("the 13th Congress of 2021", 2, ["congress"]),
        (
            "People-to-people diplomacy",
            2,
            ["people-to-people", "diplomacy", "people-to-people diplomacy"],
        ),
    ],
)
def test_terms_of_keeps_stop_words_only_inside(text: str, max_n: int, expected: list[str]):
    assert terms_of(text, max_n=max_n) == expected


def test_log_likelihood_matches_the_two_by_two_formula():
    a, b, total_a, total_b = 20.0, 5.0, 1000.0, 2000.0
    n = total_a + total_b
    cells = [
        (a, (a + b) * total_a / n),
        (b, (a + b) * total_b / n),
        (total_a - a, (n - a - b) * total_a / n),
        (total_b - b, (n - a - b) * total_b / n),
    ]
    expected = 2 * sum(o * math.log(o / e) for o, e in cells)
    got = log_likelihood(np.array([a, 1.0]), np.array([b, 40.0]), total_a, total_b)
    assert got[0] == pytest.approx(expected)
    assert got[1] < 0  # under-used in the target: negative, as quanteda signs it
    assert log_likelihood(np.array([10.0]), np.array([10.0]), 100.0, 100.0)[0] == pytest.approx(0)
    q = 1 + (n / (a + b) + n / (n - a - b) - 1) * (n / total_a + n / total_b - 1) / (6 * n)
    williams = log_likelihood(np.array([a]), np.array([b]), total_a, total_b, correction="williams")
    assert williams[0] == pytest.approx(expected / q)
    assert 0 < williams[0] < expected
    with pytest.raises(ParameterError, match="correction"):
        log_likelihood(np.array([a]), np.array([b]), total_a, total_b, correction="yates")


def _terms_by_position(text: str, max_n: int) -> list[str]:
    """``terms_of`` as it was written before pairs and triples were made by ``zip``: every
    n-gram by position (the slow reference)."""
    from analysis.analyses.keyterm_counts import load_stopwords
    from analysis.core.text import tokenize

    stop = load_stopwords()
    words = [w[:-2] if w.endswith("'s") else w for w in tokenize(text)]
    number = [w[0].isdigit() for w in words]
    edge = [not d and w not in stop for w, d in zip(words, number, strict=True)]
    out = [w for w, ok in zip(words, edge, strict=True) if ok]
    for n in range(2, max_n + 1):
        for i in range(len(words) - n + 1):
            last = i + n - 1
            if edge[i] and edge[last] and not any(number[i + 1 : last]):
                out.append(" ".join(words[i : last + 1]))
    return out


@pytest.mark.parametrize("max_n", [1, 2, 3, 4, 5])
def test_terms_of_equals_the_count_by_position_on_random_sentences(max_n: int):
    rng = np.random.default_rng(max_n)
    pool = [
        "the",
        "of",
        "party",
        "Vietnam's",
        "13th",
        "2021",
        "bamboo",
        "and",
        "diplomacy",
        "people-to-people",
        "a",
        "Congress",
        "in",
        "’s",
        "x",
        "1",
        "strategic",
    ]
    for _ in range(300):
        text = " ".join(rng.choice(pool, size=int(rng.integers(0, 12))))
        assert terms_of(text, max_n=max_n) == _terms_by_position(text, max_n), text
