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
