"""A video title's channel suffix that the page credits as the video's publisher is
dropped (``ingest/channel_suffixes.py``, held-out 99): "Title – GeoBrief EN" over
"GeoBrief EN published this video item, entitled “Title – GeoBrief EN” ..." or a
"GeoBrief EN YouTube Channel" label. Suffixes the page does not credit that way stay:
a place that is the subject of an unrelated sentence, a name inside a sentence, a
headline with no such line, and the usual dateline and byline pages."""

from __future__ import annotations

from pathlib import Path

from analysis.ingest.channel_suffixes import channel_suffix
from benchmarks.accuracy import read_one

TITLE = "LAOS vs. CAMBODIA: the Contest for River Ports – MapTalk EN"
TEXT = (
    "This video looks at two neighbours racing to build river ports on the Mekong, and at "
    "what the contest means for Vietnam's own plans for the delta's trade routes."
)


def _doc(tmp_path: Path, *lines: str):
    path = tmp_path / "page.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return read_one(path, "https://www.worldnewsreel.com/video/ports-race/")[0]


def test_credited_channel_suffix_is_dropped(tmp_path: Path) -> None:
    note = f"MapTalk EN published this video item, entitled “{TITLE}” – below is their description."
    doc = _doc(tmp_path, TITLE, "", note, "", TEXT, "", "MapTalk EN YouTube Channel")
    assert doc["title"] == "LAOS vs. CAMBODIA: the Contest for River Ports"
    doc = _doc(tmp_path, TITLE, "", note, "", TEXT)
    assert doc["title"] == "LAOS vs. CAMBODIA: the Contest for River Ports"
    assert channel_suffix(TITLE, [TITLE, TEXT, "MapTalk EN YouTube Channel"]) == "MapTalk EN"


def test_uncredited_suffixes_stay() -> None:
    title = "Talks on the delta end without a deal – Vietnam"
    assert channel_suffix(title, ["Vietnam published its white paper on the delta in 2019."]) == ""
    assert channel_suffix(title, ["The talks ended, Vietnam said on Friday."]) == ""
    assert channel_suffix(title, ["By Lan Chi", "Hanoi, May 5 (VNA) - " + TEXT]) == ""
    assert channel_suffix("Updated May 5, 2024", ["Updated May 5, 2024"]) == ""


def test_usual_headline_stays(tmp_path: Path) -> None:
    doc = _doc(
        tmp_path, "River ports race ahead – Mekong", "By Lan Chi", "Hanoi, May 5 (VNA) - " + TEXT
    )
    assert doc["title"] == "River ports race ahead – Mekong"
    assert doc["author"] == "Lan Chi"
