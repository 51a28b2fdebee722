"""Tests of ``analysis.ingest.layout.unbylined_authors``: authors read where no byline
names them (an author's note, the opening's words, a byline in capitals run into the
opening, a byline opening the lede, a name stamped beside the date, a writer's name before
the headline's colon)."""

from __future__ import annotations

import pytest

from analysis.core.data_files import load_data_file
from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.layout.unbylined_authors import (
    AUTHORS_WITHOUT_BYLINE,
    WRITES_FOR,
    lede_byline,
    stamped_name,
)
from analysis.ingest.page_rules import load_rules
from tests.test_layout_bylines import BODY, page  # the same placeholder page

RULES = load_rules()


def test_authors_note_after_the_text() -> None:
    note = "Tran Quoc Vinh is a research associate."
    assert read_article(page("13/12/2021", footer=(note,))).author == "Tran Quoc Vinh"


def test_authors_note_long_enough_to_be_prose() -> None:
    """A note of twelve words or more with its stop is the last prose paragraph itself;
    it is read too (it was skipped: only lines after the last prose were read)."""
    note = "Tran Quoc Vinh is a research associate at the Institute of Asian Studies."
    article = read_article(page("13/12/2021", footer=(note,)))
    assert article.author == "Tran Quoc Vinh"
    assert article.author_source.startswith("author's note, line 9")


def test_writes_for_names_the_writer_and_the_outlet() -> None:
    found = WRITES_FOR.search(
        "The port reopened on Monday, writes Nadia Orr for Inter Press Service."
    )
    assert found is not None
    assert found.group("name") == "Nadia Orr"
    assert found.group("outlet").rstrip(".") == "Inter Press Service"
    # negative: a sentence without "writes ... for" names nobody
    assert WRITES_FOR.search("The port reopened on Monday for Inter Press Service.") is None


def test_a_byline_opening_the_lede_is_read_only_without_a_marked_byline() -> None:
    paras = split_lines("Headline here\n\nBy Rohan Iyer, Hanoi: The port is open again.\n")
    paras[1].kind = "lede"
    found = lede_byline(paras, [], RULES)
    assert found is not None and found[0] == ["Rohan Iyer"]
    marked = split_lines("By Le Van Minh\n")
    assert lede_byline(paras, marked, RULES) is None


def test_a_name_stamped_beside_an_iso_date_under_the_headline() -> None:
    paras = split_lines("Two countries deepen ties\n\nBatsaikhan 2017-04-04 06:04\n")
    paras[0].kind = "title"
    found = stamped_name(paras, RULES)
    assert found is not None and found[0] == "Batsaikhan"
    # negative: a month before the date is no writer
    paras[1].text = "April 2017-04-04 06:04"
    assert stamped_name(paras, RULES) is None


def test_the_readers_are_tried_in_order_ending_with_the_headlines_writer() -> None:
    names = [f.__name__ for f in AUTHORS_WITHOUT_BYLINE]
    assert names[0] == "_author_notes"
    assert "_capital_byline" in names
    assert names[-1] == "_headline_writer"  # the weakest evidence, tried last


#: The diendantheky page of held-out 53 (its first lines): a Blogger commentary whose
#: headline opens with its writer's name and a colon.
_NAME_COLON_PAGE = (
    "Thứ Năm, 15 tháng 6, 2023\n\n\n"
    "Trần Vy: Tàu khảo sát trở lại vùng biển phía Nam: Tính toán và cái giá ngoại giao\n\n\n"
    "Chiu ngày 12/6/2023, người phát ngôn B Ngoi giao cho biết mt tàu kho sát nước ngoài "
    "cùng my tàu h tng đã đi sâu vào vùng đc quyn kinh tế phía Nam trong sut ba ngày liên "
    "tiếp.[1] \n\n\n"
    "Theo các trang theo dõi tàu thuyn, đi tàu này xut hin ln đu gn bãi cn phía Nam t "
    "ngày 3/6 và sau đó di chuyn dn v phía b.[2] Đây là ln th ba trong năm nay mt đi tàu "
    "như vy quay li khu vc.\n"
)


def test_a_writers_name_before_the_headlines_colon() -> None:
    article = read_article(_NAME_COLON_PAGE)
    assert article.author == "Trần Vy"
    assert article.author_source.startswith("writer's name before the headline's colon")
    # the title keeps the whole line (the zoo's gold)
    assert article.title.startswith("Trần Vy: Tàu khảo sát")


