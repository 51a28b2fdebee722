"""Tests of ``analysis.ingest.title_scoring``: the features of a header line that may be
the headline (``title_features``), the page's repeated lines and the helpers that read
one line's neighbours, on invented pages (one line's own shape: ``test_title_shapes``)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.headline_context import page_keys
from analysis.ingest.metadata import load_scoring
from analysis.ingest.title_scoring import title_features
from tests.strategies import lines

SCORING = load_scoring()
HEADLINE = "Party delegation visits Laos for talks"
LEDE = "A delegation arrived in Vientiane on Monday for talks with the Lao party, both sides said."


def para(text: str, kind: str = "", line: int = 1, role: str = "") -> SimpleNamespace:
    return SimpleNamespace(text=text, kind=kind, line=line, role=role)


def features(paras, index: int, first_prose: int, **options) -> list[str]:
    options.setdefault("is_prose", index == first_prose)
    options.setdefault("is_outlet_name", False)
    return title_features(
        paras, index, first_prose=first_prose, scoring=SCORING, keys=page_keys(paras), **options
    )


def test_headline_over_a_dateline_and_its_copy_in_a_caption() -> None:
    paras = [
        para(HEADLINE),
        para("Tuesday, February 6, 2024 08:41", "dateline"),
        para(LEDE),
        para(HEADLINE, "caption"),
    ]
    assert features(paras, 0, 2, first_candidate=True) == [
        "good_length",
        "repeated",
        "before_date_or_byline",
        "first_candidate",
    ]
    assert features(paras, 1, 2) == ["good_length", "above_lede", "has_date"]
    assert features(paras, 2, 2) == ["good_length", "prose", "sentence_end", "after_date"]


@pytest.mark.parametrize(
    ("line", "feature"),
    [
        ("Home | News | Politics", "navigation"),
        ("“We will build trust with all our partners.”", "quoted"),
        ("“Trust and partners” without a stop", None),
        ("Đảng Cộng sản Việt Nam", None),  # Vietnamese is Latin script: not foreign
        ("中国共产党代表团访问", "foreign_script"),
        ("NEWS", "capitals_short"),
        ("Nguyen Van Binh", "name_like"),
        ("- an item of a list", "list_item"),
        ("2. The second point", "numbered"),
        # held-out 53: a decimal section number, an affiliation wholly in brackets
        ("3.1. Vị thế của Việt Nam trong các khuôn khổ hợp tác tiểu vùng", "numbered"),
        ("(KHXH&NV, ĐHQG-HN)", "parenthesised"),
        ("Embassy of Viet Nam in Australia", "organisation_name"),
        # a caption closed by a picture agency's credit after the copyright sign (held-out 51)
        (
            "Arrival in the capital: a guard of honour © KEYSTONE/AP Pool/MARK HENDRY",
            "caption_like",
        ),
        # held-out 73: a stock picture's credit over a blog platform's headline, and an
        # institution's press-mention label over a think tank's headline
        ("Image by Carla Mendes on Creative Commons", "caption_like"),
        ("Photo by Quang Le on Unsplash", "caption_like"),
        ("Stimson in the News", "chrome_word"),
        ("the talks went on", "lowercase_start"),
        (" ".join(["word"] * 30), "long"),
    ],
)
def test_one_line_features(line: str, feature: str | None) -> None:
    paras = [para(line), para(LEDE)]
    found = features(paras, 0, 1)
    if feature is None:
        assert not {"foreign_script", "quoted"} & set(found)
    else:
        assert feature in found


@given(st.lists(lines, min_size=1, max_size=6), st.data())
def test_features_are_known_names_in_a_fixed_order(texts: list[str], data) -> None:
    from analysis.ingest.title_scoring import _TITLE_CHECKS

    paras = [para(t) for t in texts]
    index = data.draw(st.integers(0, len(paras) - 1))
    names = [name for name, _ in _TITLE_CHECKS]
    found = features(paras, index, len(paras))
    assert found == [name for name in names if name in found]
    assert len(set(found) & {"good_length", "long"}) <= 1


def test_a_headline_in_title_case_closed_by_a_full_stop_is_still_a_headline():
    from analysis.ingest.layout import read_article

    article = read_article(
        "Latest Updates\n"
        "Delta Provinces Receive First Shipment of Imported River Gauges.\n"
        "Two delta provinces have received the first river gauges bought from abroad, officials said.\n"
        "The gauges will be installed along the main channel before the rainy season begins.\n"
    )
    assert article.title == "Delta Provinces Receive First Shipment of Imported River Gauges."


def test_a_line_in_the_script_of_the_pages_own_text_is_not_foreign() -> None:
    """A Korean headline over Korean text is in the page's script: no ``foreign_script``;
    the same line over English text (viewer chrome of another script) still is."""
    korean = "두 나라 정상, 다음달 서울에서 회담"
    korean_lede = (
        "두 정상은 교역과 투자를 늘리는 방안에 대해 의견을 나눌 예정이라고 청와대가 밝혔다."
    )
    assert "foreign_script" not in features([para(korean), para(korean_lede)], 0, 1)
    assert "foreign_script" in features([para(korean), para(LEDE)], 0, 1)
    russian = "Версия для печати"
    assert "foreign_script" in features([para(russian), para(HEADLINE), para(LEDE)], 0, 2)


def test_the_opening_words_of_a_longer_header_line_below_are_a_cut_copy() -> None:
    """A category's name that the headline below opens with is a ``cut_copy``; a headline
    glued to a caption below (a bracketed credit) does not make the headline one."""
    paras = [para("Trade and borders"), para("Trade and borders with Laos this year"), para(LEDE)]
    assert "cut_copy" in features(paras, 0, 2)
    assert "cut_copy" not in features(paras, 1, 2)
    caption = para(HEADLINE + " in Vientiane (Photo: VNA)")
    assert "cut_copy" not in features([para(HEADLINE), caption, para(LEDE)], 0, 2)


def test_a_report_covers_lines_an_address_piece_and_a_subtitle_after_a_colon() -> None:
    """The document store's report cover of held-out 53: an address block's line ending
    with a comma goes on below (comma_end), and a headline whose subtitle after the colon
    lists words with commas is no labelled list; a label over short items still is."""
    paras = [para("The University of Western Australia,"), para(LEDE)]
    assert "comma_end" in features(paras, 0, 1)
    title = "Mekong Futures: Water, Power and Partnership in a Changing Basin"
    found = features([para(title), para(LEDE)], 0, 1)
    assert "label_list" not in found and "comma_end" not in found
    assert "label_list" in features([para("Tags: Vietnam, Laos, river trade"), para(LEDE)], 0, 1)
    # a one-word label over long items is still a labelled list (held-out 35's index page)
    journal = "Journal: Asian Review of Social Inquiry, 2021, № 2"
    assert "label_list" in features([para(journal), para(LEDE)], 0, 1)
    authors = "Authors: Claire Dunn (ANU), Tran Bich Ngoc (VNU), Somchai Rattanakul (Chula)"
    assert "label_list" in features([para(authors), para(LEDE)], 0, 1)


def test_a_one_word_label_over_a_name_and_a_clause_is_no_list() -> None:
    """Held-out 62's obituary headline with its relative clause (the form first written):
    a one-word label before a name and a clause of many words is a headline's kicker, not
    a label over a list; items of a name each still make a list."""
    headline = "Obituary: Nomsa Khumalo, who made Soweto's teachers read stories aloud"
    assert "label_list" not in features([para(headline), para(LEDE)], 0, 1)
    tags = "Obituary: Nomsa Khumalo, Soweto, teachers, reading aloud"
    assert "label_list" in features([para(tags), para(LEDE)], 0, 1)


def test_a_sentence_under_an_opening_photo_credit_is_no_headline() -> None:
    """The portal's page of held-out 59, pasted from below its headline: the lead image's
    credit ('Photo: Hue University |'), then the standfirst closed by a full stop."""
    credit = para("Photo: Hue University |", kind="caption")
    standfirst = para("Ten scholarships a year for heritage conservation students.")
    assert "under_opening_caption" in features([credit, standfirst, para(LEDE)], 1, 2)
    # a headline without the full stop in the same place is still a headline
    assert "under_opening_caption" not in features([credit, para(HEADLINE), para(LEDE)], 1, 2)
    # a sentence under an unlabelled first line is not read so
    top = para("Scholarships")
    assert "under_opening_caption" not in features([top, standfirst, para(LEDE)], 1, 2)


def test_a_wires_all_news_link_is_no_site_name_over_a_motto():
    """held-out 65: TASS's English page opens "All news" over the headline and a one-line
    standfirst; the headline is no motto under a site's name."""
    from analysis.ingest.layout import read_article

    headline = "Kazan shipyard to deliver two river ferries to Mekong operator next spring"
    text = (
        f"All news\n\n{headline}\n\n"
        "The yard's director said hull welding on the first vessel finished last week\n\n"
        "KAZAN, July 9. /TASS/. A shipyard on the Volga will hand over two shallow-draught "
        "passenger ferries to a river transport company in southern Laos next spring, the "
        "yard's director told reporters.\n\n"
        "He added that the ferries will be shipped in sections through the port of "
        "Vladivostok and assembled at a slipway near Pakse.\n"
    )
    assert read_article(text).title == headline


