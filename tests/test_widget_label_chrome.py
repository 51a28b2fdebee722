"""Two widget labels read as names (held-out 99): an image's empty slot ("Placeholder
Image" over a video's transcript) and a podcast directory's "Claim Ownership" button under
the show's name are page chrome (``chrome`` of ``data/header_scoring.yaml``): never a
headline, a writer or a site, while a headline or a byline using the same words stays."""

from __future__ import annotations

from pathlib import Path

from benchmarks.accuracy import read_one

TEXT = (
    "Vietnam set out in the late 1980s to rebuild ties with its neighbours, and the choice "
    "it made then still shapes how its diplomats speak of every partner today."
)


def _doc(tmp_path: Path, *lines: str, url: str = ""):
    path = tmp_path / "page.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    doc, _ = read_one(path, url)
    return doc


def test_an_image_placeholder_is_no_writer(tmp_path: Path) -> None:
    doc = _doc(
        tmp_path,
        "Placeholder Image",
        "",
        "  • " + TEXT,
        url="https://tw.learnclips.com/videos/81422",
    )
    assert doc["author"] == ""
    assert doc["outlet"] == "learnclips.com"


def test_a_directorys_claim_button_is_no_writer(tmp_path: Path) -> None:
    doc = _doc(
        tmp_path,
        "The Hanoi Brief Podcast",
        "Claim Ownership",
        "Author: Linh Bao Tran",
        TEXT,
    )
    assert doc["author"] == "Linh Bao Tran"
    assert doc["title"] == "The Hanoi Brief Podcast"


def test_headlines_and_bylines_with_the_same_words_stay(tmp_path: Path) -> None:
    doc = _doc(
        tmp_path, "Claim ownership of the reef is disputed, ministry says", "By Minh Anh", TEXT
    )
    assert doc["title"] == "Claim ownership of the reef is disputed, ministry says"
    assert doc["author"] == "Minh Anh"
    doc = _doc(
        tmp_path,
        "Placeholder images fill the new embassy's website",
        "Hanoi, May 5 (VNA) - " + TEXT,
    )
    assert doc["title"] == "Placeholder images fill the new embassy's website"
