"""A "Section | Topic" line is a section label over the headline, unless it stands right
over its byline or date: then it is the headline, as a video's title sets it ("VIETNAM |
Japan's Quiet Partner?" over "Dr Name" / "14 Feb 2024", ``layout/section_pipes.py``,
held-out 99). A section label over a headline and a byline stays a label."""

from __future__ import annotations

from pathlib import Path

from analysis.ingest.layout.section_pipes import section_pipe
from benchmarks.accuracy import read_one

TEXT = (
    "In late 2023, Korea and Vietnam agreed to widen their labour scheme, and the video "
    "explains why both governments want more workers to move between the two countries."
)


def _doc(tmp_path: Path, *lines: str):
    path = tmp_path / "page.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return read_one(path, "https://www.videodigest.app/watch/korea-labour")[0]


def test_shapes() -> None:
    assert section_pipe("Asia | The ruling party", ["good_length"])
    assert not section_pipe("VIETNAM | Korea's Labour Deal?", ["before_date_or_byline"])
    assert not section_pipe("Asia | Nikkei Asia", ["site_name"])
    assert not section_pipe("By Lan Chi", [])
    assert not section_pipe("Hanoi, May 5 (VNA) -", [])


def test_pipe_title_over_channel_name_and_date(tmp_path: Path) -> None:
    doc = _doc(
        tmp_path, "VIETNAM | Korea's Labour Deal?", "", "Dr Lan Chi", "14 Feb 202411:52", "", TEXT
    )
    assert doc["title"] == "VIETNAM | Korea's Labour Deal?"
    assert doc["author"] == "Lan Chi"
    assert str(doc["published"])[:10] == "2024-02-14"


def test_section_label_over_a_headline_stays_a_label(tmp_path: Path) -> None:
    doc = _doc(
        tmp_path,
        "Asia | Labour and migration",
        "Korea and Vietnam widen their labour scheme",
        "By Lan Chi",
        "Updated May 5, 2024",
        "Hanoi, May 5 (VNA) - " + TEXT,
    )
    assert doc["title"] == "Korea and Vietnam widen their labour scheme"
    assert doc["author"] == "Lan Chi"
