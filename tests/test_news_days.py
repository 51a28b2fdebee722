"""Tests of ``analysis.ingest.layout.news_days``: the news day in brackets after a weekday
that the Indonesian and Malay press print in the text."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.layout.news_days import bracketed_news_day, may_hold_news_day

_ID_LEDE = (
    "Jakarta - Sebuah maskapai Vietnam akan membuka rute langsung ke Bali bulan depan untuk "
    "melayani wisatawan yang terus bertambah, kata juru bicara maskapai di Jakarta, {day}."
)
_ID_BODY = "Tiket penerbangan perdana sudah dijual sejak awal pekan melalui situs maskapai."


def test_the_news_day_in_brackets_after_a_weekday_dates_a_page_without_a_date():
    """Indonesian press: 'Jumat (7/3/2025)' in the opening is the news day when the page
    prints no date; a date in brackets without a weekday is not read so; a dateline in the
    header still wins."""
    page = "Maskapai Vietnam Terbangi Rute Hanoi-Bali\n\n{lede}\n\n" + _ID_BODY + "\n"
    dated = read_article(page.format(lede=_ID_LEDE.format(day="Jumat (7/3/2025)")))
    assert str(dated.header_date.date_start.date()) == "2025-03-07"
    assert dated.flags == ["news_day"]  # the event's day: an address's full date outranks it
    bare = read_article(page.format(lede=_ID_LEDE.format(day="(7/3/2025)")))
    assert bare.header_date is None
    headed = page.replace("\n\n{lede}", "\n\n12/03/2025\n\n{lede}")
    clock = read_article(headed.format(lede=_ID_LEDE.format(day="Jumat (7/3/2025)")))
    assert str(clock.header_date.date_start.date()) == "2025-03-12"
    assert "news_day" not in clock.flags


def test_the_news_day_is_read_from_the_first_text_paragraphs_only() -> None:
    lede = _ID_LEDE.format(day="Jumat (7/3/2025)")
    assert may_hold_news_day(lede) and not may_hold_news_day(_ID_BODY)
    paras = split_lines(f"Judul berita\n\n{lede}\n\n{_ID_BODY}\n")
    found = bracketed_news_day(paras, 1)
    assert found is not None and str(found[0].date_start.date()) == "2025-03-07"
    assert found[1] == lede
    later = split_lines("Judul\n\n" + f"{_ID_BODY}\n\n" * 6 + lede + "\n")
    assert bracketed_news_day(later, 1) is None  # past the first six text paragraphs
