"""A writer's name printed twice in a row under the headline (a profile card's avatar alt
text and the name, ``layout/twin_names.py``, held-out 99) is the byline, and neither copy is
the site's name. A site's name printed twice, a page with a "By" byline and an agency
dateline keep their readings."""

from __future__ import annotations

from pathlib import Path

from benchmarks.accuracy import read_one

HEADLINE = "Vietnam's Andean Turn: Notes from a Trade Mission to Lima"
TEXT = (
    "Last month I joined a Vietnamese trade delegation to Peru, the largest such mission "
    "Hanoi has sent to the Andes, and the talks went further than I expected."
)
MORE = "First, the numbers are small but growing fast, and Peruvian firms now see Vietnam as a hub."


def _doc(
    tmp_path: Path,
    *lines: str,
    url: str = "https://www.linkedin.com/pulse/andean-turn-lan-chi-x1y2z",
):
    path = tmp_path / "page.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return read_one(path, url)[0]


def test_name_printed_twice_is_the_writer(tmp_path: Path) -> None:
    doc = _doc(
        tmp_path,
        HEADLINE,
        "Lan Chi",
        "Lan Chi",
        "Trade Policy Adviser at Mekong Business Council",
        "Published Apr 2, 2024",
        "+ Follow",
        TEXT,
        MORE,
    )
    assert doc["author"] == "Lan Chi"
    assert doc["outlet"] == "linkedin.com"
    assert doc["title"] == HEADLINE


def test_site_name_printed_twice_is_no_writer(tmp_path: Path) -> None:
    doc = _doc(
        tmp_path,
        "Mekong Policy Forum",
        "Mekong Policy Forum",
        HEADLINE,
        "By Lan Chi",
        "Lima, April 2 (VNA) - " + TEXT,
        MORE,
        url="",
    )
    assert doc["author"] == "Lan Chi"  # not the site's name printed twice
