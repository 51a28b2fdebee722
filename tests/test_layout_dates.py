"""Tests of ``analysis.ingest.layout.dates``: where the header ends, which lines may hold
the publication date, the date chosen with its evidence and flags, and a lede's dateline
without a year dated by the page.

Named ``test_layout_dates.py`` because ``tests/test_dates.py`` tests the date finder,
the package ``analysis.dates``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from hypothesis import given, settings

from analysis.ingest.layout import read_article
from analysis.ingest.layout.dates import (
    choose_date,
    date_sources,
    find_article_dates,
    header_end,
    split_date,
    yearless_lede_date,
)
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.page_rules import load_rules, scoring_of
from tests.strategies import articles

RULES = load_rules()
T = pd.Timestamp
LEDE = (
    "A delegation of the Party arrived in Vientiane on Monday for talks with the Lao side, "
    "and both sides reviewed cooperation over the past year."
)


def page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def spans(article) -> tuple[int, int]:
    text = [i for i, p in enumerate(article.paragraphs) if p.kind in ("lede", "body", "heading")]
    return text[0], text[-1]


def test_dateline_under_the_headline_is_the_date() -> None:
    article = read_article(page("Party delegation visits Laos", "13/12/2021", LEDE))
    assert article.header_date.date_start == T("2021-12-13")
    assert article.header_evidence == "13/12/2021"
    assert article.date_reason.startswith("line 3 (score")
    assert article.metadata_flags == []


def test_two_dates_close_in_score_conflict() -> None:
    article = read_article(page("Party delegation visits Laos", "13/12/2021", "05/06/2021", LEDE))
    assert article.header_date.date_start == T("2021-12-13")
    assert article.metadata_flags == ["date_conflict"]
    assert "runner-up '05/06/2021'" in article.date_reason


def test_ambiguous_numeric_date_is_flagged() -> None:
    article = read_article(page("Party delegation visits Laos", "03/04/2021", LEDE))
    assert article.header_date.date_start == T("2021-04-03")  # day first
    assert "ambiguous_day_month" in article.metadata_flags


def test_lede_dateline_without_a_year_under_the_site_clock() -> None:
    text = page(
        "Sunday, 24 August 2025", "Party delegation visits Laos", "Kathmandu, Aug 23: " + LEDE
    )
    article = read_article(text)
    assert article.header_date.date_start == T("2025-08-23")
    assert article.metadata_flags == ["year_from_page"]
    first, last = spans(article)
    dated, reason = yearless_lede_date(article.paragraphs, first, last, RULES)
    assert dated.date_start == T("2025-08-23")
    assert reason == "the lede's 'Aug 23' in the year of 'Sunday, 24 August 2025'"


def test_a_blogs_date_header_above_the_post_is_the_posts_date() -> None:
    """Issue 17 (held-out 46): on a blog's post page (its comment furniture, data
    ``blog_post_lines``) the date above the headline is the post's, not a site's clock."""
    post = page(
        "Tuesday, March 3, 2009", "Party delegation visits Laos", "Vientiane, March 2 " + LEDE
    )
    furniture = "\n\nReader One said...\n\nGood summary.\n\nPost a Comment\n\n<< Home\n"
    article = read_article(post + furniture)
    assert article.header_date.date_start == T("2009-03-03")
    assert "year_from_page" not in article.metadata_flags
    # negative: the same page without a blog's furniture reads the date as the site's clock
    assert read_article(post).header_date.date_start == T("2009-03-02")


def test_yearless_day_after_the_page_date_goes_to_the_year_before() -> None:
    text = page("Friday, 3 January 2025", "Party delegation visits Laos", "Hanoi, Dec 30: " + LEDE)
    article = read_article(text)
    first, last = spans(article)
    assert yearless_lede_date(article.paragraphs, first, last, RULES)[0].date_start == T(
        "2024-12-30"
    )


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


def test_a_credit_lines_date_after_a_listed_outlet_is_the_publication_date() -> None:
    # a repost's closing credit: the agency's name (without its hyphen) and the story's date
    article = read_article(
        page("Border crossing to open", LEDE, "Agence France Presse - May 18, 2006.")
    )
    assert article.footer_date.date_start == T("2006-05-18")
    # an unlisted name before the same date is no credit: no date is read
    article = read_article(page("Border crossing to open", LEDE, "Border talks - May 18, 2006."))
    assert article.footer_date is None


def test_page_without_a_date() -> None:
    article = read_article(page("Party delegation visits Laos", LEDE))
    assert article.header_date is None and article.footer_date is None
    first, last = spans(article)
    assert choose_date(article.paragraphs, first, last, RULES) == (None, None, None)
    assert find_article_dates(article.paragraphs, first, RULES) == {}
    assert yearless_lede_date(article.paragraphs, -1, -1, RULES) is None


def test_sources_and_found_dates() -> None:
    article = read_article(page("Party delegation visits Laos", "13/12/2021", LEDE))
    first, last = spans(article)
    sources = date_sources(article.paragraphs, first, last, RULES)
    assert (1, "13/12/2021", "dateline") in sources
    assert all(article.paragraphs[i].kind not in ("caption", "body") for i, _, _ in sources)
    found = find_article_dates(article.paragraphs, first, RULES)
    assert found["header"][0].date_start == T("2021-12-13")
    assert found["header"][1] == "13/12/2021"


def test_header_end_passes_a_standfirst_to_the_last_byline() -> None:
    standfirst = "The two parties agreed on a plan for the coming years in a long meeting today."
    paras = split_lines(page("Party delegation visits Laos", standfirst, "By Nguyen Hong", LEDE))
    paras[0].kind, paras[2].kind = "title", "byline"
    assert header_end(paras, 1) == 3  # the lede under the byline, not the standfirst
    paras[2].kind = ""
    assert header_end(paras, 1) == 1  # no byline or dateline below: the first prose
    assert header_end(paras, -1) == -1


def test_a_dateline_after_three_paragraphs_of_text_dates_an_item_not_the_header() -> None:
    # a chamber's running page of reports (held-out 54): the first report's text starts
    # the page's text, so it is kept as text, and the newest report's date is the page's
    report = "This month the chamber sent its notes on the draft rules for online marketplaces."
    invite = "A Vietnam Business Forum session on rooftop solar rules has seats for members."
    feedback = "Tell us which drafts matter most to your business this quarter, and which can wait."
    older = "This week, members of our Customs Committee met provincial customs officers."
    text = "\n".join(
        [
            "Advocacy Updated on March 9, 2023",
            report,
            invite,
            feedback,
            "Advocacy Updated on February 21, 2023",
            older,
        ]
    )
    article = read_article(text + "\n")
    kinds = [p.kind for p in article.paragraphs]
    assert kinds == ["dateline", "lede", "body", "body", "dateline", "body"]
    assert article.header_date.date_start == T("2023-03-09")
    # negative: a standfirst of one paragraph still gives way to the dateline under it
    paras = split_lines(page("Party delegation visits Laos", report, "13/12/2021", LEDE))
    paras[0].kind, paras[2].kind = "title", "dateline"
    assert header_end(paras, 1) == 3


def test_a_date_printed_on_three_lines_is_joined() -> None:
    # a city committee's news page (held-out 54): "17" / "October" / "2019", then the headline
    lines = [
        "    News",
        "",
        "    17",
        "    October",
        "    2019",
        "",
        "    Port forum held",
        "",
        LEDE,
    ]
    article = read_article("\n".join(lines) + "\n")
    assert article.header_date.date_start == T("2019-10-17")
    assert article.header_date.precision == "day"
    assert article.header_evidence == "17 October 2019"
    paras = split_lines("\n".join(lines) + "\n")
    assert split_date(paras, 3) == "17 October 2019"
    # negatives: the year's line alone, a number that is no day, lines of other blocks
    assert split_date(paras, 2) == ""
    assert split_date(split_lines("40\nOctober\n2019\n"), 2) == ""
    assert split_date(split_lines("17\n\nOctober\n\n2019\n"), 2) == ""


@settings(max_examples=40, deadline=None)
@given(articles())
def test_chosen_date_is_a_day_of_the_page(text: str) -> None:
    if not text.strip():
        return
    article = read_article(text)
    for date, evidence in (
        (article.header_date, article.header_evidence),
        (article.footer_date, article.footer_evidence),
    ):
        if date is not None and date.date_start is not None:
            assert 1900 <= date.date_start.year <= 2100
            assert evidence.strip()
            assert all(word in text for word in evidence.split())


_TEASER = (
    "Cassava and coffee growers in the south now sell most of their harvest to traders from "
    "across the border, according to a new survey."
)
_OTHER = "The capital's first rapid bus line is set to open next year after delays over land."


def test_a_listing_pages_first_item_date_beats_the_last_items() -> None:
    listing = page(
        "Farmers turn to new buyers",
        _TEASER,
        "22 March 2019",
        "New bus line",
        _OTHER,
        "23 February 2018",
    )
    article = read_article(listing)
    assert article.header_date.date_start == T("2019-03-22")
    # negative: a date line only after the text (no item dates inside it) stays the date
    article = read_article(page("Farmers turn to new buyers", _TEASER, _OTHER, "23 February 2018"))
    assert article.header_date.date_start == T("2018-02-23")


def test_a_dateline_of_place_and_full_date_without_dash_dates_the_article():
    body = "Both sides also agreed to meet again before the end of the year in the capital."
    comma = read_article(
        page(
            "Two ministers agree on a river survey",
            "OSAKA, Mar 4, 2022, Some Wire. The two ministers agreed on Friday to survey a river.",
            body,
        )
    )
    assert comma.header_date.date_start == T("2022-03-04")
    under_caption = read_article(
        page(
            "Two ministers agree on a river survey",
            "The two ministers at a meeting in Osaka on Thursday, seen from the hall's back row.",
            "OSAKA, Mar 4, 2022, Some Wire. The two ministers agreed on Friday to survey a river.",
            body,
        )
    )
    assert under_caption.header_date.date_start == T("2022-03-04")
    bracket = read_article(
        page(
            "Two ministers agree on a river survey",
            "Kampot (XYZ) 4 March 2022 The two ministers agreed on Friday to survey a river.",
            body,
        )
    )
    assert bracket.header_date.date_start == T("2022-03-04")
    # a date inside the sentence, not after a dateline's place, is no dateline
    sentence = read_article(
        page(
            "Two ministers agree on a river survey",
            "The two ministers who met on Mar 4, 2022 agreed to survey a river together.",
            body,
        )
    )
    assert sentence.header_date is None


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


STORE_PREVIEW = """delta port board annual report on river port...

