"""The interface text of machine transcripts and media pages is chrome (held-out 128): a
briefing page stored without its headline opened with "An audio file of this briefing is
available here.", and a podcast transcript with "Speaker 1 (00:03):"; both were read as
the headline."""

import pytest

from analysis.ingest.layout import read_article
from tests.page_reading import line_kinds

TURN = "Moderator:  Good morning, and welcome to everyone joining the call from across the region today, where we will talk about the river.\n"


@pytest.mark.parametrize(
    "line",
    [
        "An audio file of this briefing is available here.",
        "A video of this event is available online",
        "Speaker 1 (00:03):",
        "Speaker 2:",
        "(00:26):",
        "Available transcripts are automatically generated. Complete accuracy is not guaranteed.",
    ],
)
def test_the_interface_line_is_chrome_not_the_headline(line: str) -> None:
    article = read_article(f"{line}\n\n{TURN}")
    assert line_kinds(article)[line] == "boilerplate"
    assert article.title == ""


@pytest.mark.parametrize(
    "headline",
    [
        "Speaker of the Assembly meets Lao envoy in Vientiane",
        "Audio of the 1975 talks released by the archive",
    ],
)
def test_a_headline_with_the_words_stays_the_headline(headline: str) -> None:
    text = f"{headline}\n\nThe recordings, kept for half a century in the archive, were played in public for the first time on Monday, officials said.\n"
    assert read_article(text).title == headline
