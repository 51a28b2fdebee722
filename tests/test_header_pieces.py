"""Tests of ``analysis.ingest.layout.header_pieces``: dates glued before a headline or
after a byline split off the header line, every character kept. Every line is invented."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.header_pieces import (
    glued_date_end,
    glued_trailing_date_start,
    source_prefix_end,
    split_header_pieces,
    trailing_tools_start,
)
from analysis.ingest.layout.lines import before_lede, split_lines
from analysis.ingest.page_rules import load_rules, scoring_of

RULES = load_rules()
SCORING = scoring_of(RULES)


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Published: 13/12/2021 Party delegation visits Laos", 22),
        ("(13/12/2021) Party delegation visits Laos today", 13),
        ("13/12/2021 08:41 A delegation arrived in Vientiane", 17),
        ("13/12/2021 Party", 0),  # too few words after it
        ("Party delegation visits Laos", 0),
        ("last year the delegation visited Laos", 0),  # relative: not a date of the page
    ],
)
def test_glued_date_end(text: str, end: int) -> None:
    assert glued_date_end(text, SCORING) == end


def test_split_header_pieces_splits_a_glued_date() -> None:
    paras = split_lines("Published: 13/12/2021 Party delegation visits Laos\n\nBody.\n")
    split_header_pieces(paras, RULES)
    assert [(p.text, p.kind) for p in paras] == [
        ("Published: 13/12/2021", "dateline"),
        ("Party delegation visits Laos", ""),
        ("Body.", ""),
    ]
    assert paras[0].line == paras[1].line
    assert before_lede(paras, 0) and not before_lede(paras, 1)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("By Hoang Minh ThuSeptember 07, 2019", 17),
        ("Hoang Minh ThuSept. 7, 2019 10:30 AM", 14),
        ("PoliticsMonday, 7 September 2019", 8),
        ("WorldTuesday, September 10, 2019", 5),
        ("By Hoang Minh Thu September 07, 2019", 0),  # spaced: the byline reads it whole
        ("Talks resumed in MarchSeptember 07, 2019 and more", 0),  # the date is not last
        ("September 07, 2019", 0),  # nothing before the date
        ("The delegation met in JuneMay be the next round", 0),  # "May be": no date
        ("McDonaldMarch", 0),  # a month name without its number
    ],
)
def test_glued_trailing_date_start(text: str, start: int) -> None:
    assert glued_trailing_date_start(text, RULES) == start


def test_a_byline_glued_to_its_date_is_split_and_both_are_read() -> None:
    paras = split_lines("By Hoang Minh ThuSeptember 07, 2019\n\nBody.\n")
    split_header_pieces(paras, RULES)
    assert [(p.text, p.kind) for p in paras] == [
        ("By Hoang Minh Thu", ""),
        ("September 07, 2019", "dateline"),
        ("Body.", ""),
    ]
    assert "".join(p.raw for p in paras) == "By Hoang Minh ThuSeptember 07, 2019\n\nBody.\n"


# A radio transcript's page (held-out 58): the headline glued to its teaser on the first
# line, then the site's logo and the headline again, alone, over the player.
TRANSCRIPT = (
    "Delta Catfish Farmers Watch Vietnam Trade Talks Farmers in the Mississippi Delta fear "
    "that a new trade deal will bring more Vietnamese fish into American supermarkets.\n"
    "NPR logo\n\n"
    "Delta Catfish Farmers Watch Vietnam Trade Talks\n\n"
    "STEVE INSKEEP, host:\n\n"
    "Trade negotiators from Washington and Hanoi meet again this week, and few people follow "
    "the talks more closely than catfish farmers in Mississippi.\n"
)


def test_a_first_line_opening_with_a_headline_repeated_alone_below_is_split() -> None:
    paras = split_lines(TRANSCRIPT)
    split_header_pieces(paras, RULES)
    assert paras[0].text == "Delta Catfish Farmers Watch Vietnam Trade Talks"
    assert paras[1].text.startswith("Farmers in the Mississippi Delta fear")
    assert "".join(p.raw for p in paras) == TRANSCRIPT  # every character kept


def test_a_lede_whose_opening_words_stand_nowhere_alone_is_not_split() -> None:
    # negative: without the headline's copy below, the first line stays whole
    text = TRANSCRIPT.replace("Delta Catfish Farmers Watch Vietnam Trade Talks\n\n", "")
    paras = split_lines(text)
    split_header_pieces(paras, RULES)
    assert paras[0].text.startswith("Delta Catfish Farmers Watch Vietnam Trade Talks Farmers")


def test_a_pages_tools_after_the_date_line_are_split_off():
    """Held-out 60: a state portal's "Xinhua, June 22, 2017 Adjust font size:"."""
    scoring = scoring_of(load_rules())
    line = "Xinhua, June 22, 2017 Adjust font size:"
    assert line[: trailing_tools_start(line, scoring)] == "Xinhua, June 22, 2017"
    # negative: a clock's "Search" stays with its date; tools without a date stay whole
    assert trailing_tools_start("Saturday, May 27, 2017 Search", scoring) == 0
    assert trailing_tools_start("Ferry timetable Adjust font size:", scoring) == 0


