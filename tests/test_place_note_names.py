"""A country opening the text's last paragraph ("New Zealand is a handy partner ...") is
no author's note (``unbylined_authors._author_notes``, held-out 99), while a writer's note
("Lan Chi is a researcher at ...") still names the writer, and a "By Name" byline stays."""

from __future__ import annotations

from pathlib import Path

from benchmarks.accuracy import read_one

OPENING = (
    "On Tuesday, Vietnam and Chile signed four cooperation documents and agreed to raise "
    "their ties to a comprehensive partnership."
)
COUNTRY_NOTE = (
    "Chile is a handy partner for Hanoi: no territorial quarrels, a big fruit market, and "
    "a useful voice in Pacific forums."
)


def _doc(tmp_path: Path, *lines: str):
    path = tmp_path / "page.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return read_one(path, "https://lemmy.example.org/comment/12345")[0]


def test_country_opening_the_last_paragraph_is_no_writer(tmp_path: Path) -> None:
    for country in ("Chile", "New Zealand"):
        doc = _doc(tmp_path, OPENING, COUNTRY_NOTE.replace("Chile", country))
        assert doc["author"] == ""


def test_writers_notes_and_bylines_stay(tmp_path: Path) -> None:
    note = "Lan Chi is a researcher at the Institute for Pacific Studies in Hanoi."
    doc = _doc(tmp_path, OPENING, COUNTRY_NOTE, note)
    assert doc["author"] == "Lan Chi"
    doc = _doc(
        tmp_path,
        "Vietnam and Chile raise their ties",
        "By Lan Chi",
        "Hanoi, May 5 (VNA) - " + OPENING,
    )
    assert doc["author"] == "Lan Chi"
