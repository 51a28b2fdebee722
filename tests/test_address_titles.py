"""Tests for ``analysis.ingest.address_titles``: the line an address's naming segment spells
whole is the headline (fix38b), on placeholder pages."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.core import schema
from analysis.ingest.address_titles import address_title, address_title_words, address_titles


def _paragraphs(doc_id: str, rows: list[tuple[str, str]]) -> pd.DataFrame:
    return pd.DataFrame(
        [(doc_id, n, kind, text, text, n + 1, -1) for n, (kind, text) in enumerate(rows)],
        columns=list(schema.PARAGRAPH_COLUMNS),
    )


#: A wiki mirror: a maintenance notice read as the lede, the style rules, the page's name.
_WIKI = [
    ("lede", "This article needs more sources. Please help improve it by adding citations."),
    ("body", ".box{border:none;padding:4px}"),
    ("heading", "Mekong–Delta ferry reforms"),
    ("heading", "Part of the transport policy of the delta provinces"),
    ("body", "The Mekong–Delta ferry reforms were a series of rules on river crossings."),
]

#: A podcast's episode page: the show's name taken for the title, the episode's title.
_EPISODE = [
    ("boilerplate", "Log in"),
    ("title", "River Talk Weekly"),
    ("heading", "Ferries of the delta: twenty years of crossings"),
    ("boilerplate", "River Talk Weekly"),
    ("lede", "This week we look back at the ferries that still carry the delta's commuters."),
]


@pytest.mark.parametrize(
    ("url", "words"),
    [
        (
            "https://w.example.org/wiki/Mekong%E2%80%93Delta_ferry_reforms",
            "mekong delta ferry reforms",
        ),
        ("https://w.example.org/Tran_Van_An_(engineer)", "tran van an engineer"),
        (
            "https://p.example.com/episode/ferries-of-the-delta-twenty-years/Ab3xK9mQ2z",
            "ferries of the delta twenty years",
        ),
        (
            "https://n.example.com/ferries-of-the-delta-twenty-years.html",
            "ferries of the delta twenty years",
        ),
        # negatives: a section's short slug before an id, a listing's name, a wiki name of
        # one word, a code, a document host's file name
        ("https://n.example.com/news/world-news/1882391", ""),
        ("https://n.example.com/tag/ferries-of-the-delta-crossings/", ""),
        ("https://w.example.org/wiki/Mekong", ""),
        ("https://u.example.ac.jp/en/theses/tran_thi_mai_anh_le/", ""),
        ("https://n.example.com/docs/a1b2-c3d4-e5f6-g7h8", ""),
        ("https://www.scribd.com/document/812276541/Ferries-of-the-Delta-Twenty-Years", ""),
    ],
)
def test_address_title_words(url: str, words: str):
    assert " ".join(address_title_words(url)) == words


def test_wiki_name_under_a_notice_read_as_text():
    url = "https://mirror.example.net/en/Mekong%E2%80%93Delta_ferry_reforms"
    assert address_title("", url, _paragraphs("a", _WIKI)) == ("Mekong–Delta ferry reforms", 3)


def test_episode_title_over_the_shows_name():
    url = "https://p.example.com/episode/ferries-of-the-delta-twenty-years-of-crossings/Xk2Q9PvLr"
    found = address_title("River Talk Weekly", url, _paragraphs("a", _EPISODE))
    assert found == ("Ferries of the delta: twenty years of crossings", 3)


def test_negatives_a_title_holding_the_words_a_line_with_more_words_no_line():
    url = "https://p.example.com/episode/ferries-of-the-delta/Xk2Q9PvLr"
    rows = [("title", "Ferries of the Delta: a History"), ("lede", "Ferries of the delta")]
    assert address_title(rows[0][1], url, _paragraphs("a", rows)) is None  # title holds them
    rows = [("title", "River Talk Weekly"), ("heading", "Ferries of the delta, part two")]
    assert address_title(rows[0][1], url, _paragraphs("a", rows)) is None  # more words
    assert address_title("River Talk Weekly", url, _paragraphs("a", _WIKI)) is None


def test_address_titles_sets_title_and_source_and_keeps_a_sidecar_title():
    url = "https://p.example.com/episode/ferries-of-the-delta-twenty-years-of-crossings/Xk2Q9PvLr"
    docs = pd.DataFrame({"doc_id": ["a"], "title": ["River Talk Weekly"], "title_source": ["x"]})
    sidecar = pd.DataFrame({"url": [url]}, index=pd.Index(["a"], name="doc_id"))
    out = address_titles(docs.copy(), sidecar, _paragraphs("a", _EPISODE))
    assert out.loc[0, "title"] == "Ferries of the delta: twenty years of crossings"
    assert out.loc[0, "title_source"].startswith("line 3: the address spells it whole")
    sidecar["title"] = ["Given"]
    assert address_titles(docs.copy(), sidecar, _paragraphs("a", _EPISODE)).loc[0, "title"] == (
        "River Talk Weekly"
    )


def test_negatives_a_title_cut_from_the_line_and_an_address_with_a_query():
    url = "https://blog.example.com/ferries-of-the-delta-return-river-gazette/"
    rows = [("heading", "Ferries of the delta return – River Gazette"), ("lede", "The boats run.")]
    title = "Ferries of the delta return"  # the loader cut the paper's name: it stands
    assert address_title(title, url, _paragraphs("a", rows)) is None
    url = "https://p.example.gov/Committee_Business/Joint_Standing_Committees?url=report/ch4.htm"
    assert address_title_words(url) == []
