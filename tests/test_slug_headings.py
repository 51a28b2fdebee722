"""The line an address's slug spells word for word below the page's opening text
(``ingest/slug_headings.py``, fix36c)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.core import schema
from analysis.ingest.slug_headings import slug_heading_below
from analysis.ingest.slug_titles import slug_title

_HEADLINE = "Ferry Operators Seek a Hotline With the River Police"
_URL = "https://x.example/news/2014-07-03/ferry-operators-seek-a-hotline-with-the-river-police"


def _paragraphs(rows: list[tuple[str, str]]) -> pd.DataFrame:
    return pd.DataFrame(
        [("a", n, kind, text, text, n + 1, -1) for n, (kind, text) in enumerate(rows)],
        columns=list(schema.PARAGRAPH_COLUMNS),
    )


def _page(headline_kind: str, headline: str) -> list[tuple[str, str]]:
    """A page saved from a company's blurb: the blurb, its menu, then the story."""
    return [
        ("title", "Data Terminal Remote Login Demo Request"),
        ("lede", "Our firm sells river data and news to the operators of every delta port."),
        ("heading", "Products"),
        ("heading", "Customer Support"),
        (headline_kind, headline),
        ("body", "Ferry operators asked the river police for a direct line on Monday."),
    ]


@pytest.mark.parametrize("kind", ["heading", ""])
def test_the_line_spelling_the_slug_below_the_opening_is_the_title(kind: str) -> None:
    found = slug_title(
        "Data Terminal Remote Login Demo Request", _URL, _paragraphs(_page(kind, _HEADLINE))
    )
    assert found == (_HEADLINE, 5)


@pytest.mark.parametrize(
    ("kind", "line"),
    [
        # a sentence of the text holding the slug's words and more
        ("body", "Ferry operators seek a hotline with the river police, the council said."),
        # a line with one word more than the slug: below the opening, only a whole match
        ("heading", "Ferry Operators Seek a Hotline With the River Police Chief"),
        # a caption that happens to spell it is no heading
        ("caption", _HEADLINE),
    ],
)
def test_near_lines_below_the_opening_are_not_taken(kind: str, line: str) -> None:
    assert (
        slug_title("Data Terminal Remote Login Demo Request", _URL, _paragraphs(_page(kind, line)))
        is None
    )


def test_a_short_slug_below_the_opening_names_no_headline() -> None:
    rows = _paragraphs(
        [("lede", "The programme studies the river."), ("heading", "Southeast Asia")]
    )
    assert slug_heading_below(["southeast", "asia"], rows) is None


_RELEASE_URL = (
    "https://wire.example/article/861204377/two-ferry-firms-form-a-joint-venture-on-the-delta"
)
_RELEASE = (
    "HUE, VIETNAM, October 21, 2025 / Wire / -- Two Ferry Firms Form a Joint Venture on the "
    "DeltaThe venture will run six new boats. The firms signed the deal on Monday."
)


def test_a_headline_glued_into_the_text_is_cut_from_it() -> None:
    rows = _paragraphs([("caption", "Managers at the signing"), ("lede", _RELEASE)])
    found = slug_title("Managers at the signing", _RELEASE_URL, rows)
    assert found == ("Two Ferry Firms Form a Joint Venture on the Delta", 2)


@pytest.mark.parametrize(
    "text",
    [
        # the words with another between them: a sentence that tells the story
        "Two ferry firms will form a joint venture on the delta, the council said.",
        # the words in another order
        "On the delta, two ferry firms form a joint venture.",
    ],
)
def test_the_slug_s_words_apart_are_no_glued_headline(text: str) -> None:
    rows = _paragraphs([("caption", "Managers at the signing"), ("lede", text)])
    assert slug_title("Managers at the signing", _RELEASE_URL, rows) is None


def test_a_restated_headline_going_on_after_a_space_is_not_taken() -> None:
    text = "HUE -- Two Ferry Firms Form a Joint Venture on the Delta Towns, officials said."
    rows = _paragraphs([("caption", "Managers at the signing"), ("lede", text)])
    assert slug_title("Managers at the signing", _RELEASE_URL, rows) is None


def test_a_glued_run_in_a_caption_is_not_taken() -> None:
    rows = _paragraphs([("caption", _RELEASE), ("lede", "The firms signed on Monday.")])
    assert slug_title("", _RELEASE_URL, rows) is None
