"""A tag page run onto one line is titled by its first item (held-out 145, fix43a), on
placeholder pages."""

from __future__ import annotations

import pandas as pd

from analysis.core import schema
from analysis.ingest.tag_page_titles import address_tag, tag_page_title


def _paragraphs(text: str) -> pd.DataFrame:
    return pd.DataFrame(
        [("d", 0, "lede", text, text, 1, -1)], columns=list(schema.PARAGRAPH_COLUMNS)
    )


_RUN = (
    "Tags rice to Ghana Ghanaian buyers double VN rice orders Monday, Mar 4, 2019 "
    "Ghana now buys more rice from the delta than any other West African market."
)


def test_a_one_line_tag_page_is_titled_by_its_first_item():
    url = "https://biz.example.vn/tags/rice%20to%20Ghana%20.html"
    assert address_tag(url) == "rice to Ghana"
    assert tag_page_title("", url, _paragraphs(_RUN)) == (
        "Ghanaian buyers double VN rice orders",
        1,
    )


def test_a_tag_page_keeps_a_title_found_or_a_line_not_opening_with_its_tag():
    url = "https://biz.example.vn/tags/rice%20to%20Ghana%20.html"
    assert tag_page_title("A headline", url, _paragraphs(_RUN)) is None
    assert tag_page_title("", "https://biz.example.vn/news/a.html", _paragraphs(_RUN)) is None
    other = "https://biz.example.vn/tags/coffee.html"
    assert tag_page_title("", other, _paragraphs(_RUN)) is None
    teaser = "Tags rice to Ghana Buyers came. Monday, Mar 4, 2019 More text here."
    assert tag_page_title("", url, _paragraphs(teaser)) is None
