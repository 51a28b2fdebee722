"""The annotators' vocabulary (``analysis/core/vocabulary.py``): the data file's settings and
the regex alternation built from its lists."""

from __future__ import annotations

import re

from analysis.core.vocabulary import alternation, home_country, vocabulary


def test_alternation_matches_each_pattern_in_the_order_given() -> None:
    pattern = re.compile(alternation(["said", r"according\s+to", "say"]))
    assert pattern.fullmatch("according  to")
    assert pattern.match("saying").group() == "say"
    assert re.compile(alternation(["say", "said"])).match("said").group() == "said"
    assert alternation([]) == ""


def test_the_home_country_is_read_from_the_data_file() -> None:
    assert home_country() == vocabulary()["home_country"] == "Vietnam"
    assert vocabulary() is vocabulary()  # read once
