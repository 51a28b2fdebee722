"""Tests of ``analysis.ingest.layout.lede_datelines``: the dateline opening a lede (a
place then a full date, a wire's release between dashes, a month and day without a year)
told from a sentence's words about an event's day."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.ingest.layout import read_article
from analysis.ingest.layout.lede_datelines import dated_opening, lede_month_day, lede_opening
from analysis.ingest.page_rules import load_rules
from tests.test_layout_dates import LEDE, page

RULES = load_rules()
T = pd.Timestamp


def test_the_openings_read_and_refused() -> None:
    assert dated_opening("TOKYO, Sep 12, 2023, Agency. The talks.", RULES) == "TOKYO, Sep 12, 2023"
    assert dated_opening("The talks of Sep 12, 2023 went well.", RULES) is None
    assert lede_opening("HANOI - 20 JUNE 2016 - Forty midwives met.", RULES) == (
        "HANOI - 20 JUNE 2016"
    )
    found, month = lede_month_day("Hanoi, Oct 4 (XYZ) The two sides met.")
    assert found is not None and found.group("day") == "4" and month == 10
    assert lede_month_day("Guards of the province on May 15 held a drill.") == (None, 0)


def test_an_event_day_inside_the_ledes_sentence_is_no_yearless_dateline() -> None:
    lede = "Border guards of the two provinces on May 15 held a joint drill along the river."
    text = page("May 16, 2023 | 08:42 (GMT+7)", "Border guards hold joint drill", lede)
    article = read_article(text)
    assert article.header_date.date_start == T("2023-05-16")  # the page's own stamp
    assert "year_from_page" not in article.metadata_flags
    # negative: two places before the month and day still make a dateline
    text = page(
        "May 16, 2023 | 08:42 (GMT+7)",
        "Border guards hold joint drill",
        f"HA GIANG, Vietnam, May 15 — {lede}",
    )
    assert read_article(text).header_date.date_start == T("2023-05-15")


def test_a_dateline_of_place_and_full_date_without_dash_dates_the_article():
    body = "Both sides also agreed to meet again before the end of the year in the capital."
    title = "Two ministers agree on a river survey"
    comma = "OSAKA, Mar 4, 2022, Some Wire. The two ministers agreed on Friday to survey a river."
    caption = "The two ministers at a meeting in Osaka on Thursday, seen from the hall's back row."
    dated = (
        [comma],  # a comma after the date
        [caption, comma],  # under a caption
        ["Kampot (XYZ) 4 March 2022 The two ministers agreed on Friday to survey a river."],
    )
    for lines in dated:
        article = read_article(page(title, *lines, body))
        assert article.header_date.date_start == T("2022-03-04"), lines
    # a date inside the sentence, not after a dateline's place, is no dateline
    sentence = "The two ministers who met on Mar 4, 2022 agreed to survey a river together."
    assert read_article(page(title, sentence, body)).header_date is None


def test_a_dateline_of_a_name_holding_a_number_dates_the_article() -> None:
    """(held-out 123) "The 88 Project, February 12, 2019: ..." opening a teaser: a group's
    name with a number in it is a dateline's name as a place is; a number opening the
    line or a date inside a sentence is none."""
    body = "Both sides also agreed to meet again before the end of the year in the capital."
    title = "Two ministers agree on a river survey"
    named = "The 21 Group, March 4, 2022: The two ministers agreed on Friday to survey a river."
    assert read_article(page(title, named, body)).header_date.date_start == T("2022-03-04")
    for lede in (
        "21 delegates, March 4, 2022: the two ministers agreed on Friday to survey a river.",
        "The two ministers of the 21 provinces met on March 4, 2022 to survey a river.",
    ):
        assert read_article(page(title, lede, body)).header_date is None, lede


def test_a_wire_release_dates_its_lede_between_two_dashes():
    """held-out 55: "Media OutReach - 8 November 2023 – On behalf of ..." (a wire service's
    release on a business site) is dated 8 November 2023 by its lede; the service's name
    alone before a dash dates nothing."""
    lede = (
        "Media OutReach - 8 November 2023 – More than 300 founders and 60 investors opened a "
        "week of pitching sessions at the city's innovation centre on Wednesday."
    )
    headline = "Start-up founders gather in Ho Chi Minh City for a week of pitching"
    article = read_article(page(headline, lede, LEDE))
    assert article.header_date.date_start == T("2023-11-08")
    assert "lede_dateline" in article.date_reason
    undated = lede.replace(" - 8 November 2023 –", " -")
    article = read_article(page(headline, undated, LEDE))
    assert article.header_date is None


def test_a_lede_dated_between_dashes_with_the_month_in_capitals():
    """held-out 109: "HANOI - 20 JUNE 2016 - Forty midwives ..." (a UN agency's news list,
    the place and the month in capitals) is dated by its lede; a capitalised word that is no
    month, or a day without a year, dates nothing."""
    headline = "Rural midwives learn newborn care in the mountains"
    lede = (
        "HANOI - 20 JUNE 2016 - Forty midwives from mountain districts completed a course on "
        "newborn care organised by the Ministry of Health."
    )
    article = read_article(page(headline, lede, LEDE))
    assert article.header_date.date_start == T("2016-06-20")
    assert "lede_dateline" in article.date_reason
    for undated in (lede.replace("JUNE", "WHO"), lede.replace(" 2016 -", " -")):
        assert read_article(page(headline, undated, LEDE)).header_date is None
    byline = read_article(
        page(headline, "By Lena Marsh", lede.replace("20 JUNE 2016", "WHO"), LEDE)
    )
    assert byline.header_date is None


def test_a_lede_opening_on_the_events_day_is_no_dateline() -> None:
    """Held-out 63's university page: the lede opens "On 9th April 2011, at the UEB - VNU,
    ...", the event's day in a sentence (``event_sentence_openers``), and the dash after it
    made it read as a dateline; the page prints no date of its own and stays undated. A
    place before the same date and dash is still a dateline."""

    page = "ueb_vnu_title_lede_on_ordinal_date_at_the_ueb_paragraphs_no_date_line.txt"
    text = (Path(__file__).parent / "data" / "layouts" / page).read_text(encoding="utf-8")
    assert read_article(text).header_date is None
    placed = read_article(
        text.replace("On 9th April 2011, at the UEB - VNU,", "HANOI, 9th April 2011 -")
    )
    assert str(placed.header_date.date_start.date()) == "2011-04-09"


def test_a_dateline_of_place_and_full_date_between_dashes_is_the_date() -> None:
    # held-out 135's rewrite site: "City, Country – Month D, YYYY – " opens the lede, no
    # date line; the day between the dashes is the page's (a press release's dateline)
    lede = "Hanoi, Vietnam – December 29, 2024 – " + LEDE
    article = read_article("Friendship groups plan a busy year\n" + lede + "\nA second line.\n")
    assert article.header_date is not None
    assert article.header_date.date_start == T("2024-12-29")


def test_a_sentence_or_a_lower_case_word_before_the_dashed_date_is_no_dateline() -> None:
    # negatives: words of a sentence before the dash ("the talks – December 29, 2024 –")
    # are no dateline's place, so the day stays unread as the page's
    for opening in (
        "The talks ended – December 29, 2024 – ",
        "talks in Hanoi – December 29, 2024 – ",
    ):
        text = "Friendship groups plan a busy year\n" + opening + LEDE + "\nA second line.\n"
        assert read_article(text).header_date is None, opening


def test_a_day_after_yesterday_opening_the_lede_is_no_dateline() -> None:
    # held-out 138's law blog: "Yesterday, 15 November 2020, ..." opens the lede; the day is
    # the signing's, the day before the post, so it is no dateline (a place does date it)
    for word in ("Yesterday", "Today", "Earlier"):
        lede = f"{word}, 15 November 2020, " + LEDE
        article = read_article("Friendship groups plan a busy year\n" + lede + "\nA second line.\n")
        assert article.header_date is None, word
    lede = "Can Tho, 15 November 2020, " + LEDE
    article = read_article("Friendship groups plan a busy year\n" + lede + "\nA second line.\n")
    assert article.header_date is not None
    assert article.header_date.date_start == T("2020-11-15")