24

Upload: riverclerk

Post on 22-Jul-2020

11 views

Category:

Documents

TRANSCRIPT

Delta Port Board

Annual report on river port fees

2 April 2014

The board met four times last year and reviewed the fees charged at the river ports.

It recommends that the fees for small barges stay unchanged until the new locks open.
"""


def test_a_document_stores_upload_day_is_no_date_of_the_document() -> None:
    """(held-out 123) "Post on 22-Jul-2020" in a document store's preview chrome is the
    day of the upload (``today_labels``); the document's own date line dates the page. A
    blog's "Posted on" keeps its day."""
    assert read_article(STORE_PREVIEW).header_date.date_start == T("2014-04-02")
    blog = page(
        "Annual report on river port fees",
        "Posted on 22 July 2020",
        "The board met four times last year and reviewed the fees charged at the river ports.",
    )
    assert read_article(blog).header_date.date_start == T("2020-07-22")


def test_a_date_glued_to_a_section_and_a_view_count_is_read():
    article = read_article(
        "Ferry service resumes across the river\n\nApril 04, 2025Travel2817\n\n"
        "The ferry between the two river ports will run twice a day again from Monday after "
        "three months of repairs to its landing stages.\n"
        "Local officials said the crossing saves drivers almost two hours on the coast road.\n"
    )
    assert article.header_date is not None
    assert article.header_date.date_start == pd.Timestamp("2025-04-04")


