"""A blog theme's meta line "Written by Name on DD/MM/YYYY . Posted in <Section>" names the
writer and is no headline (``byline_suffixes`` of ``data/page_layout.yaml``; held-out
145); a page of placeholder sentences."""

from __future__ import annotations

from pathlib import Path

from benchmarks.accuracy import read_one

PAGE = """Written by Marta Quintero on 14/03/2022 . Posted in News

The deputy minister received a visiting envoy on Monday to talk about farm trade.

Both sides agreed to hold a business forum before the end of the year.

The two countries opened ties more than three decades ago.
"""


def test_the_meta_line_names_the_writer_and_is_no_title(tmp_path: Path) -> None:
    path = tmp_path / "ministry_news.txt"
    path.write_text(PAGE, encoding="utf-8")
    row, _ = read_one(path, "https://ministry.example.net/en/news/farm-trade/")
    assert row["author"] == "Marta Quintero"
    assert "Written by" not in str(row["title"])


def test_a_name_then_on_and_a_word_is_read_as_before(tmp_path: Path) -> None:
    path = tmp_path / "post.txt"
    path.write_text(PAGE.replace("on 14/03/2022 . Posted in News", "on Asia"), encoding="utf-8")
    row, _ = read_one(path, "https://ministry.example.net/en/news/farm-trade/")
    assert row["author"] == "Marta Quintero"
