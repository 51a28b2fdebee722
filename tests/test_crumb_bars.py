"""Tests of ``analysis.ingest.layout.crumb_bars``: a title bar joining the site, the
section and the headline with '::' is read as the headline alone (fix42c)."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.crumb_bars import without_crumb_bar

#: A broadcaster's page saved as its title bar alone (placeholder headline).
BAR_PAGE = "DELTA TV::News::Night ferries return to the lower delta, river board says\n"


def test_a_double_colon_title_bar_gives_its_last_piece() -> None:
    assert read_article(BAR_PAGE).title == (
        "Night ferries return to the lower delta, river board says"
    )


def test_a_long_piece_or_a_short_last_piece_keeps_the_line() -> None:
    line = "Night ferries return :: a sailing of four hours"
    assert without_crumb_bar(line) == line  # a headline's part before the marks
    assert without_crumb_bar("Delta TV :: News :: Ferries") == "Delta TV :: News :: Ferries"
    assert without_crumb_bar("Delta TV :: News :: Ferries back on the river") == (
        "Ferries back on the river"
    )