def test_a_publish_label_glued_to_the_date_after_the_text_is_read():
    article = read_article(
        "Ferry service resumes across the river\n\n"
        "The ferry between the two river ports will run twice a day again from Monday after "
        "three months of repairs to its landing stages.\n"
        "Publish:Wednesday, 18/06/2025 10:05 (GMT+7)\n"
    )
    assert article.paragraphs[-1].kind == "dateline"
    dates = [d for d in (article.header_date, article.footer_date) if d is not None]
    assert [d.date_start for d in dates] == [pd.Timestamp("2025-06-18")]


def test_a_lede_opening_with_a_date_in_another_language_glued_by_an_underscore() -> None:
    text = (
        "2 Ottobre 2024_ Una ferrovia fino al porto è stata al centro dei colloqui tra i "
        "ministri dei trasporti dei due paesi. Un calendario copre i prossimi tre anni.\n"
    )
    article = read_article(text)
    assert article.header_date is not None
    assert article.header_date.date_start == pd.Timestamp(2024, 10, 2)
    french = read_article("12 juin 2022 - Les ministres se sont rencontrés à Vientiane.\n")
    assert french.header_date is not None
    assert french.header_date.date_start == pd.Timestamp(2022, 6, 12)
    # negative: a month's name in running text after a place is no dateline
    later = read_article(
        "I ministri si sono incontrati a Vientiane e hanno parlato del 2 Ottobre 2024 come "
        "data di inizio dei lavori sulla linea ferroviaria tra i due paesi.\n"
    )
    assert later.header_date is None


