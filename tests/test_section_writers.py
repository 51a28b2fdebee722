"""Tests of ``analysis.ingest.section_writers``: a byline that spells the address's section
folder is the paper's desk, no writer (held-out 90: "Front Row (The Jakarta Post)" under
``/front-row/``)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.section_writers import desk_fields, section_folder
from benchmarks.accuracy import read_one

# A paper's sponsored-desk page (held-out 90's layout, placeholder text).
PAGE = (
    "The Island Paper\n\n"
    "Marking the line: two ports agree a ferry hotline\n\n"
    "Open Window (The Island Paper)\n"
    "Portville\n"
    "Tue, October 11, 2022\n\n"
    "Ferry crews from both ports often work the same channel, and for years they have asked "
    "for a simple way to settle small incidents on the water.\n\n"
    "The two port offices have now agreed to set up a hotline between their duty officers.\n"
)
URL = "https://www.islandpaper.com/open-window/2022/10/11/marking-the-line.html"


def test_the_desk_credit_is_no_writer(tmp_path: Path) -> None:
    path = tmp_path / "desk.txt"
    path.write_text(PAGE, encoding="utf-8")
    assert read_one(path)[0]["author"] == "Open Window"  # without the address: a name
    assert read_one(path, URL)[0]["author"] == ""


def test_a_writer_in_an_authors_folder_stays() -> None:
    # negative: a columnist's own folder is not the section folder
    assert desk_fields("https://islandpaper.com/columnists/lan-pham/a-story", "Lan Pham") == {}
    assert desk_fields("https://islandpaper.com/en/lan-pham/a-story", "Lan Pham") != {}


@given(st.sampled_from(["opinion", "front-row", "business-desk", "world"]), st.booleans())
def test_the_first_folder_after_a_language_code(folder: str, with_language: bool) -> None:
    prefix = "/en" if with_language else ""
    url = f"https://paper.example{prefix}/{folder}/2020/01/02/story.html"
    assert section_folder(url) == folder.replace("-", "")
