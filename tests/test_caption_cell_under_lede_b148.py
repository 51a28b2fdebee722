"""Test of ``lede_headlines.title_case_line`` (fix148b, held-out 148): a line closed by a
table cell's bar ("<Names> |", a photo's caption cell) under the opening paragraph of a
copy saved without its headline is the caption, never the headline read under the lede;
a title-case line without the bar is still read so (held-out 122). Placeholder pages."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article

LEDE = (
    "(VOVWORLD) - The ministers of two neighbouring countries have signed a joint statement "
    "setting up a strategic partnership between their governments."
)
BODY = (
    "The statement followed their talks in the capital on Thursday during an official visit.\n"
    "They agreed to hold regular meetings of their foreign, defence and economic ministers.\n"
)


def test_a_caption_cell_under_the_lede_is_no_headline() -> None:
    caption = "Foreign Minister Tran Van An and Visiting Minister Anna Lee Sign the Statement |"
    article = read_article(f"{LEDE}\n{caption}\n{BODY}")
    assert article.title == ""


@pytest.mark.parametrize("closing", ["", " |"])
def test_only_the_bar_decides(closing: str) -> None:
    line = "Foreign Ministers of Two Neighbouring Countries Sign Strategic Partnership Statement"
    article = read_article(f"{LEDE}\n{line}{closing}\n{BODY}")
    assert article.title == ("" if closing else line)
