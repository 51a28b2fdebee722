"""Tests of ``analysis.ingest.date_scoring``: the dates a header line holds (with the
forms ``analysis.dates`` does not read), the features of a date and the scored
candidates, on invented header lines."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd
import pytest
from hypothesis import given

from analysis.ingest.date_scoring import (
    absolute_dates,
    date_candidates,
    date_features,
    header_dates,
    listed_items,
    same_day,
    unglue,
)
from analysis.ingest.layout import read_article
from analysis.ingest.metadata import load_scoring
from tests.page_reading import read_page
from tests.strategies import lines

SCORING = load_scoring()
T = pd.Timestamp


def para(text: str, kind: str = "", line: int = 1) -> SimpleNamespace:
    return SimpleNamespace(text=text, kind=kind, line=line)


def line_features(line: str, kind: str, *, before_headline: bool, which: int = 0) -> set[str]:
    """The scoring features of the ``which``-th date of ``line`` read as a ``kind`` line."""
    match = absolute_dates(line)[which]
    return set(
        date_features(
            line, match, kind, before_headline=before_headline, repeated=False, scoring=SCORING
        )
    )


@pytest.mark.parametrize(
    ("text", "day", "precision"),
    [
        ("mandag 23. november 2015", "2015-11-23", "day"),
        ("12 juin 2022", "2022-06-12", "day"),
        ("18 iunie 2019", "2019-06-18", "day"),  # Romanian (session 40, held-out 133)
        ("3 noiembrie 2021", "2021-11-03", "day"),
        ("12-Mar-2024", "2024-03-12", "day"),
        ("March/April 2022", "2022-03-01", "month"),
        ("4/29/2025", "2025-04-29", "day"),  # only month-first reads it
        ("14 de septiembre de 2021", "2021-09-14", "day"),  # joiners before month and year
        ("3 de março de 2020", "2020-03-03", "day"),
    ],
)
def test_header_dates_read_other_forms(text: str, day: str, precision: str) -> None:
    (found,) = header_dates(text, SCORING)
    assert (found.date_start, found.precision) == (T(day), precision)
    assert text[found.start : found.end] == found.text


@pytest.mark.parametrize(
    "text", ["31-Feb-2024", "no date", "", "2/30/2025", "14 de la septiembre de 2021"]
)
def test_header_dates_skip_impossible_or_absent_dates(text: str) -> None:
    assert header_dates(text, SCORING) == []


def test_absolute_dates_keep_calendar_dates_only() -> None:
    found = absolute_dates("On 13/12/2021, last year, in 2021-2025 and at the 13th Congress")
    assert [m.text for m in found] == ["13/12/2021"]
    lower = absolute_dates("Published: 12 march 2024 08:41")  # a month in lower case
    assert [(m.text, m.date_start) for m in lower] == [("12 March 2024", T("2024-03-12"))]
    assert absolute_dates("Cập nhật: 12-Mar-2024")[0].date_start == T("2024-03-12")


def test_unglue_puts_back_lost_spaces() -> None:
    glued = "March 12, 20244:05 AM GMT+7Updated 2 days ago"
    assert unglue(glued) == "March 12, 2024 4:05 AM GMT+7 Updated 2 days ago"
    assert unglue("March 12, 2024") == "March 12, 2024"
    # a year glued to a section's name after it (and a view count after that)
    assert unglue("April 04, 2025Technology2817") == "April 04, 2025 Technology2817"
    # negative: a code that only contains a year is left alone
    assert unglue("Plan FY2025Budget") == "Plan FY2025Budget"
    # a blog theme's badge, the day glued to the year (held-out 58): read as a date line
    assert unglue("Sep 052017") == "Sep 05 2017"
    assert [m.date_start for m in absolute_dates(unglue("Sep 052017"))] == [
        pd.Timestamp("2017-09-05")
    ]
    # negative: the same digits after a word that is no month's name stay glued
    assert unglue("Room 052017") == "Room 052017"


#: (held-out 107) A Wix blog's post card: the writer, then the day glued to the reading
#: time ("Nov 28, 20252 min read").
_WIX_CARD = """top of page
Search


