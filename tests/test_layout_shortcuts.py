"""The shortcuts of issue 13 agree with the slow readings they replace: the list-item date
pre-test of ``date_scoring.listed_items`` and the marker look-up of
``layout.text.split_lede_marker``, on every zoo and sample line and on random text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.core.text import normalize_text
from analysis.dates import NEWS_DAY, find_dates
from analysis.ingest.date_scoring import _ITEM_DATE, _item_dated
from analysis.ingest.layout.news_days import may_hold_news_day
from analysis.ingest.layout.text import _markers_in
from analysis.ingest.page_rules import load_rules
from tests.strategies import ROOT, articles, real_lines

LINES = real_lines()
ITEMS = [
    "Viet Nam and Laos sign a new trade pact - March 3, 2023",
    "Party delegation visits Cuba for talks | 12/05/2021",
    "Leaders meet in Hanoi on regional ties – 4 May 21",
]


def _markers_full_scan(text: str, markers: tuple[str, ...]) -> list[int]:
    return [k for k, marker in enumerate(markers) if marker in text]


def test_item_date_pre_test_reads_as_the_full_pattern() -> None:
    """Every zoo and sample line (normalised) is a dated list item for the pre-tested
    reading exactly when the full pattern finds one; the hand-made items are."""
    texts = [normalize_text(x) for x in LINES + ITEMS]
    got = [_item_dated(t) for t in texts]
    assert got == [bool(_ITEM_DATE.search(t)) for t in texts]
    assert all(got[-len(ITEMS) :])


@settings(max_examples=100, deadline=None)
@given(articles(), st.sampled_from(["", " - May 3, 2022", " | 3/5/22", " — 12 June 2020 "]))
def test_item_date_pre_test_on_random_lines(text: str, end: str) -> None:
    """The same on random article lines, some ending in a dash and a date."""
    for line in text.splitlines():
        line = normalize_text(line + end)
        assert _item_dated(line) == bool(_ITEM_DATE.search(line))


def test_markers_in_an_opening_are_those_a_full_scan_finds() -> None:
    """The markers standing in each line's opening, in the outlets' order, are those a
    scan of every marker finds; some lines hold several."""
    markers = load_rules().marker_ends
    found = 0
    for line in LINES:
        opening = line[:120]
        got = _markers_in(opening, markers)
        assert got == _markers_full_scan(opening, markers), opening
        found += len(got)
    assert found > 100


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("(VNA)-WR NDO/ Hanoi,Xinhua:TASS.\n"), max_size=60))
def test_markers_in_random_text(text: str) -> None:
    """The same on random strings made of the markers' characters."""
    markers = load_rules().marker_ends
    assert _markers_in(text, markers) == _markers_full_scan(text, markers)


def test_reading_a_page_reads_no_data_file_once_the_rules_are_built(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every data file a page's reading needs is read once per process, not per page or
    line: reading zoo pages a second time parses no YAML or CSV (a per-line
    ``layout_alternation`` made the load 6x slower, issue 13 session 20)."""
    import analysis.core.data_files as data_files
    from analysis.ingest.decode import decode_bytes
    from analysis.ingest.layout import read_article

    paths = sorted((ROOT / "tests" / "data" / "layouts").glob("*.txt"))[::15]
    texts = [decode_bytes(p.read_bytes()).text for p in paths]
    for text in texts:
        read_article(text)
    parsed: list[str] = []
    real_parse = data_files._parse
    monkeypatch.setattr(data_files, "_parse", lambda *a: parsed.append(a[2]) or real_parse(*a))
    for text in texts:
        read_article(text)
    assert len(texts) > 40 and parsed == []


NEWS_DAYS = [
    "Hal itu disampaikan Menlu, kata dia, Jumat (7/3/2025).",
    "Kuala Lumpur, KHAMIS (12/6/2024) - Perdana Menteri berkata",
    "ujarnya pada Senin(3/11/2023) di Jakarta",
]


def _holds_news_day(text: str) -> bool:
    """The full reading ``bracketed_news_day`` skips: the whole date grammar's news day."""
    return any(m.note == NEWS_DAY and m.date_start is not None for m in find_dates(text))


def test_news_day_pre_test_passes_every_line_that_holds_one() -> None:
    """Every zoo and sample line, and the hand-made ones, in which the date grammar finds
    a news day passes the pre-test; most lines do not."""
    texts = LINES + NEWS_DAYS
    passed = [t for t in texts if may_hold_news_day(t)]
    assert [t for t in texts if _holds_news_day(t)] == [t for t in passed if _holds_news_day(t)]
    assert all(map(_holds_news_day, NEWS_DAYS)) and len(passed) < len(texts) / 20


@settings(max_examples=150, deadline=None)
@given(articles(), st.sampled_from(["", " Jumat (7/3/2025).", " rabu(1/12/2020)", " Senin (9/9)"]))
def test_news_day_pre_test_on_random_lines(text: str, end: str) -> None:
    """The same on random article lines, some ending in a bracketed news day."""
    for line in text.splitlines():
        line += end
        assert may_hold_news_day(line) or not _holds_news_day(line)
