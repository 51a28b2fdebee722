"""Tests of ``logo`` added to ``site_name.descriptor_words`` of
``data/header_scoring.yaml`` for held-out 118: a transcription service's page saved
without its headline opens with its logo's alt text ("<Name> Logo"), which was read as the
site's name line with the word "Logo" kept (placeholder pages in the fixture's layout)."""

from __future__ import annotations

from analysis.ingest.layout import read_article

TEXT = (
    "You're listening to Harbour Hours. Today we turn from interest rates to the sea, and to "
    "the ferry operators who agreed on Monday to publish one timetable for the bay.\n\n\n"
    "Thanks for having me. The timetable will be printed in three languages and posted at "
    "every pier, and the operators will meet again in the autumn.\n"
)


def test_a_logo_alt_text_names_the_site_without_the_word_logo() -> None:
    article = read_article("Harbour Notes Logo\n\n\nProofread by 0 readers\n\n" + TEXT)
    assert article.outlet == "Harbour Notes"


def test_a_site_name_line_without_the_word_is_read_as_before() -> None:
    """Negative: the same page under its bare name reads the same name."""
    article = read_article("Harbour Notes\n\n\nProofread by 0 readers\n\n" + TEXT)
    assert article.outlet == "Harbour Notes"


def test_a_headline_about_a_logo_keeps_its_word() -> None:
    """Negative: a headline ending with the word stays whole (no site-name line)."""
    headline = "Ferry Company Unveils a New Logo"
    article = read_article(f"{headline}\n\nBy Lan Pham\n\nHanoi, May 5 (VNA) - {TEXT}")
    assert article.title == headline