_ID_LEDE = (
    "Jakarta - Sebuah maskapai Vietnam akan membuka rute langsung ke Bali bulan depan untuk "
    "melayani wisatawan yang terus bertambah, kata juru bicara maskapai di Jakarta, {day}."
)
_ID_BODY = "Tiket penerbangan perdana sudah dijual sejak awal pekan melalui situs maskapai."


def test_the_news_day_in_brackets_after_a_weekday_dates_a_page_without_a_date():
    """Indonesian press: 'Jumat (7/3/2025)' in the opening is the news day when the page
    prints no date; a date in brackets without a weekday is not read so; a dateline in the
    header still wins."""
    page = "Maskapai Vietnam Terbangi Rute Hanoi-Bali\n\n{lede}\n\n" + _ID_BODY + "\n"
    dated = read_article(page.format(lede=_ID_LEDE.format(day="Jumat (7/3/2025)")))
    assert str(dated.header_date.date_start.date()) == "2025-03-07"
    assert dated.flags == ["news_day"]  # the event's day: an address's full date outranks it
    bare = read_article(page.format(lede=_ID_LEDE.format(day="(7/3/2025)")))
    assert bare.header_date is None
    headed = page.replace("\n\n{lede}", "\n\n12/03/2025\n\n{lede}")
    clock = read_article(headed.format(lede=_ID_LEDE.format(day="Jumat (7/3/2025)")))
    assert str(clock.header_date.date_start.date()) == "2025-03-12"
    assert "news_day" not in clock.flags


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


def test_a_list_is_dated_by_its_first_items_lede_not_by_the_next_items_date_line():
    """held-out 109: an agency's old list of releases, each item "DD Month YYYY - Press
    Release" over its headline and a lede "HA NOI, DD Month YYYY – ...": the first item's
    lede dates the page; the next item's date line under it is no lede."""
    text = page(
        "Press Releases",
        "02 October 2013 - Press Release",
        "Midwives in the delta get new training rooms",
        "HA NOI, 02 October 2013 – Six provincial hospitals opened training rooms for "
        "midwives today with help from the Ministry of Health. Each room has a birthing "
        "model, a resuscitation table and a library of guides, and the midwives of nearby "
        "communes will train there every month. The ministry plans ten more rooms next "
        "year in the mountain provinces. more",
        "19 September 2013 - Press Release",
        "Clinics share records online",
        "HA NOI, 19 September 2013 – Twelve clinics began sharing patient records. more",
    )
    assert read_article(text).header_date.date_start == T("2013-10-02")