def test_a_speaker_quoted_in_a_headline_is_no_writer() -> None:
    """Negatives: a speaker before the colon is named in the text; two capitalised words
    without a family name ("Balancing Act") are no name."""
    speaker = _NAME_COLON_PAGE.replace("Trần Vy:", "Tô Lâm:").replace(
        "người phát ngôn", "Tổng Bí thư Tô Lâm và người phát ngôn"
    )
    assert read_article(speaker).author == ""
    quoted = _NAME_COLON_PAGE.replace("người phát ngôn", "ông Trần Vy và người phát ngôn")
    assert read_article(quoted).author == ""
    topic = _NAME_COLON_PAGE.replace("Trần Vy:", "Balancing Act:")
    assert read_article(topic).author == ""


def test_a_name_over_a_biography_opening_with_its_first_name_is_the_writer() -> None:
    """A regional news site's writer box after the text (held-out 58): the name alone,
    then a biography that opens with her first name."""
    footer = (
        "Feature image source credit: Port of Bar, May 2019",
        "Dragana Kovac",
        "Dragana is a correspondent of The SEE Observer in Podgorica. She has covered "
        "shipping and energy in the Adriatic for more than a decade.",
    )
    article = read_article(page(footer=footer))
    assert article.author == "Dragana Kovac"
    assert article.author_source.startswith("name over the writer's biography")


def test_a_name_over_a_paragraph_about_someone_else_is_no_writer() -> None:
    # negative: the paragraph under the name does not open with it
    footer = (
        "Dragana Kovac",
        "The port's director said the first coffee shipment was expected in the spring, "
        "after the customs warehouse is ready.",
    )
    assert read_article(page(footer=footer)).author == ""


def test_a_newsletters_greeting_names_its_writer() -> None:
    """The Substack newsletter of held-out 59, pasted from its body: no headline, no byline;
    the greeting introduces the newsletter and its writer."""
    greeting = (
        "Hello from a very wet Hanoi. This is the Vietnam Weekly, written by reporter Daniel "
        "Hargreave, and this edition goes in full to paid subscribers; everyone else gets the "
        "first two items."
    )
    body = "The government issued a decree last Tuesday that lets smaller traders export rice."
    article = read_article(f"{greeting}\n{body}\n")
    assert article.author == "Daniel Hargreave"
    welcome = (
        "Good morning! Welcome to the latest edition of the Mekong Memo, written by "
        "Ho Chi Minh City-based (and tired) reporter Lena Okafor. Today's post is short."
    )
    assert read_article(f"{welcome}\n{body}\n").author == "Lena Okafor"
    # negative: a book presented in a lede names no writer of the page
    book = (
        "This is a novel written by Bao Ninh, whose story of the war was banned for years, "
        "and it is back in the shops this month."
    )
    assert read_article(f"{book}\n{body}\n").author == ""


def test_an_academys_note_introducing_a_feature_names_its_writer() -> None:
    """The academy's English 'Features' of held-out 71: no byline; the editor's note over
    the text names the writer with academic titles and a post after a comma."""
    note = (
        "The website of Ho Chi Minh National Academy of Politics would like to introduce the "
        "feature authored by Prof. Dr. Le Van Hoa, Director of the Institute of Economics, "
        "published in the Journal of Political Economy in February 2017."
    )
    body = "The reform of farm cooperatives in the late 1980s gave households their plots."
    head = "Lessons of cooperative farming reform for today's rural policy\n21/03/2017 08:30\n"
    assert read_article(f"{head}{note}\n***\n{body}\n").author == "Le Van Hoa"
    # negative: a feature introduced without its writer names none
    plain = "The website would like to introduce the feature on the reform of farm cooperatives."
    assert read_article(f"{head}{plain}\n***\n{body}\n").author == ""


def test_an_editors_note_naming_the_guest_writer_first_names_the_writer() -> None:
    """held-out 73 (a paper's guest analysis): "Editor’s note: Dr. Name, <post>, explains
    ... in this piece written exclusively for <paper>." names its writer."""
    head = (
        "What Vietnam’s cities can learn from Singapore’s hawker centres\n\n"
        "Tuesday, April 12, 2016, 14:35 GMT+7\n\n"
    )
    note = (
        "Editor’s note: Dr. Le Thi Thu Ha, a lecturer at the Faculty of Urban Studies at the "
        "University of Social Sciences and Humanities in Ho Chi Minh City, explains what street "
        "vendors and city planners could borrow from Singapore in this piece written "
        "exclusively for Tuoi Tre News."
    )
    body = "Street food is part of what draws visitors to Vietnam's cities, yet vendors move on."
    assert read_article(f"{head}{note}\n\n{body}\n").author == "Le Thi Thu Ha"
    # negative: an editor's note about the story, naming no writer of the piece
    plain = "Editor’s note: This story was updated on April 13 to correct a figure in this piece."
    assert read_article(f"{head}{plain}\n\n{body}\n").author == ""


