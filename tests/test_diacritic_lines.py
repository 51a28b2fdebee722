"""Tests of ``analysis.ingest.diacritic_lines``: a Vietnamese header line over running text
in another Latin-script language is no headline (the title feature ``other_language``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.ingest.diacritic_lines import marked_share, other_language_line
from analysis.ingest.layout import read_article

#: The head of the Dong Nai portal's English page (the zoo's dufo_dongnai page): the
#: portal's colour switch in Vietnamese, its Vietnamese clock, then the English story.
_COLOURS = "Màu đỏ Màu xanh nước biển Màu vàng Màu xanh lá cây"
_LEDE = (
    "Ten years after signing a twinning agreement, Dong Nai and its Korean partner province "
    "have reviewed their exchanges in trade, vocational training and culture."
)
_BODY = (
    "More than 300 students from Dong Nai have trained in the partner province's technical "
    "colleges, and Korean firms have opened factories in four of Dong Nai's industrial parks."
)


def test_the_portals_colour_switch_is_no_headline() -> None:
    page = f"{_COLOURS}\nThứ 4 - 13/03/2019\nDong Nai and a Korean province review ten years of twinning\n{_LEDE}\n{_BODY}\n"
    article = read_article(page)
    assert article.title != _COLOURS
    assert article.paragraphs[0].kind != "title"


@pytest.mark.parametrize(
    ("line", "text", "other"),
    [
        (_COLOURS, [_LEDE, _BODY], True),  # Vietnamese chrome over English
        ("Dong Nai and a Korean province review ten years", [_LEDE], False),  # English
        (_COLOURS, ["Mười năm sau khi ký kết thỏa thuận kết nghĩa, Đồng Nai đã rà soát."], False),
        ("Café Society: Hanoi’s Old Quarter", [_LEDE], False),  # one accent is no Vietnamese
    ],
)
def test_a_vietnamese_line_over_another_language(line: str, text: list[str], other: bool) -> None:
    assert other_language_line(line, text) is other


def test_the_marked_share_counts_vietnamese_marks_and_d_bar() -> None:
    assert marked_share(["đ"]) == 1.0
    assert marked_share(["ưa"]) == 0.5
    assert marked_share(["", "123"]) == 0.0


#: held-out 94's bilingual reading page: the Vietnamese title, the English title, then each
#: Vietnamese paragraph followed by its English translation.
_BILINGUAL = (
    Path(__file__).parent
    / "data"
    / "layouts"
    / "b94_vietanhsongngu_bilingual_title_vietnamese_then_english_paragraphs_alternating_no_date.txt"
)


def test_a_bilingual_pages_english_title_is_the_headline() -> None:
    article = read_article(_BILINGUAL.read_text(encoding="utf-8"))
    assert article.title == "Vietnam welcomes new ferry line to Con Dao"


def test_a_vietnamese_title_over_alternating_paragraphs_is_in_another_language() -> None:
    lines = _BILINGUAL.read_text(encoding="utf-8").splitlines()
    assert other_language_line(lines[0], lines[2:])
    vietnamese_only = [line for line in lines[2:] if marked_share([line]) > 0.1]
    assert not other_language_line(lines[0], vietnamese_only)
