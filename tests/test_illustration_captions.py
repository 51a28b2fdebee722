"""A caption saying its photo only illustrates the story ("Photo for illustration.
<Site>.com.vn") is no headline (``photo_credit_end`` of ``data/page_layout.yaml``;
held-out 145); a page of placeholder sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.accuracy import read_one

BODY = """

Two partners on opposite sides of the ocean want their trade to double within five years.

Firms from both sides met at a fair not long ago to look for buyers.

Phones and shoes led what one side shipped; maize led what it bought.

Source: VNA
"""


@pytest.mark.parametrize(
    "caption",
    ["Photo for illustration. Riverpaper.com.vn", "Illustrative photo (Source: VNA)"],
)
def test_an_illustration_caption_is_no_title(tmp_path: Path, caption: str) -> None:
    path = tmp_path / "trade_item.txt"
    path.write_text(caption + BODY, encoding="utf-8")
    row, _ = read_one(path, "https://en.armypaper.example.vn/economy/news/trade-item-123")
    assert str(row["title"]) in ("", "nan")
