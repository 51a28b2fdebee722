"""Tests for ``analysis.ingest.one_thing_titles``: a page about one thing is titled by its
heading, a bare name its address spells (fix38b), on placeholder pages."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.core import schema
from analysis.ingest.one_thing_titles import one_thing_name, one_thing_title, one_thing_titles


def _paragraphs(doc_id: str, rows: list[tuple[str, str]]) -> pd.DataFrame:
    return pd.DataFrame(
        [(doc_id, n, kind, text, text, n + 1, -1) for n, (kind, text) in enumerate(rows)],
        columns=list(schema.PARAGRAPH_COLUMNS),
    )


#: A member's profile: the country's name alone, then paragraphs about it.
_PROFILE = [
    ("boilerplate", "Lao PDR"),
    ("lede", "Vientiane is the capital of the Lao PDR, a landlocked country on the Mekong."),
    ("body", "Its assembly is elected every five years."),
]


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("https://f.example.org/members/laopdr/", "laopdr"),
        ("https://t.example.org/programs/river-basins", "riverbasins"),
        # negatives: paged, a query, a topic (a listing on news sites), deeper segments
        ("https://t.example.org/programs/river-basins/page/2/", ""),
        ("https://t.example.org/programs/river-basins?page=2", ""),
        ("https://n.example.com/topics/laos/", ""),
        ("https://n.example.com/news/laos/", ""),
    ],
)
def test_one_thing_name(url: str, name: str):
    assert one_thing_name(url) == name


def test_profile_titled_by_the_bare_name_spelt_without_its_space():
    url = "https://f.example.org/members/laopdr/"
    assert one_thing_title("", url, _paragraphs("a", _PROFILE)) == ("Lao PDR", 1)


def test_negatives_dated_items_a_title_already_right_no_such_line():
    url = "https://f.example.org/members/laopdr/"
    dated = [*_PROFILE, ("dateline", "May 3, 2014")]
    assert one_thing_title("", url, _paragraphs("a", dated)) is None  # it lists dated items
    assert one_thing_title("Lao PDR", url, _paragraphs("a", _PROFILE)) is None
    other = [("heading", "Members"), *_PROFILE[1:]]
    assert one_thing_title("", url, _paragraphs("a", other)) is None


def test_one_thing_titles_sets_title_and_source():
    url = "https://f.example.org/members/laopdr/"
    docs = pd.DataFrame({"doc_id": ["a"], "title": [""], "title_source": [""]})
    sidecar = pd.DataFrame({"url": [url]}, index=pd.Index(["a"], name="doc_id"))
    out = one_thing_titles(docs, sidecar, _paragraphs("a", _PROFILE))
    assert out.loc[0, "title"] == "Lao PDR"
    assert out.loc[0, "title_source"].startswith("line 1: a one-thing page's heading")
