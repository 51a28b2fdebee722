"""Tests for ``analysis.ingest.listing_name_titles``: a listing's own name, which its
address gives, is no title; its first item's headline is (fix38b), on placeholder pages."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.core import schema
from analysis.ingest.listing_name_titles import (
    item_headline,
    listing_name_title,
    listing_name_titles,
    listing_names,
)


def _paragraphs(doc_id: str, rows: list[tuple[str, str]]) -> pd.DataFrame:
    return pd.DataFrame(
        [(doc_id, n, kind, text, text, n + 1, -1) for n, (kind, text) in enumerate(rows)],
        columns=list(schema.PARAGRAPH_COLUMNS),
    )


#: A tag page: the tag's heading, a caption, the first item's headline and its teaser.
_TAG_PAGE = [
    ("title", "#Delta ferries return"),
    ("heading", "Mr. Le Van Binh, Director of the Provincial Transport Department"),
    ("heading", "Three river towns reopen their night ferries"),
    ("lede", "The ferries stopped in 2019 when the new bridge opened, but commuters asked back."),
]

#: A paged project listing: its name, the programme's, its name again, a blurb.
_PROJECT = [
    ("title", "River Data Project"),
    ("boilerplate", "Southeast Asia"),
    ("boilerplate", "River Data Project"),
    ("lede", "The project gathers flood and salinity records from the delta's provinces."),
]


@pytest.mark.parametrize(
    ("url", "names"),
    [
        ("https://n.example.vn/auto/tag/delta-ferries-return", [["delta", "ferries", "return"]]),
        (
            "https://t.example.org/programs/river-data-project?page=3",
            [["river", "data", "project"]],
        ),
        (
            "https://t.example.org/category/briefs/river-notes/page/8/",
            [["river", "notes"], ["briefs"]],
        ),
        # negatives: a programme's own page, a topic's page, an article under "archive"
        ("https://t.example.org/programs/southeast-asia/", []),
        ("https://t.example.org/topics/ferry-diplomacy", []),
        ("https://m.example.com/article/archive/postcard-from-the-delta/", []),
    ],
)
def test_listing_names(url: str, names: list[list[str]]):
    assert listing_names(url) == names


def test_tag_heading_gives_way_to_the_first_items_headline():
    url = "https://n.example.vn/auto/tag/delta-ferries-return"
    found = listing_name_title(_TAG_PAGE[0][1], url, _paragraphs("a", _TAG_PAGE))
    assert found == ("Three river towns reopen their night ferries", 3)


def test_paged_listing_name_with_no_item_headline_is_emptied():
    url = "https://t.example.org/programs/river-data-project?page=3"
    assert listing_name_title("River Data Project", url, _paragraphs("a", _PROJECT)) == ("", 0)


def test_negatives_a_title_naming_no_listing_and_a_sentence_over_the_text():
    url = "https://n.example.vn/auto/tag/delta-ferries-return"
    rows = [("title", "Three river towns reopen their night ferries"), *_TAG_PAGE[3:]]
    assert listing_name_title(rows[0][1], url, _paragraphs("a", rows)) is None
    url = "https://t.example.org/programs/river-data-project"  # not paged: its own page
    assert listing_name_title("River Data Project", url, _paragraphs("a", _PROJECT)) is None
    rows = [("title", "River notes"), ("heading", "The boats run again."), _TAG_PAGE[3]]
    assert item_headline(_paragraphs("a", rows), 1) is None  # a sentence, no headline


def test_listing_name_titles_sets_title_and_source():
    url = "https://n.example.vn/auto/tag/delta-ferries-return"
    docs = pd.DataFrame({"doc_id": ["a"], "title": [_TAG_PAGE[0][1]], "title_source": ["x"]})
    sidecar = pd.DataFrame({"url": [url]}, index=pd.Index(["a"], name="doc_id"))
    out = listing_name_titles(docs, sidecar, _paragraphs("a", _TAG_PAGE))
    assert out.loc[0, "title"] == "Three river towns reopen their night ferries"
    assert out.loc[0, "title_source"].startswith("line 3: the listing's name")
