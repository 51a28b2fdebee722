"""The annotators' word lists and settings that are not a dictionary of their own, read
once from ``analysis/data/vocabulary.yaml`` (see its comments) through ``load_data_file``.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

from analysis.core.data_files import load_data_file

DATA_FILE = "vocabulary.yaml"


@cache
def vocabulary() -> dict[str, Any]:
    """The checked content of ``vocabulary.yaml`` (read once)."""
    return load_data_file(DATA_FILE)


def alternation(patterns: Iterable[str]) -> str:
    """The patterns joined as one regex alternation, in the order given.

    >>> alternation(["said", r"according\\s+to"])
    'said|according\\\\s+to'
    """
    return "|".join(patterns)


def home_country() -> str:
    """The country the corpus is about (``home_country``)."""
    return str(vocabulary()["home_country"])