def test_an_edit_note_as_the_only_date_is_read_as_a_dateline() -> None:
    """An alternative weekly's '*This article was modified on April 2, 2009.' between the
    deck and the text (held-out 58) is the page's only date."""
    page = (
        "A Westminster Cook Takes Her Mother's Banh Xeo Back to Da Nang\n\n"
        "*This article was modified on April 2, 2009.\n\n"
        "The batter is the same, the turmeric is the same, and the skillets came over in a "
        "suitcase. What is new is the address: a narrow shop near the Han River.\n"
    )
    article = read_article(page)
    assert article.header_date.date_start == pd.Timestamp("2009-04-02")
    assert [p.kind for p in article.paragraphs][1] == "dateline"
    # a published date printed too beats the edit note
    both = page.replace("*This article", "Published: March 20, 2009\n\n*This article")
    assert read_article(both).header_date.date_start == pd.Timestamp("2009-03-20")


def test_a_date_line_above_the_headline_is_flagged_for_the_address_to_outrank() -> None:
    """Held-out 37's page under the site's 'today' date ("Tuesday, March 11, 2025", the day
    the page was saved) over the headline: the date is read but flagged ``above_headline``,
    so a full date in the address ("/2025/03/07/") outranks it; the same date line under
    the headline is the page's own date and is not flagged."""
    from pathlib import Path

    from analysis.ingest.url_dates import url_date, url_date_outranks

    zoo = Path(__file__).parent / "data" / "layouts"
    page = "malaysianow_today_date_title_standfirst_other_news_teasers_body_reports_outlet.txt"
    text = (zoo / page).read_text(encoding="utf-8")
    clock = read_article(text)
    assert str(clock.header_date.date_start.date()) == "2025-03-11"
    assert "above_headline" in clock.flags
    day = url_date("https://www.malaysianow.com/out-there-now/2025/03/07/a-title/")
    outranked = scoring_of(load_rules()).url_date_outranks
    assert url_date_outranks(";".join(clock.flags), day, outranked)
    date, headline, rest = text.split("\n\n", 2)
    below = read_article(f"{headline}\n\n{date}\n\n{rest}")
    assert str(below.header_date.date_start.date()) == "2025-03-11"
    assert "above_headline" not in below.flags


def test_a_lede_opening_on_the_events_day_is_no_dateline() -> None:
    """Held-out 63's university page: the lede opens "On 9th April 2011, at the UEB - VNU,
    ...", the event's day in a sentence (``event_sentence_openers``), and the dash after it
    made it read as a dateline; the page prints no date of its own and stays undated. A
    place before the same date and dash is still a dateline."""
    from pathlib import Path

    page = "ueb_vnu_title_lede_on_ordinal_date_at_the_ueb_paragraphs_no_date_line.txt"
    text = (Path(__file__).parent / "data" / "layouts" / page).read_text(encoding="utf-8")
    assert read_article(text).header_date is None
    placed = read_article(
        text.replace("On 9th April 2011, at the UEB - VNU,", "HANOI, 9th April 2011 -")
    )
    assert str(placed.header_date.date_start.date()) == "2011-04-09"


def test_a_time_before_the_date_on_a_date_line_dates_the_page() -> None:
    """held-out 74 (the Farmers' Union's English site): "16:42 - 10/05/2019" under the
    headline was a date line read as no date (the copy check b10bc86 shifted the fixture's
    date line to "09:15 - 22/11/2019")."""
    page = next((Path(__file__).parent / "data" / "layouts").glob("vietnamfarmerunion_*.txt"))
    article = read_article(page.read_text(encoding="utf-8"))
    assert str(article.header_date.date_start)[:10] == "2019-11-22"


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