River ferry adds a night crossing for market traders
The crossing will run three evenings a week from next month, the operator said.

Sophea Lim
Nov 28, 20252 min read


Weavers open a shared workshop in an old rice mill
A cooperative of twelve families has moved its looms into a mill closed since 2019.
"""


def test_unglue_splits_a_year_from_a_glued_reading_time() -> None:
    assert unglue("Nov 28, 20252 min read") == "Nov 28, 2025 2 min read"
    assert unglue("28 Nov 202512 mins read") == "28 Nov 2025 12 mins read"
    # negatives: a number that only ends in a year's digits, a year before minutes that
    # are no reading time, a reading time glued before the date (Medium) and a dateline
    assert unglue("Population 120252 min read") == "Population 120252 min read"
    assert unglue("Nov 28, 20252 minutes of silence") == "Nov 28, 20252 minutes of silence"
    assert unglue("35 min readMar 2, 2019") == "35 min readMar 2, 2019"
    assert unglue("Hanoi, May 5, 2025 (VNA) - The") == "Hanoi, May 5, 2025 (VNA) - The"
    page = read_page(_WIX_CARD)
    assert page["published"] == pd.Timestamp("2025-11-28")
    assert page["author"] == "Sophea Lim"
    assert page["title"] == "River ferry adds a night crossing for market traders"


def test_date_features() -> None:
    line = "Published: March 4, 2024 08:41"
    match = absolute_dates(line)[0]
    features = date_features(
        line, match, "dateline", before_headline=True, repeated=False, scoring=SCORING
    )
    assert features == [
        "dateline",
        "time_of_day",
        "published_label",
        "day_precision",
        "before_headline",
    ]
    stamp = "Country flag 20200507"
    match = absolute_dates(stamp)[0]
    features = date_features(
        stamp, match, "footer", before_headline=False, repeated=True, scoring=SCORING
    )
    assert {"repeated_line", "file_stamp"} <= set(features)
    assert "time_of_day" not in features


def test_date_candidates_score_and_rank() -> None:
    paras = [
        para("Party delegation visits Laos", line=1),
        para("Tuesday, February 6, 2024 08:41", line=3),
        para("May 2023", line=5),
    ]
    sources = [(1, paras[1].text, "dateline"), (2, paras[2].text, "dateline")]
    ranked = date_candidates(sources, paras, 0, SCORING)
    assert [c.value.date_start for c in ranked] == [T("2024-02-06"), T("2023-05-01")]
    assert ranked[0].score > ranked[1].score
    assert "time_of_day" in ranked[0].reasons
    assert same_day(ranked[0], ranked[0]) and not same_day(ranked[0], ranked[1])
    # a title line offers only a day
    assert date_candidates([(0, "Talks in May 2023", "title_line")], paras, 0, SCORING) == []


def test_listed_items_need_several() -> None:
    items = [
        "DUBAI: Fund to invest abroad now - September 10, 2023",
        "Another story about trade deals - September 11, 2023",
        "Third story on the talks today - September 12, 2023",
    ]
    assert listed_items(items, SCORING) == {0, 1, 2}
    assert listed_items(items[: SCORING.listed_dates_min - 1], SCORING) == set()
    assert listed_items(["Tuesday, February 6, 2024"] * 5, SCORING) == set()


@given(lines)
def test_absolute_dates_are_ordered_slices_of_the_line(text: str) -> None:
    found = absolute_dates(text)
    assert [m.start for m in found] == sorted(m.start for m in found)
    for match in found:
        assert match.date_start is not None and not match.relative
        assert match.precision in ("day", "month", "year")
        assert text[match.start : match.end].casefold() == match.text.casefold()


@pytest.mark.parametrize(
    "line",
    ["Volume 9, Issue 7 (July 2022), Pages: 88-97", "Journal: River Studies Review, 2021, № 2"],
)
def test_a_journal_issues_label_marks_the_issue_line(line: str) -> None:
    match = absolute_dates(line)[0]
    features = date_features(
        line, match, "header_line", before_headline=True, repeated=False, scoring=SCORING
    )
    assert "issue_line" in features
    # negative: a line without an issue's label before the date
    plain = "Harbour pilots meet in July 2022"
    match = absolute_dates(plain)[0]
    features = date_features(
        plain, match, "header_line", before_headline=True, repeated=False, scoring=SCORING
    )
    assert "issue_line" not in features


def test_a_month_first_date_with_dashes_or_a_two_digit_year_is_read():
    scoring = load_scoring()
    for text in ("5-17-07, 10:30 am", "5/17/07", "5-17-2007"):
        (found,) = header_dates(text, scoring)
        assert found.date_start == pd.Timestamp("2007-05-17"), text
    (old,) = header_dates("12-31-98", scoring)
    assert old.date_start == pd.Timestamp("1998-12-31")
    # negative: separators unalike, or a day of 12 or less (left to the page's order)
    assert header_dates("5-17/2007", scoring) == []
    assert header_dates("5-12-07", scoring) == []


def test_a_photo_credited_caption_gives_the_picture_s_day_not_the_article_s() -> None:
    caption = "A ranger reads a river gauge near the border, May 2, 2023. REUTERS/Ana Berg"
    match = absolute_dates(caption)[0]
    features = date_features(
        caption, match, "header_line", before_headline=True, repeated=False, scoring=SCORING
    )
    assert "caption_line" in features
    plain = "Hanoi, May 2, 2023. Reporters/editors met"  # no agency credit closing the line
    match = absolute_dates(plain)[0]
    features = date_features(
        plain, match, "header_line", before_headline=True, repeated=False, scoring=SCORING
    )
    assert "caption_line" not in features


def test_a_caption_first_line_gives_neither_the_title_nor_the_date() -> None:
    page = (
        "A ranger reads a river gauge near the border, May 2, 2023. REUTERS/Ana Berg\n"
        "Report / Asia 20+ minutes\n\n"
        "Two Neighbours Weigh a Shared Flood Watch\n\n"
        "Floods that cross the border reach delta towns before any warning does, and the "
        "two governments are weighing a shared alert.\n"
    )
    article = read_article(page)
    assert article.title == "Two Neighbours Weigh a Shared Flood Watch"
    assert article.header_date is None


def test_a_spanish_date_above_the_headline_is_the_date_not_the_headline() -> None:
    body = (
        "\n\nA ship with rice for the flood-hit towns docked in the harbour on Monday, port "
        "officials said.\n\nThe rice will go to families in four provinces.\n"
    )
    article = read_article(f"14 de septiembre de 2021\n\nRice ship docks in the harbour{body}")
    assert article.title == "Rice ship docks in the harbour"
    assert str(article.header_date.date_start.date()) == "2021-09-14"
    # negative: a date word without a day is no date, and the line stays the headline
    article = read_article(f"Rice ship docks in the harbour de septiembre{body}")
    assert article.header_date is None


def test_an_infobox_row_gives_the_event_s_dates_not_the_page_s() -> None:
    """The ptwiki copy of held-out 53: the infobox's row 'Duração | ... |' under the
    headline is a table row, and the page stays undated."""
    row = "Duração | 20-25 de abril de 2001 (6 dias) |"
    assert "table_row" in line_features(row, "header_line", before_headline=False, which=-1)
    page = (
        "9.º Congresso Nacional do Partido Comunista do Vietname\n"
        "9.º Congresso Nacional do Partido Comunista do Vietname | |\n"
        "---|---|\n"
        f"{row}\n"
        "Localização | Ba Đình Hall |\n"
        "O 9.º Congresso Nacional do Partido Comunista do Vietname reuniu-se em Hanói durante "
        "seis dias de abril de 2001. Os delegados aprovaram a estratégia de desenvolvimento "
        "para a década seguinte e elegeram uma nova direção.\n"
    )
    assert read_article(page).header_date is None
    # negatives: one cell closed by a pipe is a date line, not a table's row
    line = "08 January 16, 2011 |"
    assert "table_row" not in line_features(line, "dateline", before_headline=True)


def test_a_quoted_tweet_s_signature_gives_the_post_s_day_not_the_page_s() -> None:
    """The blog of held-out 57: an embedded tweet pasted as text under the lede, its
    signature '— Name (@handle) May 7, 2024' the page's only date; the page stays undated."""
    line = "— Harbour Watcher (@harbourwatch88) May 7, 2024"
    assert "embedded_post" in line_features(line, "dateline", before_headline=False)
    page = (
        "Top News\n"
        "Seoul Sends Its Coast Guard Chief to Da Nang, and Beijing Takes Note\n"
        "South Korea's coast guard commander is in Da Nang this week with two cutters and a "
        "training team, and the welcome has been warmer than anyone expected.\n"
        "The visit was announced with almost no fanfare.\n"
        "Two Korean cutters tied up at Tien Sa this morning.\n"
        "pic.twitter.com/Qm7rT2xWbN #Vietnam\n"
        f"{line}\n"
        "Officials in Hanoi described the drills as routine, though the timing did not go "
        "unnoticed in the region.\n"
    )
    assert read_article(page).header_date is None
    # negatives: a writer's dash line, or a handle without a dash before it, is no signature
    for plain in (
        "— Harbour Watcher, May 7, 2024",
        "Harbour Watcher (@harbourwatch88) May 7, 2024",
    ):
        match = absolute_dates(plain)[0]
        features = date_features(
            plain, match, "dateline", before_headline=False, repeated=False, scoring=SCORING
        )
        assert "embedded_post" not in features


