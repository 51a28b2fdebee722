"""A Blogger post's date header opening the page dates it (fix37b): over a copied story's
dateline below it and over the address's month; a site's clock of the same shape on
another host, a day outside the address's month, and a line with words beside the day are
left alone."""

import pandas as pd
import pytest

from analysis.core import schema
from analysis.ingest.blog_post_dates import date_header_host, opening_day, post_date_header
from analysis.ingest.file_parsing import build_documents, parse_document
from analysis.ingest.sidecar_overlay import apply_sidecar

PAGE = """{header}

Ferry operators on the river border ask for one set of rules

Can Tho, {dateline} VNA -- Boat owners who carry goods across the river border met provincial officials on Monday to ask for a single licence that both banks would accept.

The owners said they now need three permits for one crossing, and that inspections on each bank follow different checklists.

Officials promised to send the request to the ministry before the end of the quarter. --VNA
"""


def _published(header: str, url: str, dateline: str = "March 14, 2011") -> str:
    text = PAGE.format(header=header, dateline=dateline)
    row, rows = parse_document("page", "page.txt", text.encode("utf-8"))
    paragraphs = pd.DataFrame(rows, columns=list(schema.PARAGRAPH_COLUMNS))
    sidecar = pd.DataFrame({"url": [url]}, index=pd.Index(["page"], name="doc_id"))
    found = apply_sidecar(build_documents([row]), sidecar, paragraphs).iloc[0]
    return "" if pd.isna(found["published"]) else str(found["published"].date())


def test_the_post_date_header_over_a_copied_stories_dateline() -> None:
    url = "http://ferrynotes.blogspot.com/2011/03/ferry-operators-ask.html"
    assert _published("Tuesday, March 15, 2011", url) == "2011-03-15"


def test_the_post_date_header_over_the_address_month() -> None:
    url = "http://ferrynotes.blogspot.com/2011/03/ferry-operators-ask.html"
    page = _published("Tuesday, March 15, 2011", url, dateline="last week")
    assert page == "2011-03-15"


def test_a_weekly_archive_keeps_its_shown_day() -> None:
    url = "http://ferrynotes.blogspot.com/2011_03_13_archive.html"
    assert _published("Mar 15, 2011", url) == "2011-03-15"


@pytest.mark.parametrize(
    ("header", "url", "gold"),
    [  # the same two lines on a paper's site: the first line may be the site's clock
        (
            "Tuesday, March 15, 2011",
            "https://dailyriver.example.com/news/ferry-rules",
            "2011-03-14",
        ),
        # a day outside the address's month is no post's header
        ("Tuesday, April 19, 2011", "http://ferrynotes.blogspot.com/2011/03/ferry.html", ""),
        # words beside the day: no date header
        (
            "Posted to the archive on Tuesday, March 15, 2011 by the editors",
            "http://ferrynotes.blogspot.com/2011/03/f.html",
            "",
        ),
    ],
)
def test_near_cases_keep_the_text_stages_date(header: str, url: str, gold: str) -> None:
    without = _published(header, "https://dailyriver.example.com/news/ferry-rules")
    assert _published(header, url) == (gold or without)


def test_the_pieces() -> None:
    assert date_header_host("http://ferrynotes.blogspot.com.au/2011/03/a.html")
    assert not date_header_host("https://blogspot.com/about")
    assert not date_header_host("https://ferrynotes.wordpress.com/2011/03/15/a/")
    assert opening_day("Thứ Tư, 11 tháng 9, 2019") is not None
    assert opening_day("March 2011") is None
    assert post_date_header(["Friday, 09/20/2024"], "https://old.example.vn/en/?p=1") is None