def test_a_press_contact_or_an_event_label_after_the_text_is_no_writer() -> None:
    """held-out 73: "Media Inquiries" under a think tank's page, "Event Date" over an event
    report's day, are labels, never a writer's name."""
    body = "Analysts pooled readings from river gauges in four countries over ten years."
    for label in ("Media Inquiries", "Event Date"):
        text = f"Delta sand loss study cited in a paper\n\n{body}\n\n{label}\nMarch 9, 2023\n"
        assert read_article(text).author == ""


def test_a_writers_note_above_the_comment_form_names_the_writer() -> None:
    # held-out 75: a blog theme's box 'About Webmaster 867 Articles' (the site's account)
    # over the writer's note, then 'Be the first to comment' / 'Leave a Reply'
    page = (
        "Island Ferry Operators Count on a New Harbour by 2017\n\n"
        "FAR EAST CORRESPONDENT — After years of waiting for funds, ferry operators on the "
        "eastern islands say a new deep-water harbour could be working by next year.\n\n"
        "About Webmaster 867 Articles\n\n"
        "Marcus Delane is a correspondent and author who has reported from across the region "
        "for three decades.\n\n"
        "Be the first to comment\n\n"
        "Leave a Reply\n\n"
        "This site uses Akismet to reduce spam. Learn how your comment data is processed.\n"
    )
    assert read_article(page).author == "Marcus Delane"


def test_a_headline_naming_the_article_contributed_by_a_minister_names_the_writer() -> None:
    # held-out 75: a ministry's page, the writer with honorifics and post in the headline
    page = (
        "Ministry of Foreign Affairs\n\n"
        "A Commemorative Article contributed by H.E. U Min Thein Aung, Union Minister for "
        "Agriculture, on the occasion of the 20th Anniversary of the Seed Exchange\n\n"
        "April 21, 2016\n\n"
        "The seed exchange programme began twenty years ago with a few bags of rice and bean "
        "seed carried between research stations.\n\n"
        "Its first aim was modest: to keep old local varieties from disappearing.\n"
    )
    assert read_article(page).author == "Min Thein Aung"


def test_an_article_contributed_by_someone_in_the_middle_of_the_text_is_no_writer() -> None:
    page = (
        "Seed banks open in the hills\n\n"
        "Two seed banks opened in the hill regions this week, officials said.\n\n"
        "Farmers welcomed the banks. Last year a commemorative article contributed by U Min "
        "Thein Aung, then a minister, called for them.\n\n"
        "The banks will store rice and bean seed.\n"
    )
    assert read_article(page).author == ""


def test_a_labelled_single_name_beside_an_iso_date_is_the_writer() -> None:
    """ "Write: Rosalind [2012-04-18]" under a Chinese portal's headline (held-out 74): the
    label says it is a byline, the date beside it a CMS's stamp, so a single given name is
    read, as ``stamped_name`` reads one."""
    article = read_article(page("Write: Rosalind [2012-04-18]"))
    assert article.author == "Rosalind"
    assert article.author_source == "labelled name beside its date, line 3"
    assert read_article(page("Writer: Kim Lan 2012-04-18 10:05")).author == "Kim Lan"


def test_a_labelled_account_or_an_unlabelled_name_beside_a_date_is_no_writer() -> None:
    assert read_article(page("Write: Admin [2012-04-18]")).author == ""
    assert read_article(page("Rosalind [2012-04-18]")).author == ""
    assert read_article(page("Write to us [2012-04-18]")).author == ""


def test_a_writer_presented_by_post_then_name_is_the_writer() -> None:
    """A blog quoting a paper's line that presents a guest article's writer by post, then
    by name in apposition (held-out 74)."""
    lede = (
        "Harbour Weekly presents an article written by the Norwegian Ambassador to Viet Nam, "
        "Ingrid Solberg, to mark the opening of a ferry school."
    )
    assert read_article(f"Ambassador's letter\n\n{lede}\n\n{BODY}\n").author == "Ingrid Solberg"


def test_a_post_without_a_name_after_it_names_no_writer() -> None:
    lede = (
        "Harbour Weekly presents an article written by the Norwegian Ambassador to Viet Nam, "
        "who visited the ferry school last week."
    )
    assert read_article(f"Ambassador's letter\n\n{lede}\n\n{BODY}\n").author == ""