def test_a_digests_dated_series_name_outscores_its_first_items_heading() -> None:
    """Held-out 65's blog digest: the post's date, the series' name and day ("Mongolia Brief
    May 14, 2014"), the first item's heading and its agency lede. The series name is the
    headline (``dated_series``), not a writer, and the item's heading is a heading."""
    from pathlib import Path

    from analysis.ingest.layout import read_article

    page = "mongoliaeconomy_blogger_weekday_date_series_title_item_headings_city_month_day_paren_agency_caps.txt"
    text = (Path(__file__).parent / "data" / "layouts" / page).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line][:4]
    paras = [para(lines[0], kind="dateline"), para(lines[1]), para(lines[2]), para(lines[3])]
    assert "dated_series" in features(paras, 1, 3)
    assert "dated_series" not in features(paras, 2, 3)
    article = read_article(text)
    assert article.title == "Mongolia Brief May 14, 2014"
    assert article.author == ""
    assert {p.line: p.kind for p in article.paragraphs}[4] == "heading"


def test_a_credit_or_label_shape_inside_a_headline_is_no_caption_or_label() -> None:
    """held-out 73: only a whole credit line ("Image by X on Y") is a caption, only a whole
    "<Name> in the News" line a label."""
    for line in (
        "Image by image, a city rebuilds its riverfront",
        "Stimson in the News: a decade of river work cited in the press",
    ):
        found = features([para(line), para(LEDE)], 0, 1)
        assert "caption_like" not in found and "chrome_word" not in found


