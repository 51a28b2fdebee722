"""A source's name with its date glued on near the top of a page (layout/source_dates.py):
the date is split off and read as the page's date."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.layout.source_dates import (
    _GLUED_NUMERIC_DATE,
    glued_numeric_date,
    split_source_dates,
)
from tests.strategies import real_lines

STANDFIRST = (
    "Twenty women of a fishing commune's militia spent three days learning to steer rescue "
    "boats and to give first aid before the storm season."
)
BODY = "The training was run by the provincial military command on the beach and in the school."


def test_a_source_name_glued_to_its_date_is_split_and_dates_the_page() -> None:
    """held-out 69 (a promotion platform reposting an army paper's story)."""
    line = "Báo Quân đội Nhân dânBáo Quân đội Nhân dân02/05/2025"
    paras = split_lines(f"Militia women train for storm rescue\n\n{STANDFIRST}\n\n{line}\n")
    split_source_dates(paras)
    assert [(p.text, p.kind) for p in paras[-2:]] == [
        ("Báo Quân đội Nhân dânBáo Quân đội Nhân dân", ""),
        ("02/05/2025", ""),
    ]
    page = f"Militia women train for storm rescue\n\n{STANDFIRST}\n\n{line}\n\n{BODY}\n"
    assert str(read_article(page).header_date.date_start)[:10] == "2025-05-02"


def test_a_sentence_ending_in_a_date_or_a_spaced_date_is_left_whole() -> None:
    """Negative: running text closed by a glued date, and a name and a date with a space
    between them (read as they are elsewhere), are not split here."""
    prose = "The price list was sent to every member of the cooperative on2/5/2025"
    spaced = "Báo Nhân dân 02/05/2025"
    for line in (prose, spaced):
        paras = split_lines(f"Militia women train\n\n{line}\n\n{STANDFIRST}\n")
        split_source_dates(paras)
        assert [p.text for p in paras] == ["Militia women train", line, STANDFIRST]


def _span(found: re.Match[str] | None) -> tuple[int, int] | None:
    return None if found is None else found.span()


def test_glued_numeric_date_finds_what_searching_the_whole_line_finds() -> None:
    """Every zoo and sample line, and each with a date glued to its end: the search from
    near the end finds what the search of the whole line finds."""
    lines = real_lines()
    lines = (
        lines + [line + "02/05/2025" for line in lines] + [line + "1/2/2024\n" for line in lines]
    )
    found = [_span(glued_numeric_date(line)) for line in lines]
    assert found == [_span(_GLUED_NUMERIC_DATE.search(line)) for line in lines]
    assert sum(f is not None for f in found) > 100


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "đ", "1", "12", "/", "2025", " ", "\n", "_"]), max_size=20))
def test_glued_numeric_date_agrees_with_the_whole_search_on_random_text(parts: list[str]) -> None:
    """Random letters, digits and slashes: the same match as the search of the whole text."""
    text = "".join(parts)
    assert _span(glued_numeric_date(text)) == _span(_GLUED_NUMERIC_DATE.search(text))
