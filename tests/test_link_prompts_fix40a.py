"""(fix40a) A link prompt whose link is lost, alone on its line ("Alternatively visit this
group." under a mailing group's subscribe box, "Click here to read the full report", "Read
the full story at <Site>"), is page furniture (``boilerplate`` of
``data/page_layout.yaml``), never the headline; a headline that opens with "Read" stays."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from tests.page_reading import STORY, STORY_HEADLINE


@pytest.mark.parametrize(
    "prompt",
    [
        "Alternatively visit this group.",
        "Click here to read the full report on the ferries",
        "Read the full story at Placeholder Weekly",
        "Read the rest of this story here",
    ],
)
def test_a_link_prompt_is_no_headline(prompt: str) -> None:
    article = read_article(f"Subscribe to\nRiver Towns Placeholder List\n{prompt}\n\n{STORY}")
    assert article.title != prompt
    assert read_article(f"{prompt}\n\n{STORY_HEADLINE}\n\n{STORY}").title == STORY_HEADLINE


def test_a_headline_opening_with_read_stays() -> None:
    headline = "Read the river: how ferry crews learn the delta's channels"
    assert read_article(f"{headline}\n\n{STORY}").title == headline
