"""Tests of a header line's copies on the page (``headline_context``): comparison keys,
copies in other lines, captions and breadcrumbs, a caption that runs on past a headline."""

from __future__ import annotations

from types import SimpleNamespace

from analysis.ingest.headline_context import _continues_headline, _copies, page_keys

HEADLINE = "Party delegation visits Laos for talks"


def para(text: str, kind: str = "", line: int = 1, role: str = "") -> SimpleNamespace:
    return SimpleNamespace(text=text, kind=kind, line=line, role=role)


def test_page_keys_compare_words_only_near_the_top() -> None:
    paras = [para("Talks: Laos & Vietnam!"), para("x" * 500), para("deep")]
    keys = page_keys(paras, limit=2)
    assert keys[0] == "talks laos vietnam"
    assert len(keys[1]) == 300
    assert keys[2] == ""


def test_copies_count_other_lines_captions_and_breadcrumbs() -> None:
    paras = [
        para(HEADLINE),
        para("Home > Politics > " + HEADLINE, "boilerplate"),
        para(HEADLINE + " (Photo: placeholder)", "caption"),
        para(HEADLINE),
    ]
    assert _copies(paras, 0) == 3
    assert _copies([para("Short"), para("Short")], 0) == 0  # too short to compare
    # a longer headline-shaped line is not a copy of a fragment of it
    assert _copies([para("Minister Le Van An"), para("Minister Le Van An dies at 80", "")], 0) == 0


def test_continues_headline() -> None:
    assert _continues_headline("Minister Le Van An dies at 80", "minister le van an")
    assert not _continues_headline("Minister Le Van An | Example News", "minister le van an")
    assert not _continues_headline("Minister Le Van An spoke.", "minister le van an")
