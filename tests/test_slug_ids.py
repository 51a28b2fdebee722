"""A site's numeric id joined to an address's slug (``ingest/slug_ids.py``, fix36c)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.core import schema
from analysis.ingest.slug_ids import without_edge_ids
from analysis.ingest.slug_titles import slug_title, slug_words


def _paragraphs(rows: list[tuple[str, str]]) -> pd.DataFrame:
    return pd.DataFrame(
        [("a", n, kind, text, text, n + 1, -1) for n, (kind, text) in enumerate(rows)],
        columns=list(schema.PARAGRAPH_COLUMNS),
    )


#: A news page: the site's tagline (read as the headline), its editions, the headline.
_PAGE = [
    ("", "The river's most read paper"),
    ("boilerplate", "International Edition"),
    ("heading", "Three towns agree to share ferry timetables with their neighbours"),
    ("byline", "By Le Hoa"),
    ("lede", "The three councils signed the plan on Monday and will publish it next month."),
]


@pytest.mark.parametrize(
    "url",
    [
        "https://x.example/news/three-towns-agree-to-share-ferry-timetables-3669412.html",
        "https://x.example/news/Three-towns-agree-to-share-ferry-timetables--29354812/",
        "https://x.example/stories/61-three-towns-agree-to-share-ferry-timetables",
    ],
    ids=["id-after", "id-after-double-dash", "id-before"],
)
def test_the_headline_is_found_past_the_site_s_id(url: str) -> None:
    found = slug_title(_PAGE[0][1], url, _paragraphs(_PAGE))
    assert found == (_PAGE[2][1], 3)


def test_numbers_inside_the_slug_stay() -> None:
    words = slug_words("https://x.example/news/towns-buy-2-new-ferries")
    assert words == ["towns", "buy", "2", "new", "ferries"]
    assert without_edge_ids(["2024", "05"]) == ["2024", "05"]  # nothing but numbers


def test_a_line_the_slug_does_not_spell_stays_unfound() -> None:
    url = "https://x.example/news/bridge-tolls-cut-for-farm-trucks-3669412.html"
    assert slug_title(_PAGE[0][1], url, _paragraphs(_PAGE)) is None


def test_a_slug_closed_by_a_day_and_a_year_is_still_no_headline_s() -> None:
    rows = _paragraphs(
        [
            ("boilerplate", "River Dispatch - Wednesday, May 9, 2012"),
            ("title", "Trade minister arrives Thursday for two-day talks"),
            ("lede", "The minister will arrive on Thursday for talks on rice and shipping."),
        ]
    )
    url = "https://x.example/2012/05/river-dispatch-wednesday-may-9-2012.html"
    assert slug_words(url) == []
    assert slug_title(rows["text"][1], url, rows) is None
