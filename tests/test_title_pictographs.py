"""Flags and emoji opening a post's headline are dropped from the title
(``layout/title_pictographs.py``, held-out 99); marks after the words, and titles with none,
stay."""

from __future__ import annotations

import pytest

from analysis.ingest.layout.title_pictographs import without_leading_pictographs


@pytest.mark.parametrize(
    ("title", "clean"),
    [
        ("🇻🇳🇵🇪 AMBASSADOR CALLS ON MINISTER", "AMBASSADOR CALLS ON MINISTER"),
        ("📢 ⭐️ Embassy opens visa desk", "Embassy opens visa desk"),
        ("Talks resume in Lima 🇻🇳🇵🇪", "Talks resume in Lima 🇻🇳🇵🇪"),
        ("Hanoi, May 5 (VNA) - Talks resume", "Hanoi, May 5 (VNA) - Talks resume"),
        ("By Lan Chi", "By Lan Chi"),
        ("🇻🇳", "🇻🇳"),
    ],
)
def test_leading_pictographs(title: str, clean: str) -> None:
    assert without_leading_pictographs(title) == clean


def test_post_headline_loses_its_flags(tmp_path) -> None:
    from benchmarks.accuracy import read_one

    path = tmp_path / "page.txt"
    lines = [
        "Embassy of Vietnam in Peru - Embajada de Vietnam en el Perú",
        "Apr 20, 2024  · ",
        "🇻🇳🇵🇪 AMBASSADOR TRAN MINH CHAU CALLS ON PERU'S DEPUTY MINISTER",
        "On April 18, 2024, Ambassador Tran Minh Chau paid a courtesy call on the Deputy "
        "Minister of Foreign Affairs of Peru at the ministry in Lima.",
        "See translation",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    doc, _ = read_one(path, "https://www.facebook.com/vnembassy.peru/posts/pfbid0Ab12")
    assert doc["title"] == "AMBASSADOR TRAN MINH CHAU CALLS ON PERU'S DEPUTY MINISTER"