def test_a_date_under_a_weather_widget_is_the_sites_clock() -> None:
    """Held-out 63: "31.8 C" / "Ho Chi Minh City" / "Tuesday, October 8, 2024" over a
    weekly digest is the day the page was saved, not the digest's date."""
    body = (
        "\n\nFocus: Cold Chains For Fruit Exports: Durian exporters are investing in cold "
        "storage near the border gates, but small growers still lose part of their crop.\n"
    )
    widget = "31.8 C\nHo Chi Minh City\nTuesday, October 8, 2024\n\n"
    article = read_article(f"{widget}This week's weekly at a glance\n\nThe Saigon Times{body}")
    assert article.header_date is None
    # negative: the same date without the widget above it is the page's date
    article = read_article("Tuesday, October 8, 2024\n\nThis week's weekly at a glance" + body)
    assert str(article.header_date.date_start.date()) == "2024-10-08"


def test_the_sending_day_in_a_forwarded_emails_header_is_not_the_articles() -> None:
    """Held-out 64: under "---------- Forwarded message ---------", the "Date:" of the
    forwarded newsletter gives way to the article's own date; a list message's "Date:"
    without a forward separator above it stays its date."""
    header = (
        "---------- Forwarded message ---------\n"
        "From: ASEAN Briefing <newsletter@aseanbriefing.com>\n"
        "Date: Tue, Oct 17, 2023 at 9:02 AM\n"
        "Subject: Vietnam Weekly Brief, issue 41\n\n\n"
    )
    story = (
        "Vietnam's new rules on foreign NGO offices take effect\n"
        "By Huong Nguyen | October 16, 2023\n\n"
        "A decree on the registration of foreign non-governmental organisations came into "
        "force on Monday, shortening the time the committee has to answer applications.\n"
    )
    article = read_article(header + story)
    assert str(article.header_date.date_start.date()) == "2023-10-16"
    listed = read_article(header.split("\n", 1)[1] + story.split("\n", 2)[2])
    assert str(listed.header_date.date_start.date()) == "2023-10-17"


