"""A photo caption closed by a bar, as the Vietnamese news CMS prints one under its picture
("Ambassador Name and Director Name. |" opening a platform's copy of a paper's item,
held-out 103), is a caption (``caption_markers`` of ``data/header_scoring.yaml``), never
the headline; a date's cell closed by a bar ("08 January 16, 2011 |") still dates the
page, and a headline with a bar inside stays a headline."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.metadata import load_scoring

SCORING = load_scoring()

TEXT = (
    "Pada acara tersebut, direktur arsip film menegaskan bahwa arsip ingin memperluas "
    "pertukaran film dan menampilkan lebih banyak film setiap tahun.\n"
    "Kedua pihak sepakat untuk segera menandatangani nota kesepahaman tentang pertukaran "
    "salinan film lama.\n"
)


@pytest.mark.parametrize(
    "caption",
    [
        "Duta Besar Nguyen Thi Lan dan Direktur Arsip Film Selim Kaya. |",
        "Minister Tran Van Hai (right) and his guest at the talks (Photo: VNA) |",
    ],
)
def test_a_bar_closed_caption_is_no_headline(caption: str) -> None:
    assert SCORING.caption_marker.search(caption)
    assert read_article(f"{caption}\n{TEXT}").title == ""


def test_a_date_cell_closed_by_a_bar_still_dates_the_page() -> None:
    line = "08 January 16, 2011 |"
    assert not SCORING.caption_marker.search(line)
    article = read_article(f"{line}\nSolidarity message to striking dock workers\n{TEXT}")
    assert article.header_date is not None
    assert article.header_date.date_start.date().isoformat() == "2011-01-16"


@pytest.mark.parametrize("line", ["World | Vietnam and Cuba sign a film pact", "News | Sport |"])
def test_other_bar_lines_are_no_captions(line: str) -> None:
    assert not SCORING.caption_marker.search(line)
