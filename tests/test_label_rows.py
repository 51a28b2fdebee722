"""Tests of ``analysis.ingest.layout.label_rows``: the record's title under an archive's
label rows (held-out 63's PM transcripts archive)."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.label_rows import under_label_rows
from analysis.ingest.layout.lines import split_lines

#: The archive's page: its name, tagline, the record's label rows, then the title.
_ARCHIVE = (
    "PM Transcripts\n\n"
    "Transcripts from the Prime Ministers of Australia\n\n"
    "Hollis, Margaret\n"
    "Period of Service: 14/05/1991 - 02/03/1996\n"
    "Release Date:\n22/11/1994\n"
    "Release Type:\nSpeech\n"
    "Transcript ID:\n9412\n"
    "Released by:\n  • Hollis, Margaret\n"
    "Remarks opening the Australia–Vietnam wheat and dairy talks\n\n"
    "Minister, members of the Vietnamese delegation, ladies and gentlemen.\n\n"
    "Three years ago our farmers sold almost no wheat to Viet Nam. This season the mills "
    "of Ho Chi Minh City will take close to a million tonnes, and our dairies ship milk "
    "powder to three of its biggest firms.\n"
)


def test_the_title_under_an_archives_label_rows_is_the_headline() -> None:
    article = read_article(_ARCHIVE)
    assert article.title == "Remarks opening the Australia–Vietnam wheat and dairy talks"


def test_under_label_rows_needs_a_block_of_rows_right_above() -> None:
    paras = split_lines(_ARCHIVE)
    title = next(i for i, p in enumerate(paras) if p.text.startswith("Remarks"))
    assert under_label_rows(paras, title)
    assert not under_label_rows(paras, 1)  # the tagline: no rows above it
    assert not under_label_rows(paras, title + 1)  # the salutation: the title above it
    # one label row is no block
    lone = split_lines("Site News\n\nRelease Date:\n22/11/1994\nRemarks at the talks\n")
    assert not under_label_rows(lone, len(lone) - 1)