def test_a_bulleted_date_alone_is_a_listed_items_day() -> None:
    """held-out 73: a think tank's page dates its piece over the headline and lists related
    pieces under the text, each with a bullet before its day; the page's date wins."""
    paras = [
        para("August 2, 2017", line=1),
        para("Vietnam’s coast guard learns to say less", line=3),
        para("    • November 15, 2018", line=20),
    ]
    sources = [(0, paras[0].text, "dateline"), (2, paras[2].text, "dateline")]
    ranked = date_candidates(sources, paras, 1, SCORING)
    assert ranked[0].value.date_start == T("2017-08-02")
    assert "listed_item" in ranked[1].reasons
    # a bullet before a date and a file's title (a document host's upload row) is no item
    row = [(0, "• 3/2/2018 Talks in Hanoi", "header_line")]
    assert all("listed_item" not in c.reasons for c in date_candidates(row, paras, 1, SCORING))


def test_a_source_line_naming_the_paper_labels_its_date_published() -> None:
    """(held-out 106) An analyst's "Source: <paper>, <date>" over a pasted article: the
    paper's day, which outranks the digest's own day above it."""

    def features(line: str) -> list[str]:
        match = absolute_dates(line)[-1]
        return date_features(
            line, match, "header", before_headline=True, repeated=False, scoring=SCORING
        )

    assert "published_label" in features("Source: The Harbour Gazette (Penang), 14 March 2024")
    # negatives: a place between the source and the date, a source line without a comma
    # before the date, a wire dateline
    assert "published_label" not in features("Source: Reuters, Hanoi, May 5, 2024")
    assert "published_label" not in features("Hanoi, May 5 (VNA) - May 5, 2024")
    page = (
        "Delta Media Digest – 15 March 2024\n"
        "Item 2 of 6\n"
        "Source: The Harbour Gazette (Penang), 14 March 2024\n\n"
        "Ferry operators agree on a shared timetable\n"
        "Le Thu Ha\n\n"
        "PENANG – Three ferry operators agreed on Thursday to publish one timetable for the "
        "island's crossings, ending years of clashing departures.\n"
    )
    assert str(read_article(page).header_date.date_start.date()) == "2024-03-14"


