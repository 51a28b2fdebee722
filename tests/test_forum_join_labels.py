"""A forum member card's join date is the member's, not the post's (``today_labels`` of
``data/header_scoring.yaml``, read by ``ingest/label_above.py``; held-out 130): "Tham gia
ngày:" (a Vietnamese forum's member card) and "Join Date:" (vBulletin) alone over a date
give it ``today_label``, as "Joined:" did. A post's own labels over a date do not."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from analysis.ingest.label_above import label_above
from analysis.ingest.metadata import load_scoring
from tests.page_reading import read_page


def _paras(*lines: str) -> list[SimpleNamespace]:
    return [SimpleNamespace(text=line) for line in lines]


@pytest.mark.parametrize("label", ["Tham gia ngày:", "    Tham gia ngày:", "Join Date:", "Joined:"])
def test_a_join_label_marks_the_date_under_it(label: str) -> None:
    paras = _paras(label, "    05/03/2005")
    assert label_above(paras, 1, "dateline", load_scoring()) == "today_label"


@pytest.mark.parametrize("label", ["Bài viết:", "Tham gia:", "Ngày đăng:", "Posted:"])
def test_other_labels_are_no_join_labels(label: str) -> None:
    paras = _paras(label, "05/03/2005")
    assert label_above(paras, 1, "dateline", load_scoring()) != "today_label"


def test_the_thread_day_beats_a_vbulletin_join_date() -> None:
    page = [
        "Vietnam and Chile to open a shipping line",
        "",
        "Old 10-21-2009, 08:15 AM",
        "minhkhoa88",
        "Join Date:",
        "05/03/2005",
        "Posts: 412",
        "SANTIAGO (AFP) - Vietnam and Chile agreed on Tuesday to open a direct shipping line "
        "between their ports next year, officials said after talks on fruit exports.",
        "The two sides also discussed visas for students and a new air route.",
    ]
    row = read_page("\n".join(page) + "\n")
    assert str(row["published"].date()) != "2005-03-05"
