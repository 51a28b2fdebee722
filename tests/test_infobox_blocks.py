"""Tests of ``analysis.ingest.layout.infobox_blocks``: an encyclopedia's fact box copied
as lines over the lead (held-out 139's wiki mirrors) dates nothing, names no writer and no
site, while a news page's event rows keep their dates."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.infobox_blocks import infobox_label

#: A wiki mirror's article (placeholder text): the title, the title again over the box,
#: its caption and rows (labels glued to values), a list of commanders, then the lead.
MIRROR_PAGE = (
    "Lake Ferry War\n\n"
    "From Wikipedia, the free encyclopedia\n"
    "Jump to navigation Jump to search\n\n"
    "Lake Ferry War\n"
    "Part of the Northern Lake disputes\n"
    "Ferry boats at the west landing in March 1931\n"
    "Date12 March 1931 – 4 June 1932\n"
    "LocationNorthern Lake, the west landing\n\n"
    "Belligerents\n"
    "West Landing Company\n"
    "East Shore Guild\n"
    "Commanders and leaders\n"
    "Arlo Penwick\n"
    "Bram Tolliver\n\n"
    "The Lake Ferry War was a long quarrel between two ferry owners over the night "
    "crossings of the lake, settled by a court of the province in the following summer.\n\n"
    "The quarrel began over the landing fees and grew into a blockade of both shores.\n"
)

#: The same box as a pipe table, its heading row the title again.
PIPE_PAGE = (
    "Lake Ferry War\n"
    "| Lake Ferry War | |||||\n"
    "|---|---|---|---|---|---|\n"
    "| Part of the Northern Lake disputes | |||||\n"
    "Top: ferry boats at the west landing in March 1931. | |||||\n"
    "| Belligerents | |||||\n"
    "| West Landing Company | East Shore Guild | ||||\n"
    "| Casualties and losses | |||||\n"
    "| Strength | |||||\n"
    "The Lake Ferry War was a long quarrel between two ferry owners over the night "
    "crossings of the lake, settled by a court of the province in the following summer.\n"
)


def test_an_infobox_dates_nothing_and_names_no_writer() -> None:
    article = read_article(MIRROR_PAGE)
    assert article.header_date is None
    assert article.footer_date is None
    assert article.author == ""


def test_a_pipe_table_infobox_names_no_site() -> None:
    article = read_article(PIPE_PAGE)
    assert article.header_date is None
    assert "Lake Ferry" not in article.outlet


def test_row_labels() -> None:
    assert infobox_label("- Signed: 30 October 1957") == "Signed"
    assert infobox_label("Commanders and leaders") == "!Commanders and leaders"
    assert infobox_label("Result of the vote is due") == ""
    assert infobox_label("Location matters") == ""


def test_event_rows_without_a_strong_label_keep_their_date() -> None:
    page = (
        "Forum on river trade opens\n\n"
        "Date: 12 March 2021\n"
        "Location: Hanoi\n"
        "Result: joint statement\n\n"
        "Delegates of the river provinces met in the capital on Friday to agree on a plan "
        "for the ports of the delta and the roads that serve them.\n"
    )
    assert read_article(page).header_date is not None
