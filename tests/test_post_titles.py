"""Tests of ``analysis.ingest.layout.post_titles`` and the other title and date fixes of
held-out 75 (titlefix27): a long post title over its date line, a bracketed picture
credit marking a caption, a diplomatic body's name over its press release, an archive
heading's month."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.layout.post_titles import title_over_date

FOLDER = Path(__file__).parent / "data" / "layouts"


def _para(text: str, kind: str = "") -> Paragraph:
    return Paragraph(text, text, 0, 0, kind=kind)


def _fixture(prefix: str) -> str:
    (path,) = FOLDER.glob(f"{prefix}*.txt")
    return path.read_text(encoding="utf-8")


LONG_TITLE = (
    "A Message contributed by H.E. Dr Lena Ortiz, Minister for Transport, on the occasion "
    "of the 30th Anniversary of the River Ferry Service between the two provinces"
)
LEDE = (
    "The ferry service began thirty years ago with two wooden boats and a rope across the "
    "river. Today it carries more than a thousand passengers a day on six steel ferries."
)
# A ministry's page: its name, the post's long title, the date, the article's own heading.
MINISTRY_PAGE = (
    f"Ministry of Transport\n\n{LONG_TITLE}\n\nMay 3, 2019\n\nThirty Years on the River\n\n"
    f"{LEDE}\n\nThe next decade will bring new landings and a night service.\n"
)


def test_the_fixture_post_title_is_the_headline() -> None:
    article = read_article(_fixture("mofagovmm_"))
    assert article.title.startswith("A Commemorative Article contributed by H.E. U Min")
    assert article.title.endswith("Regional Seed Exchange Programme")


def test_a_long_post_title_over_its_date_line_is_the_headline() -> None:
    article = read_article(MINISTRY_PAGE)
    assert article.title == LONG_TITLE
    assert article.header_date is not None and article.header_date.timex_value == "2019-05-03"


def test_a_lede_closed_by_a_stop_over_a_date_is_no_post_title() -> None:
    paras = [_para(LEDE), _para("May 3, 2019", kind="dateline")]
    assert not title_over_date(paras, 0)
    paras = [_para(LONG_TITLE), _para("May 3, 2019", kind="dateline")]
    assert title_over_date(paras, 0)


def test_a_long_line_under_text_or_over_no_date_is_no_post_title() -> None:
    body = _para(LEDE)
    paras = [body, _para(LONG_TITLE), _para("May 3, 2019", kind="dateline")]
    assert not title_over_date(paras, 1)  # the text has begun above it
    assert not title_over_date([_para(LONG_TITLE), _para(LEDE)], 0)
    short = [_para("Thirty Years on the River"), _para("May 3, 2019", kind="dateline")]
    assert not title_over_date(short, 0)  # a headline's length: the usual features read it


@given(st.lists(st.sampled_from(["", "dateline", "boilerplate", "byline"]), max_size=4))
def test_a_line_closed_by_a_stop_is_never_a_post_title(kinds: list[str]) -> None:
    paras = [_para(LONG_TITLE + "."), *(_para("May 3, 2019", kind=k) for k in kinds)]
    assert not title_over_date(paras, 0)


@pytest.mark.parametrize(
    ("prefix", "title"),
    [
        ("blogger_editorial_menu_pipes_", "Village Rice Banks and the Cost of Credit"),
        (
            "publicnow_issuer_line_",
            "Laos: Press statement by the EU Commissioner for Energy following the opening "
            "of the solar training centre",
        ),
    ],
)
def test_a_caption_or_an_issuer_line_is_not_the_headline(prefix: str, title: str) -> None:
    assert read_article(_fixture(prefix)).title == title


ISSUER_PAGE = (
    "Delegation of the European Union to Peru\n\n"
    "05/02/2021 | Press release | Distributed by Public on 05/02/2021 09:15\n\n"
    "Peru: Statement on the reopening of the river ports after the floods\n\n"
    "The river ports of the northern provinces reopened this week after a month of repairs, "
    "and the first cargo boats have already unloaded rice and cement in the port towns.\n"
)


def test_a_delegation_over_its_press_release_is_no_headline() -> None:
    title = read_article(ISSUER_PAGE).title
    assert title == "Peru: Statement on the reopening of the river ports after the floods"


CAPTION_PAGE = (
    "Friday, June 1, 2012\n\n"
    "Night Ferries and the Price of a Ticket\n\n"
    "Passengers wait at the north landing in the rain (Photo: River Portal)\n\n"
    "Lena ORTIZ at a meeting on ferry fares, 3 May 2012, Can Tho (Picture by: Minh Anh)\n\n"
    "By Lena Ortiz\n\n"
    "Night ferries cost twice as much as day ferries on the lower river, and the passengers "
    "who use them most are market traders who have no other way to reach the town.\n"
)


def test_a_line_closed_by_a_bracketed_picture_credit_is_a_caption() -> None:
    assert read_article(CAPTION_PAGE).title == "Night Ferries and the Price of a Ticket"


def test_an_archive_heading_month_dates_the_page() -> None:
    article = read_article(_fixture("diplomaticconnections_"))
    assert article.header_date is not None
    assert (article.header_date.timex_value, article.header_date.precision) == ("2017-10", "month")


def test_a_broken_publisher_line_and_an_issue_line_are_not_the_headline() -> None:
    article = read_article(_fixture("docslib_pdf_chevrons_"))
    assert article.title == "Harbour Pilots and the Training of Small-Port Crews"
    assert article.header_date is not None and article.header_date.timex_value == "2018-03"


def test_issue_line_shape() -> None:
    from analysis.ingest.page_rules import load_rules, scoring_of
    from analysis.ingest.title_shapes import issue_line

    scoring = scoring_of(load_rules())
    assert issue_line("March 2018 SOUNDINGS Issue No. 14", scoring)
    assert issue_line("Volume 9, Issue 7 (July 2022)", scoring)
    assert not issue_line("Decree No. 15 of 2019 on rice exports", scoring)  # a headline
    assert not issue_line("March 2018 Harbour Report", scoring)  # no issue label
