"""Tests of ``analysis.ingest.layout.official_bylines``: an official's name over a line of
state or party posts over the text is the byline (held-out 76's op-ed by a Deputy Prime
Minister; placeholder pages); a speech page's speaker is no writer (held-out 63)."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.official_bylines import posts_line

TITLE = "Ferry crews to train in river rescue"
TEXT = (
    "When I travel along the delta's rivers, I often meet ferry crews who have never "
    "been taught how to pull a passenger out of fast water, and who ask for that training."
)
INTRO = (
    "The Deputy Prime Minister has written an article on river safety, saying that every "
    "ferry crew should be trained in rescue."
)
MORE = "The provinces will open twelve training stations on the main crossings by next year."


def test_a_name_over_posts_over_the_text_is_the_byline() -> None:
    page = (
        f"{TITLE}\n\nDuong Thi Lan\n\nPolitburo member, Deputy Prime Minister\n\n{TEXT}\n\n{MORE}\n"
    )
    article = read_article(page)
    assert article.author == "Duong Thi Lan"


def test_a_name_over_a_place_or_over_a_short_line_names_no_writer() -> None:
    """The posts line is the evidence: a name over a place, or over posts over a caption."""
    place = f"{TITLE}\n\n{INTRO}\n\nDuong Thi Lan\n\nCan Tho, Vietnam\n\n{TEXT}\n"
    assert read_article(place).author == ""
    short = f"{TITLE}\n\n{INTRO}\n\nDuong Thi Lan\n\nDeputy Prime Minister\n\nAt the launch.\n\n{TEXT}\n"
    assert read_article(short).author == ""


def test_posts_lines() -> None:
    assert posts_line("Politburo member, Deputy Prime Minister")
    assert posts_line("Minister of Natural Resources and Environment")
    assert not posts_line("Hanoi, Vietnam")
    assert not posts_line("the deputy minister said on Monday, adding that the plan was ready")


def test_a_speakers_name_and_posts_over_a_transcript_name_no_writer() -> None:
    """A speech page (held-out 63): the name line carries a post, the text is a turn."""
    turn = f"DUONG THI LAN, DEPUTY PRIME MINISTER: {TEXT}"
    posts = "Politburo member, Deputy Prime Minister"
    for name, text in (("Deputy Prime Minister Duong Thi Lan", TEXT), ("Duong Thi Lan", turn)):
        page = f"{TITLE}\n\n{INTRO}\n\n{name}\n\n{posts}\n\n{text}\n\n{MORE}\n"
        assert read_article(page).author == ""