def test_a_name_a_slash_and_a_place_opening_the_lede_is_the_writer() -> None:
    """ "Deepak Raj Sharma / Kathmandu: Every June ..." (a Nepali portal's opinion page,
    held-out 61): the writer and the place, then a colon, open the lede without "By"."""
    lede = (
        "Mira Joshi / Kathmandu: Every spring the ferry office promises new boats before "
        "the monsoon, and every summer the old ones carry the crowds."
    )
    article = read_article(f"Of ferries and promises\n\n{lede}\n\n{BODY}\n")
    assert article.author == "Mira Joshi"
    assert article.author_source.startswith("writer and place opening the lede")


def test_a_kicker_in_capitals_or_a_name_before_no_place_is_no_writer() -> None:
    """A column's kicker and a country ("ASIA LETTER/VIETNAM: ...", held-out 66), or a name
    before words that are no place, name no writer."""
    rest = "Twenty ferry captains spent a month shadowing pilots in two harbours abroad."
    for opening in ("ASIA LETTER/VIETNAM", "Mira Joshi / Ferry Reform", "Hanoi / Kathmandu"):
        text = f"Ferry captains learn abroad\n\n{opening}: {rest}\n\n{BODY}\n"
        assert read_article(text).author == "", opening


_ORCHARD_HEAD = "Orchard Prices and the Valley Towns\n\n"
_ORCHARD_BODY = (
    "Apple growers in the upper valley sold most of their crop to two buyers for a decade, "
    "and the price each season was set before the first fruit was picked."
)


def test_a_standfirst_presenting_the_writers_piece_names_the_writer() -> None:
    """held-out 77 (a geopolitics site's standfirst): "... In this piece, Name examines
    ..." names its writer."""
    for verb in ("examines", "argues that", "looks at"):
        standfirst = (
            "Growers want a common price for early apples. In this piece, Rosa Delmar "
            f"{verb} what a shared price would change for the valley towns."
        )
        page = f"{_ORCHARD_HEAD}{standfirst}\n\n{_ORCHARD_BODY}\n"
        assert read_article(page).author == "Rosa Delmar"
    # negative: the piece presented without a name, or a name after another verb
    for other in (
        "In this piece, the growers' union examines what a shared price would change.",
        "In this piece, Rosa Delmar's orchard stands for the valley's small farms.",
    ):
        assert read_article(f"{_ORCHARD_HEAD}{other}\n\n{_ORCHARD_BODY}\n").author == ""


def test_a_bracketed_writers_note_opening_the_text_names_the_writer() -> None:
    """held-out 77 (a history site): "[Name is Professor of History at ...]" opens the
    text and names its writer."""
    note = (
        "[Rosa Delmar is Professor of Rural History at Harbour State University and the "
        "author of a book on the valley's orchards.]"
    )
    assert read_article(f"{_ORCHARD_HEAD}{note}\n\n{_ORCHARD_BODY}\n").author == "Rosa Delmar"
    # negative: a bracketed note about a place, or one that names no post
    for other in (
        "[Harbour Valley is a region of orchards and small market towns in the north.]",
        "[Rosa Delmar is away this week; her column returns on Monday.]",
    ):
        assert read_article(f"{_ORCHARD_HEAD}{other}\n\n{_ORCHARD_BODY}\n").author == ""


_AGENCY_LEDE = """Ferry news - roundup

River ferries: a province opens a night market beside the border pier
{opening} (RFI) - Today traders on the border river opened a night market beside the ferry pier, a month after the crossing reopened.
The market is run by a committee of traders from both banks, and the ferries now run until ten at night.
"""


def test_a_persons_name_before_the_agency_marker_is_the_writer() -> None:
    """(held-out 94) "Minh Khoa (RFI) - Today ...": the name split off the lede with the
    agency's marker is the writer when it is a person's name."""
    for name in ("Lan Huong", "Nguyen Minh Khoa", "Claire Dubois"):
        article = read_article(_AGENCY_LEDE.format(opening=name))
        assert article.author == name
        assert "writer before the agency" in article.author_source
    # negative: a byline line names the writer
    bylined = _AGENCY_LEDE.replace("\n{opening}", "\nBy Tran Van Nam\n{opening}")
    assert read_article(bylined.format(opening="Lan Huong")).author == "Tran Van Nam"


