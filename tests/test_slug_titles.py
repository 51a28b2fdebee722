"""Tests for ``analysis.ingest.slug_titles``: the header line an address's slug spells
replaces a chosen title that does not (fix33c), on placeholder pages."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.core import schema
from analysis.ingest.slug_titles import slug_title, slug_titles, slug_words, spells_slug


def _paragraphs(doc_id: str, rows: list[tuple[str, str]]) -> pd.DataFrame:
    return pd.DataFrame(
        [(doc_id, n, kind, text, text, n + 1, -1) for n, (kind, text) in enumerate(rows)],
        columns=list(schema.PARAGRAPH_COLUMNS),
    )


#: A magazine page: a short headline (read as a section label), its subtitle, a photo
#: credit, the text.
_MAGAZINE = [
    ("boilerplate", "Gardens Over the Canal"),
    ("title", "Three Towns Plant Fruit Trees Along an Old Towpath"),
    ("byline", "Le Hoa / Reuters"),
    ("lede", "The towpath had been closed for a decade before the councils agreed to plant it."),
    ("body", "Volunteers came from all three towns on the first weekend."),
]


def test_short_headline_over_its_subtitle_spelt_by_the_slug():
    url = "https://www.example.org/articles/2019-05-02/gardens-over-canal"
    assert slug_title(_MAGAZINE[1][1], url, _paragraphs("a", _MAGAZINE)) == (
        "Gardens Over the Canal",
        1,
    )


def test_slug_titles_sets_title_and_source():
    docs = pd.DataFrame(
        {"doc_id": ["a"], "title": [_MAGAZINE[1][1]], "title_source": ["line 2 (score 2.5)"]}
    )
    sidecar = pd.DataFrame(
        {"url": ["https://www.example.org/articles/2019-05-02/gardens-over-canal"]},
        index=pd.Index(["a"], name="doc_id"),
    )
    out = slug_titles(docs, sidecar, _paragraphs("a", _MAGAZINE))
    assert out.loc[0, "title"] == "Gardens Over the Canal"
    assert out.loc[0, "title_source"].startswith("line 1: spells the URL's slug")


def test_a_sidecar_title_is_kept():
    docs = pd.DataFrame({"doc_id": ["a"], "title": ["Given Title"]})
    sidecar = pd.DataFrame(
        {"url": ["https://www.example.org/a/gardens-over-canal"], "title": ["Given Title"]},
        index=pd.Index(["a"], name="doc_id"),
    )
    assert slug_titles(docs, sidecar, _paragraphs("a", _MAGAZINE)).loc[0, "title"] == "Given Title"


def test_caption_over_the_headline_under_a_date():
    rows = [
        ("title", "Fishing Boats in the Harbour at Dawn"),
        ("heading", "Published on 04.06.2013"),
        ("heading", "Two Provinces Open a Shared Ferry Landing"),
        ("lede", "The landing will carry about four hundred passengers a day."),
    ]
    url = "https://example.com/de/news/two-provinces-open-a-shared-ferry-landing"
    assert slug_title(rows[0][1], url, _paragraphs("a", rows)) == (rows[2][1], 3)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.example.org/tag/river-ferries/",  # a tag listing's name
        "https://www.example.org/category/world-news/page/3/",  # a page number
        "https://www.example.org/programs/asia/mekong-gardens",  # a program's name
        "https://docslib.org/doc/1234/gardens-over-canal",  # a document host's file name
        "https://www.example.org/en/gardens_over_canal/",  # underscores: a file or a name
        "https://www.example.org/news/",  # one word
        "https://www.example.org/news/abc-12345678",  # an id
    ],
)
def test_addresses_naming_no_headline(url):
    assert slug_title(_MAGAZINE[1][1], url, _paragraphs("a", _MAGAZINE)) is None


def test_title_holding_the_slug_stands():
    rows = [
        ("title", "Gardens Over the Canal: A Towpath Blooms Again"),
        ("boilerplate", "Gardens Over the Canal – Example News"),
        ("lede", "The towpath had been closed for a decade."),
    ]
    url = "https://www.example.org/gardens-over-the-canal-example-news"
    assert slug_title("Gardens Over the Canal", url, _paragraphs("a", rows)) is None


@pytest.mark.parametrize(
    "line",
    [
        "Hanoi, May 5 (VNA) - Gardens over the canal",  # a dateline: too many other words
        "By Gardens Canal",  # a byline sharing words
        "Home > News > Gardens over the canal",  # a breadcrumb
        "https://www.example.org/articles/gardens-over-canal",  # the address printed
        "Updated: May 5, 2019 Gardens over the canal project news roundup",  # a deck
    ],
)
def test_lines_that_are_no_headline(line):
    rows = [("boilerplate", line), ("title", "Another Headline Altogether Here"), _MAGAZINE[3]]
    url = "https://www.example.org/articles/gardens-over-canal"
    assert slug_title("Another Headline Altogether Here", url, _paragraphs("a", rows)) is None


def test_slug_words_and_spelling():
    assert slug_words("https://www.example.org/a/rails-across-range.html") == [
        "rails",
        "across",
        "range",
    ]
    assert spells_slug("Rails Across the Range", ["rails", "across", "range"])
    assert not spells_slug("Across the Rails Range", ["rails", "across", "range"])
