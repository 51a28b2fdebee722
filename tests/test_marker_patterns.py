"""``page_rules.MarkerPattern`` (an outlet marker's pattern compiled on first need) finds
what the compiled pattern finds, on every zoo and sample line."""

from __future__ import annotations

import re

from analysis.ingest.page_rules import load_rules
from tests.strategies import real_lines

LINES = real_lines()


def _span(found: re.Match[str] | None) -> tuple[int, int] | None:
    return found.span() if found else None


def test_marker_patterns_find_what_the_compiled_patterns_find() -> None:
    """For every marker named on some line, each of its three patterns (start, end,
    alone) gives the compiled pattern's match on the lines that hold it, as the layout
    readers call them (the line, " ." before it, " X" after it)."""
    compared = 0
    for _name, _credited, *patterns in load_rules().outlets:
        marker = patterns[0].marker
        for line in (x for x in LINES if marker in x):
            for text in (line, " ." + line, line + " X", line.rstrip(" -–—:")):
                for lazy in patterns:
                    full = re.compile(lazy.pattern)
                    assert _span(lazy.match(text)) == _span(full.match(text)), (lazy.pattern, text)
                    assert _span(lazy.search(text)) == _span(full.search(text)), (
                        lazy.pattern,
                        text,
                    )
                    compared += 1
    assert compared > 1000


def test_a_line_without_the_marker_never_matches_its_patterns() -> None:
    """What the lazy pattern skips: the compiled patterns of the first hundred markers
    find nothing on the lines that lack the marker."""
    for _name, _credited, *patterns in load_rules().outlets[:100]:
        marker = patterns[0].marker
        for lazy in patterns:
            full = re.compile(lazy.pattern)
            assert not any(full.search(x) for x in LINES if marker not in x), lazy.pattern
