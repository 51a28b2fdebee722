"""A site's name whose initials spell its address's label is the outlet of a page that
names none (held-out 126): "中美洲經貿辦事處 Central America Trade Office" over a page of
cato.com.tw."""

import pandas as pd
import pytest

from analysis.core import schema
from analysis.ingest.acronym_hosts import acronym_site, initials_name
from analysis.ingest.corpus import build_documents, parse_document
from analysis.ingest.sidecar_overlay import apply_sidecar

PAGE = """{masthead}
Taiwan and Vietnam open a joint fruit laboratory

2019/04/10

Taiwan and Vietnam opened a laboratory for fruit inspection April 9 in Taipei City, according to the agriculture council.
"""


def _outlet(masthead: str, url: str) -> str:
    text = PAGE.format(masthead=masthead).encode()
    row, paragraph_rows = parse_document("page", "page.txt", text)
    documents = build_documents([row])
    paragraphs = pd.DataFrame(paragraph_rows, columns=list(schema.PARAGRAPH_COLUMNS))
    sidecar = pd.DataFrame({"url": [url]}, index=pd.Index(["page"], name="doc_id"))
    return str(apply_sidecar(documents, sidecar, paragraphs).iloc[0]["outlet"])


def test_the_name_the_address_abbreviates_is_the_outlet() -> None:
    masthead = "中美洲經貿辦事處 Central America Trade Office"
    url = "https://cato.com.tw/en/news_page.php?no=101"
    assert _outlet(masthead, url) == "Central America Trade Office"


@pytest.mark.parametrize(
    ("masthead", "url", "expected"),
    [
        # initials that spell another label: the address names the site
        ("Central America Trade Office", "https://catrade.com.tw/news/101", "catrade.com.tw"),
        # a listed host keeps its listed name
        ("Central America Trade Office", "https://www.taipeitimes.com/news/101", "Taipei Times"),
        # the name runs on into another capitalised word: no whole name
        ("Central America Trade Office Hours", "https://cato.com.tw/news/101", "cato.com.tw"),
    ],
)
def test_other_pages_keep_their_outlets(masthead: str, url: str, expected: str) -> None:
    assert _outlet(masthead, url) == expected


def test_joining_words_are_skipped_and_short_labels_left_out() -> None:
    assert initials_name("vufo", "Vietnam Union of Friendship Organizations") != ""
    assert initials_name("vn", "Viet Nam") == ""


def test_a_page_naming_an_outlet_keeps_it() -> None:
    found = ("cato.com.tw", "", "cato.com.tw", False)
    texts = ["Central America Trade Office"]
    assert acronym_site(found, {"outlet": "Taipei Times"}, texts) is None
    assert acronym_site(found, {"outlet": ""}, texts) is not None
