"""(fix40a) A weather widget's line ("Hanoi 28°C", "Ho Chi Minh City 31 °C Partly cloudy") and
a row of share buttons with their verbs ("Share Tweet Email", "Share on Facebook Share on
Twitter") over a page are page chrome (``chrome`` of ``data/header_scoring.yaml``), never
the headline; a headline that names a temperature in a sentence stays."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from tests.page_reading import STORY, STORY_HEADLINE


@pytest.mark.parametrize(
    "widget",
    [
        "Hanoi 28°C",
        "Ho Chi Minh City 31 °C Partly cloudy",
        "Da Nang 24°C - 30°C",
        "Share Tweet Email",
        "Share on Facebook Share on Twitter",
    ],
)
def test_a_widget_line_is_no_headline(widget: str) -> None:
    assert read_article(f"{widget}\n\n{STORY}").title == ""
    assert read_article(f"{widget}\n\n{STORY_HEADLINE}\n\n{STORY}").title == STORY_HEADLINE


def test_a_headline_with_a_temperature_stays() -> None:
    headline = "Hanoi swelters at 40°C as the heat grips the north"
    assert read_article(f"{headline}\n\n{STORY}").title == headline
