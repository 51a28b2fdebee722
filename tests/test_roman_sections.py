"""A Roman section number closed by a hyphen is a numbered heading
(``layout/roman_sections.py``, fix38a): "I- MAIN ACTIVITIES ..." never beats a release's
own title. A word in capitals joined by a hyphen and a headline opening with a Roman
numeral in a name are not section numbers."""

from __future__ import annotations

import pytest

from analysis.ingest.layout.roman_sections import roman_section_features


@pytest.mark.parametrize(
    "line",
    ["I- MAIN DIPLOMATIC ACTIVITIES", "II- INWARD VISITS", "III - Other work", "IV – Loans"],
)
def test_roman_section_numbers(line: str) -> None:
    assert roman_section_features(line) == ["numbered"]


@pytest.mark.parametrize(
    "line",
    [
        "IVF-funded clinics open in Hanoi",
        "XI-Jinping meets delegation",
        "I-95 reopens after storm",
        "VI Congress sets new course",
        "Vietnam - Laos border markers completed",
    ],
)
def test_lines_without_a_roman_section_number(line: str) -> None:
    assert roman_section_features(line) == []