def test_a_name_the_text_uses_as_a_place_before_the_agency_is_no_writer() -> None:
    """A town the place lists lack ("Can Gio (VNA) - ...") is no writer when the text
    names it as a place ("Can Gio district", "in Can Gio"); a one-word name is never read."""
    for later in ("the Can Gio district office", "traders in Can Gio", "the town of Can Gio"):
        page = _AGENCY_LEDE.format(opening="Can Gio").replace("ten at night", later)
        assert read_article(page).author == ""
    assert read_article(_AGENCY_LEDE.format(opening="Hue")).author == ""
    # a writer quoted in his own story stays the writer ("Minh Khoa's view")
    page = _AGENCY_LEDE.format(opening="Lan Huong").replace("ten at night", "in Lan Huong's view")
    assert read_article(page).author == "Lan Huong"


def _probed_places() -> list[str]:
    """Every place of ``data/places.csv`` (Vietnam's 63 provinces and centrally-run
    cities, its towns, Laos' and Cambodia's provinces, the foreign cities), by name and by
    each spelling with diacritics."""
    table = load_data_file("places.csv")
    names = list(table["name"])
    names += [a for cell in table["aliases"] for a in cell.split("|") if not a.isascii()]
    return names


def test_the_place_lists_hold_vietnams_63_provinces_and_20_foreign_cities() -> None:
    table = load_data_file("places.csv")
    vietnam = table[table["country"] == "Vietnam"]
    assert vietnam["kind"].isin(["province", "municipality"]).sum() == 63
    foreign = table[~table["country"].isin(["Vietnam", "Laos", "Cambodia"])]
    assert len(foreign) >= 20


#: The forms of a state agency's dateline probed for each place.
_DATELINES = ("{place} (VNA) - ", "{place} (VNA) – ", "{upper} (VNA) - ")


@pytest.mark.parametrize("place", _probed_places())
def test_a_place_before_the_agency_marker_is_no_writer(place: str) -> None:
    """VNA's dateline "Quang Ninh (VNA) - ..." names a place, not a writer, for every
    place of the lists (a fixmix rule reading "Name (RFI) - " as a writer was reverted in
    session 30: it made 58 of 78 provinces and towns tried the author)."""
    for form in _DATELINES:
        opening = form.format(place=place, upper=place.upper())
        page = (
            "Delegation visits the province\n\n"
            f"{opening}The provincial leaders met a visiting delegation on Monday to "
            "discuss trade and ferry links across the river.\n\nThe talks covered schools.\n"
        )
        assert read_article(page).author == "", opening


def test_a_standfirst_opening_with_the_writers_name_in_capitals_names_the_writer() -> None:
    """held-out 116 (a labour daily's report): "NAME IN CAPITALS reports back from ..."
    opens the standfirst, under a teaser of another page that names its own writer."""
    teaser = "Bus fares in the valley towns rose again this spring, writes Dora Penn"
    standfirst = (
        "ROSA DELMAR reports back from a week with the apple growers of the upper valley "
        "– and on what the new price rules mean for them"
    )
    assert read_article(f"{teaser}\n{standfirst}\n\n{_ORCHARD_BODY}\n").author == "Rosa Delmar"
    looks = standfirst.replace("reports back from", "looks at")
    assert read_article(f"{_ORCHARD_HEAD}{looks}\n\n{_ORCHARD_BODY}\n").author == "Rosa Delmar"
    # negatives: a one-word drop cap, a name in capitals before another verb, in title case
    for other in (
        "THE growers of the upper valley report a record harvest and a falling price.",
        "ROSA DELMAR, the growers' leader, says a shared price would change the towns.",
        "Rosa Delmar reports back from a week with the apple growers of the upper valley.",
    ):
        assert read_article(f"{_ORCHARD_HEAD}{other}\n\n{_ORCHARD_BODY}\n").author == ""


def test_an_editors_note_presenting_this_essay_by_its_writer_names_the_writer() -> None:
    """held-out 118 (a contest essay's AMP copy, lines without blanks): "This essay by
    Name, a student at ..., took second place." under the editors' first line."""
    note = (
        "Each spring the review runs a writing contest for students.\n"
        "This essay by Rosa Delmar, a student at Harbour State University, took first place."
    )
    page = f"{_ORCHARD_HEAD}{note}\n{_ORCHARD_BODY}\n"
    assert read_article(page).author == "Rosa Delmar"
    # negatives: another work cited by its writer, the writer not named, "The essay by"
    for other in (
        "This book by Rosa Delmar, published in 1990, first told the growers' story.",
        "This essay by the winner of last year's contest took first place.",
        "The essay by Rosa Delmar, a student at Harbour State University, is next week's.",
    ):
        assert read_article(f"{_ORCHARD_HEAD}{other}\n{_ORCHARD_BODY}\n").author == ""
