"""A section's label glued after the site's name on its name line ("<Name> Lead Story")
is dropped from the outlet (``site_name.descriptor_words`` of
``data/header_scoring.yaml``; fix43b, held-out 130's web magazine): placeholder pages."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from tests.page_reading import STORY, STORY_HEADLINE


def test_a_lead_story_label_after_the_site_name_is_dropped() -> None:
    article = read_article(f"{STORY_HEADLINE}\nThe Riverside Courier Lead Story\n\n{STORY}")
    assert article.outlet == "The Riverside Courier"


def test_the_bare_site_name_line_reads_the_same() -> None:
    article = read_article(f"{STORY_HEADLINE}\nThe Riverside Courier\n\n{STORY}")
    assert article.outlet == "The Riverside Courier"


def test_a_headline_about_a_lead_story_keeps_its_words() -> None:
    headline = "Why the Ferry Strike Became the Lead Story"
    article = read_article(f"{headline}\n\nBy Lan Pham\n\nHanoi, May 5 (VNA) - {STORY}")
    assert article.title == headline
