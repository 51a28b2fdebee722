"""Tests of country lines (``analysis.ingest.country_lines``): a line that is only a
country's name, in any language or script, and the names read from the gazetteer."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "line",
    [
        "ベトナム社会主義共和国",  # Japanese, the formal name
        "越南社会主义共和国",  # Chinese
        "베트남",  # Korean
        "Вьетнам",  # Russian
        "Cộng hoà xã hội chủ nghĩa Việt Nam",  # Vietnamese, either accent placement
        "République socialiste du Viêt Nam",
        "VIET-NAM",
        "ລາວ",  # Laos in its own script
        "Республика Корея",
    ],
)
def test_a_countrys_name_in_any_script_is_a_country_line(line: str) -> None:
    from analysis.ingest.country_lines import country_line

    assert country_line(line)


@pytest.mark.parametrize(
    "line", ["ベトナム共産党書記長との会談", "Hanoi", "Vietnam and Laos", "Nga", "中国共产党"]
)
def test_a_line_that_names_more_than_a_country_is_not(line: str) -> None:
    from analysis.ingest.country_lines import country_line

    assert not country_line(line)


def test_a_name_given_to_two_countries_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    import pandas as pd

    from analysis.core.errors import DataFileError
    from analysis.ingest import country_lines

    table = pd.DataFrame(
        {
            "name": ["Vietnam", "Laos"],
            "aliases": ["Viet Nam", ""],
            "names_other": ["越南", "Viet-Nam"],  # the same key as Vietnam's "Viet Nam"
        }
    )
    monkeypatch.setattr(country_lines, "load_data_file", lambda name: table)
    country_lines.country_names.cache_clear()
    try:
        with pytest.raises(DataFileError, match="also a name of Vietnam"):
            country_lines.country_names()
    finally:
        country_lines.country_names.cache_clear()
