"""A site's tagline counting the languages it is read in, over the headline ("Swiss
perspectives in 10 languages" on a public broadcaster's international service, held-out
103), is page chrome (``chrome`` of ``data/header_scoring.yaml``), never the headline; a
headline about languages stays the headline."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article

TEXT = (
    "Copies of old trade letters held in two city archives have changed hands for the first "
    "time. The exchange was sealed at a small ceremony on Tuesday.\n\n"
    "Until now, researchers who wanted to read the letters of the silk merchants had to "
    "travel abroad. The archive's new director said the copies would save them the trip.\n\n"
    "Both archives plan to put the copies online next year, with an index in three "
    "languages.\n"
)


@pytest.mark.parametrize(
    "tagline",
    ["Swiss perspectives in 10 languages", "News in 12 languages", "Available in 9 languages"],
)
def test_a_language_tagline_is_no_headline(tagline: str) -> None:
    page = f"{tagline}\n\nArchives swap microfilm copies of merchants' letters\n\n{TEXT}"
    assert read_article(page).title == "Archives swap microfilm copies of merchants' letters"


@pytest.mark.parametrize(
    "headline",
    ["Bible printed in 12 languages", "Museum guide now in 10 languages for visitors"],
)
def test_a_headline_about_languages_stays(headline: str) -> None:
    assert read_article(f"{headline}\n\n{TEXT}").title == headline
