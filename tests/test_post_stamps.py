"""A social post's stamp ("Apr 20, 2024  · ", "3d • ") marks the line over it as the page's
or member's name, never the post's headline (``layout/post_stamps.py``, held-out 99): the
post's own capitals headline under the stamp wins. A plain dateline, an "Updated" line, an
agency dateline and a "By Name" byline are no stamps, and a headline over them stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.ingest.layout.post_stamps import post_stamp
from benchmarks.accuracy import read_one

TEXT = (
    "On April 18, 2024, Ambassador Tran Minh Chau paid a courtesy call on the Deputy "
    "Minister of Foreign Affairs of Peru at the ministry in Lima."
)
MORE = "The two sides reviewed preparations for a trade delegation's visit later this year."


def _doc(tmp_path: Path, *lines: str):
    path = tmp_path / "page.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return read_one(path, "https://www.facebook.com/vnembassy.peru/posts/pfbid0Ab12")[0]


@pytest.mark.parametrize(
    "line", ["Apr 20, 2024  · ", "20 April at 14:05 · ", "3d • ", "2h • Edited •", "March 3 ·"]
)
def test_stamps(line: str) -> None:
    assert post_stamp(line)


@pytest.mark.parametrize(
    "line",
    ["Apr 20, 2024", "Updated Apr 20, 2024", "Hanoi, May 5 (VNA) -", "By Lan Chi", "3 comments"],
)
def test_no_stamps(line: str) -> None:
    assert not post_stamp(line)


def test_page_name_over_stamp_is_no_headline(tmp_path: Path) -> None:
    doc = _doc(
        tmp_path,
        "Embassy of Vietnam in Peru - Embajada de Vietnam en el Perú",
        "Apr 20, 2024  · ",
        "🇻🇳🇵🇪 AMBASSADOR TRAN MINH CHAU CALLS ON PERU'S DEPUTY MINISTER OF FOREIGN AFFAIRS",
        TEXT,
        MORE,
        "See translation",
    )
    headline = "AMBASSADOR TRAN MINH CHAU CALLS ON PERU'S DEPUTY MINISTER OF FOREIGN AFFAIRS"
    assert doc["title"].endswith(headline)  # its flags: layout/title_pictographs.py
    assert str(doc["published"])[:10] == "2024-04-20"


def test_headline_over_a_plain_dateline_stays(tmp_path: Path) -> None:
    headline = "Vietnam and Peru review plans for a trade delegation"
    doc = _doc(tmp_path, headline, "Apr 20, 2024", "By Lan Chi", "Lima, April 19 (VNA) - " + TEXT)
    assert doc["title"] == headline
    assert doc["author"] == "Lan Chi"