@pytest.mark.parametrize(
    "label", ["Date of establishment:", "Founded on", "Established in", "Date of founding:"]
)
def test_an_organisation_s_founding_day_is_no_page_date(label: str) -> None:
    """held-out 116's friendship association profile: the day the body was founded, under
    its name, is the organisation's day (``today_labels``), and the page stays undated."""
    page = (
        "VIET NAM - FINLAND FRIENDSHIP ASSOCIATION\n"
        f"{label} March 3, 1991\n"
        "President: Mr. Tran Van Hoa, former Deputy Minister of Education\n"
        "Other information:\n"
        "The association brings together Vietnamese citizens who studied or worked in "
        "Finland and organises exchanges between the peoples of the two countries.\n"
    )
    assert read_article(page).header_date is None


def test_a_founding_label_leaves_the_page_s_own_date_its_date() -> None:
    """Negatives: a posted day beside a founding day dates the page; a date after 'date'
    alone is read as before, and a founding label in the text leaves the posted day."""
    page = (
        "Friendship association holds its congress\n"
        "Posted: May 3, 2024\n"
        "Established in March 3, 1991, the association held its fifth congress in Hanoi "
        "with delegates from twelve provinces and guests from the embassy.\n"
    )
    assert str(read_article(page).header_date.date_start.date()) == "2024-05-03"
    line = "Date: May 3, 2024"
    assert "today_label" not in line_features(line, "dateline", before_headline=True)
