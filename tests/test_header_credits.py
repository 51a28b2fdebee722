"""Tests of ``analysis.ingest.layout.header_credits`` and the held-out 76 fixtures whose
writer or outlet fix76a fixed (an official's signature, a standfirst credit, "<Outlet>
reports", the end mark "./.", a series label in a headline's brackets, news.gov.vn)."""

from __future__ import annotations

import json
from pathlib import Path

from analysis.ingest.layout import read_article
from tests.page_reading import read_page

LAYOUTS = Path(__file__).resolve().parent / "data" / "layouts"
MANIFEST = {e["file"]: e for e in json.loads((LAYOUTS / "manifest.json").read_text())}


def fixture(prefix: str) -> tuple[dict, str]:
    file = next(f for f in MANIFEST if f.startswith(prefix))
    return MANIFEST[file], (LAYOUTS / file).read_text(encoding="utf-8")


def test_the_fixtures_read_their_gold_writer() -> None:
    expected = {
        "english_vov_oped_": ("Tran Van Hoang", "line "),
        "newsgovvn_old_vgp_": ("Nguyen Minh Quang", "writer credited in the standfirst"),
        "worldlandscapearchitect_": ("", ""),
        "kinhbac_blogger_caps_": ("", ""),
        "yourviet_blogspot_": ("", ""),
    }
    for prefix, (name, source) in expected.items():
        entry, text = fixture(prefix)
        article = read_article(text)
        assert article.author == name == entry["author"]
        assert article.author_source.startswith(source)


def test_the_series_label_stays_in_the_headline() -> None:
    entry, text = fixture("yourviet_blogspot_")
    assert read_article(text).title == entry["title"]
    assert entry["title"].endswith("(Part II)")


def test_the_portals_former_address_names_vgp_news() -> None:
    entry, text = fixture("newsgovvn_old_vgp_")
    assert read_page(text, entry["url"])["outlet"] == "VGP News" == entry["outlet"]
