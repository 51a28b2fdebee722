"""Tests of ``analysis.ingest.site_clocks``: a date line that is the site's clock (its first
line over the site's chrome, a line under a weather widget's reading) and its negatives."""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.ingest.site_clocks import clock_line


@dataclass
class _Para:
    text: str
    kind: str
    line: int


def _paras(*lines: tuple[str, str]) -> list[_Para]:
    return [_Para(text=text, kind=kind, line=i + 1) for i, (text, kind) in enumerate(lines)]


def _dates_of(_text: str) -> list:
    return []


class _Scoring:
    updated_label = re.compile(r"\bUpdated\b", re.I)


def test_a_first_date_over_the_sites_chrome_is_its_clock() -> None:
    paras = _paras(
        ("Thursday, June 20, 2024", ""),
        ("Home | World | Business", "boilerplate"),
        ("Ferry links reopen across the delta", ""),
    )
    assert clock_line(paras, 0, "dateline", 2, _dates_of, _Scoring())


def test_a_date_under_a_weather_reading_is_the_sites_clock() -> None:
    paras = _paras(
        ("33.4 C", ""),
        ("Ho Chi Minh City", ""),
        ("Thursday, June 20, 2024", ""),
        ("Ferry links reopen across the delta", ""),
    )
    assert clock_line(paras, 2, "dateline", 3, _dates_of, _Scoring())


def test_a_date_under_the_headline_over_the_text_is_no_clock() -> None:
    paras = _paras(
        ("Ferry links reopen across the delta", ""),
        ("Thursday, June 20, 2024", ""),
        ("The ferries between the two river towns run again from Monday.", ""),
    )
    assert not clock_line(paras, 1, "dateline", 0, _dates_of, _Scoring())