def test_a_name_over_a_platforms_reading_time_and_day_is_no_headline() -> None:
    """held-out 73 (a publication's post on a blog platform): the publication's name stands
    between the headline and "35 min readMar 2, 2019"; the headline keeps its place."""
    paras = [
        para("How Vietnam's river ferry operators train their crews"),
        para("On Think Tanks"),
        para("35 min readMar 2, 2019", "dateline"),
        para("Lena Hartmann and Pham Quoc Dung", "byline"),
        para(LEDE),
    ]
    assert "over_reading_time" in features(paras, 1, 4)
    assert "over_reading_time" not in features(paras, 0, 4)
    # a reading time alone (a reader view's "4–5 minutes") counts too
    paras[2] = para("4–5 minutes", "boilerplate")
    assert "over_reading_time" in features(paras, 1, 4)


def test_a_headline_between_two_copies_of_a_names_line_is_no_motto() -> None:
    """held-out 73: "Wang Lifen & Zhou Hao" / headline / "Wang Lifen & Zhou Hao" / lede:
    the line over the headline is no site name over its motto."""
    names = "Wang Lifen & Zhou Hao"
    paras = [
        para(names),
        para("New Trends in China-Vietnam Rail Links: Drivers and Limits"),
        para(names),
        para(LEDE),
    ]
    assert "under_site_name" not in features(paras, 1, 3)
    assert "name_like" in features(paras, 0, 3)
    # a short site name over a motto and a different headline keeps the feature
    paras[0] = para("Harbour Daily")
    assert "under_site_name" in features(paras, 1, 3)


def test_a_line_over_a_page_type_label_gains_over_type_label() -> None:
    """held-out 74: "• Speech, check against delivery" and "• Transcript, E&OE" under a
    government page's headline; a longer line naming a speech is no such label."""
    for label in ("  • Speech, check against delivery", "• Transcript, E&OE", "Media release"):
        paras = [para("Vietnam National Day Reception"), para(label), para(LEDE)]
        assert "over_type_label" in features(paras, 0, 2)
    paras = [para(HEADLINE), para("Speech by the minister at the opening of the fair"), para(LEDE)]
    assert "over_type_label" not in features(paras, 0, 2)


def test_an_icons_alt_text_over_a_day_heading_is_no_site_name() -> None:
    """fix32a: "return icon" over a day's heading made the heading read as a site's motto
    under a site's name; an icon's alt text in small letters is chrome."""
    from analysis.ingest.layout import read_article

    page = (
        "return icon\n\nDELTA NEWS JUNE 2 (updated hourly)\n\n"
        "Can Tho opens a river school for ferry crews\n\n"
        "A training school for ferry crews opened in Can Tho on June 1, offering free courses "
        "in navigation and rescue for young boatmen from the delta provinces.\n"
    )
    assert read_article(page).title == "DELTA NEWS JUNE 2 (updated hourly)"


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("return icon", True),
        ("lock icon", True),
        ("search-icon", True),
        ("Fashion Icon", False),  # capitalised: left to the scoring
        ("A national icon returns", False),
        ("Hanoi, May 5 (VNA) - icon", False),
        ("By Anna Bell", False),
    ],
)
def test_an_icons_alt_text_is_chrome(line: str, chrome: bool) -> None:
    from analysis.ingest.metadata import load_scoring

    assert bool(load_scoring().chrome.match(line)) is chrome
