"""Tests of ``analysis.ingest.layout.about_author_labels``: a writer's box label run on
into the note ("About the author: Name is a ...") and an editor's note naming the writer
after its colon (placeholder pages)."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.about_author_labels import without_about_label

PAGE = """River Post

Ferry links across the border river still matter

June 3, 2024

Boats carrying traders and their goods crossed the river again on Monday, three weeks after the floods closed both landing stages.

Officials of the two border districts said the timetable would return to four crossings a day by the end of the month.

{note}
"""


@pytest.mark.parametrize(
    "note",
    [
        "About the author: Hoang Thi Ngoc is a research fellow at the River Studies Institute.",
        "About the writer - Hoang Thi Ngoc is a lecturer in geography at a university in Hue.",
        "Author's bio: Hoang Thi Ngoc is a research fellow at the River Studies Institute.",
        "Editor's note: This article was written by Hoang Thi Ngoc, a river trader in Lao Cai.",
        "Hoang Thi Ngoc is a research fellow at the River Studies Institute.",  # no label
    ],
)
def test_the_note_names_the_writer(note):
    assert read_article(PAGE.format(note=note)).author == "Hoang Thi Ngoc"


@pytest.mark.parametrize(
    "note",
    [
        "About the talks: Hoang Thi Ngoc is a research fellow at the River Studies Institute.",
        "About us: River Post is a weekly paper of the border provinces.",
        "Editor's note: This article was corrected on June 4.",
    ],
)
def test_notes_naming_no_writer(note):
    assert read_article(PAGE.format(note=note)).author == ""


def test_without_about_label():
    assert without_about_label("About the authors: A B is a fellow.") == "A B is a fellow."
    assert without_about_label("Bio | A B is a fellow.") == "A B is a fellow."
    assert without_about_label("Biography of a river") == "Biography of a river"
    assert without_about_label("About the author") == "About the author"  # the label alone
