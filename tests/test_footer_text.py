"""Tests of ``analysis.ingest.layout.footer_text``: lines after the text that the page
shows to be text (misses27): a chapter list with rising times (held-out 73's podcast
page), a list a line of the text announces with a colon, the rest of a sentence
hard-wrapped under its first half (held-out 50's document page)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.footer_text import chapter_list
from analysis.ingest.layout.lines import split_lines

LAYOUTS = Path(__file__).parent / "data" / "layouts"
PODCAST = "perthusasia_title_twice_by_two_names_and_dr_on_date_topic_pipe_summary_chapter_list.txt"
DOCUMENT = (
    "123doctop_breadcrumb_title_counts_loading_info_box_summary_page_mark_original_article"
    "_received_accepted.txt"
)
LEDE = (
    "The ferry line across the estuary will run twice as often from June, the provincial "
    "transport department said, after a year in which queues at both piers grew longer."
)


def _kinds(text: str) -> dict[str, str]:
    return {p.text: p.kind for p in read_article(text).paragraphs}


def test_a_podcasts_chapter_list_is_text() -> None:
    kinds = _kinds((LAYOUTS / PODCAST).read_text(encoding="utf-8"))
    chapters = [text for text in kinds if text.startswith("•")]
    assert len(chapters) == 5
    assert all(kinds[text] == "body" for text in chapters)


def test_the_chapters_times_must_rise_down_the_list() -> None:
    rising = "• Tickets (0:40)\n• Timetable (3:15)\n• Piers (9:05)\n"
    latest = "• Ferry resumes (14:05)\n• Pier closes (11:30)\n• Fares rise (09:15)\n"
    kinds = _kinds(f"Ferry Weekly\n\n{LEDE}\n\n{rising}")
    assert {kinds[t] for t in rising.strip().split("\n")} == {"body"}
    kinds = _kinds(f"Ferry Weekly\n\n{LEDE}\n\n{latest}")
    assert {kinds[t] for t in latest.strip().split("\n")} == {"boilerplate"}


def test_a_list_of_headlines_after_the_text_stays_boilerplate() -> None:
    items = "• Ferry resumes\n• Pier closes for repairs\n• Fares rise in July\n"
    kinds = _kinds(f"Ferry Weekly\n\n{LEDE}\n\n{items}")
    assert {kinds[t] for t in items.strip().split("\n")} == {"boilerplate"}


def test_a_list_announced_by_a_line_of_the_text_is_text() -> None:
    intro = "The department listed the works planned for the two piers before the rainy season:"
    items = "• a longer ramp\n• covered waiting rooms\n• lights along the quay\n"
    kinds = _kinds(f"Ferry Weekly\n\n{LEDE}\n\n{intro}\n{items}")
    assert {kinds[t] for t in items.strip().split("\n")} == {"body"}


def test_the_rest_of_a_hard_wrapped_sentence_is_text() -> None:
    kinds = _kinds((LAYOUTS / DOCUMENT).read_text(encoding="utf-8"))
    rest = next(text for text in kinds if text.startswith("expected to grow"))
    assert kinds[rest] == "body"


def test_an_address_or_a_forms_sum_under_an_open_line_stays_boilerplate() -> None:
    open_line = "Readers can find the timetable for every crossing of the estuary on the website of"
    for leftover in ("cgtn.com", "four + 5 ="):
        kinds = _kinds(f"Ferry Weekly\n\n{LEDE}\n\n{open_line}\n\n{leftover}\n")
        assert kinds[leftover] == "boilerplate"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=5999), min_size=3, max_size=8, unique=True))
def test_a_chapter_list_is_one_whose_times_rise(seconds: list[int]) -> None:
    lines = "".join(f"• Part {k} ({s // 60}:{s % 60:02d})\n" for k, s in enumerate(seconds))
    items = split_lines(lines)
    assert chapter_list(items, 0, len(items)) == (seconds == sorted(seconds))