def test_the_date_before_a_pages_tools_is_the_publication_date():
    page = (
        "Mekong countries to share flood data under new ADB-backed platform\n"
        "Xinhua, June 22, 2017 Adjust font size:\n"
        "Cambodia, Laos, Myanmar, Thailand and Vietnam will pool river gauge readings on a "
        "shared online platform funded by the Asian Development Bank (ADB), officials said.\n"
    )
    article = read_article(page)
    line = next(p for p in article.paragraphs if p.text.startswith("Xinhua"))
    assert line.text == "Xinhua, June 22, 2017"  # read as a credit line with its date
    assert line.kind == "credit"


def test_tools_are_split_only_right_after_a_short_date_line():
    """A render line ("... Render date: 2024-12-26T08:20:50Z Has data issue: false") keeps
    its words: the date does not close the words before the tools."""
    scoring = scoring_of(load_rules())
    line = (
        "Hostname: page-7 Total loading time: 0 Render date: 2024-12-26T08:20:50Z "
        "Has data issue: false"
    )
    assert trailing_tools_start(line, scoring) == 0


def test_a_feed_label_and_a_source_glued_before_the_headline_are_split_off() -> None:
    """held-out 66: a feed digest's numbered line "1. <feed> (114 sites): Voice of America:
    <headline>" scored too low for a headline, and the page had none."""
    rules = load_rules()
    headline = "Vietnam, Laos Sign Deal on Cross-Border Power Lines"
    line = f"1. Russia from Michael_Novakhov (114 sites): Voice of America: {headline}"
    assert line[source_prefix_end(line, rules) :] == headline
    lede = (
        "Vietnam and Laos on Tuesday signed an agreement to build two new high-voltage lines "
        "across their border, letting Vietnam buy more electricity from Lao hydropower dams."
    )
    article = read_article(f"News Reviews\n\n{line}\n\n{lede}\n")
    assert article.title == headline
    # a press release's headline opening with its source stays whole
    assert not source_prefix_end("Global Times: Tea growers expect an early spring harvest", rules)
    # a source's name before a sentence is a lede, not a headline
    assert not source_prefix_end(f"Daily digest: Reuters: {lede}", rules)


def test_a_templates_settings_line_ends_no_header() -> None:
    """China Daily Hong Kong's opinion page (held-out 65): the template's settings line is
    long enough to read as prose, but it is boilerplate, so the header goes on below it and
    the date glued to the byline again over the text ("Thursday, April 11, 2019, 09:47 By
    Liang Weiguo") is split as in any header, not left as one heading of the text."""
    from pathlib import Path

    page = "chinadailyhk_banner_gif_outlet_json_config_breadcrumb_gt_weekday_date_time_title_by_name_repeated_line.txt"
    text = (Path(__file__).parent / "data" / "layouts" / page).read_text(encoding="utf-8")
    paras = split_lines(text)
    split_header_pieces(paras, RULES)
    assert [(p.line, p.kind) for p in paras if p.line == 10] == [(10, "dateline"), (10, "")]
    kinds = [p.kind for p in read_article(text).paragraphs if p.line == 10]
    assert kinds == ["dateline", "byline"]


def test_a_date_labelled_published_on_is_cut_from_the_byline_after_it() -> None:
    """held-out 70 (a naval trade site): "Published on DD/MM/YYYY By Name In News"."""
    text = "Published on 14/05/2024 By Rizal Pratama In News"
    assert text[: glued_date_end(text, SCORING)].strip() == "Published on 14/05/2024"
    article = read_article(
        "Indonesian Navy commissions two patrol vessels\n"
        f"{text}\n"
        "The Indonesian Navy commissioned two offshore patrol vessels on Tuesday at the yard that built them.\n"
    )
    assert article.author == "Rizal Pratama"
    assert article.header_date is not None
    assert article.header_date.timex_value == "2024-05-14"
