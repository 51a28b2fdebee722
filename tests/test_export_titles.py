"""A data export's title field as the page's title (``ingest/export_titles.py``, fix36c)."""

from __future__ import annotations

import pytest

from analysis.ingest.export_titles import (
    csv_first_row_title,
    export_title,
    json_record_title,
    xml_record_title,
)
from analysis.ingest.layout import read_article

_TITLE = "Ferry Tolls on the Lower River Will Rise Next Year"

_JSON = (
    '{"title":"Ferry Tolls on the Lower River Will Rise Next Year","authors":"M. Tran",'
    '"doi":"10.5555/000-1","abstract":"The river authority said the operators will pay for '
    'new landing stages, and tolls will rise by a tenth."}\n'
)

_XML = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<notes-export application="Notebook" version="2.1">\n'
    "  <note>\n"
    "    <title>Ferry Tolls on the Lower River Will Rise Next Year</title>\n"
    "    <created>20240522T084410Z</created>\n"
    "    <content><![CDATA[<div>The river authority said the operators will pay for new "
    "landing stages, and tolls will rise by a tenth next year.</div>]]></content>\n"
    "  </note>\n"
    "</notes-export>\n"
)

_CSV = (
    "URL,Title,Selection,Folder,Timestamp\n"
    "https://example.org/ferry-tolls/,Ferry Tolls on the Lower River Will Rise Next Year,"
    '"The river authority said the operators will pay for new landing stages.\n'
    'Tolls will rise by a tenth next year.",Unread,1648262400\n'
    "https://example.org/bridge/,A Second Bridge for the Delta Towns,,Archive,1647216000\n"
)


@pytest.mark.parametrize("page", [_JSON, _XML, _CSV], ids=["json", "xml", "csv"])
def test_the_export_s_title_field_is_the_title(page: str) -> None:
    assert export_title(page) == _TITLE
    assert read_article(page).title == _TITLE


def test_a_feed_with_several_titles_is_no_one_record() -> None:
    feed = (
        '<?xml version="1.0"?>\n<rss><channel><title>River News</title>\n'
        "<item><title>Ferry Tolls Rise</title></item>\n"
        "<item><title>Bridge Opens</title></item></channel></rss>\n"
    )
    assert xml_record_title(feed) == ""


@pytest.mark.parametrize(
    "page",
    [
        # a JSON record below a listing's other text: not the page's opening
        "Latest articles\n\n" + _JSON,
        # a list of names and posts: no Title column
        "Name,Post,Office\nLe Van An,Minister,Hanoi\nTran Thi Binh,Deputy,Hue\n",
        # a sentence with commas opening an ordinary page is no CSV header
        "Ports, ferries and bridges, the minister said, need new money.\nTitle,of,the,day\n",
        # an HTML page's <title> without an XML declaration is the layout's to read
        "<html><head><title>Ferry Tolls | River News</title></head>\n",
    ],
    ids=["json-below-text", "csv-no-title-column", "prose-commas", "html"],
)
def test_no_export_no_export_title(page: str) -> None:
    assert export_title(page) == ""


def test_the_readers_of_each_form_alone() -> None:
    assert json_record_title('{"name": "River"}') == ""
    assert json_record_title('{"title": 4}') == ""
    assert json_record_title("{not json at all") == ""
    assert csv_first_row_title("URL,Title,Folder") == ""
