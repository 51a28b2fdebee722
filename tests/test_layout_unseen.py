"""Layouts of the unseen batches held-out 45 to 48 (benchmarks/layout_batches.md), each on an
invented page: the general mechanism a miss called for, and a negative case it must leave
alone."""

from __future__ import annotations

from analysis.ingest.layout import read_article

_BODY = (
    "\n\nThe ferry between the two river ports will run twice a day again from Monday after "
    "three months of repairs to its landing stages.\n\n"
    "Local officials said the crossing saves drivers almost two hours on the coast road.\n"
)
_TITLE = "Ferry service resumes across the river"


def test_a_footer_menu_and_file_site_buttons_are_no_writer():
    for chrome in ("Home Terms Privacy GDPR", "About Us | Contact | Disclaimer", "DOWNLOAD FILE"):
        article = read_article(f"{_TITLE}{_BODY}\n{chrome}\n")
        assert article.author == "", chrome
        assert article.paragraphs[-1].kind == "boilerplate", chrome
    article = read_article(f"Report DMCA / Copyright\n\n{_TITLE}{_BODY}")
    assert article.outlet == ""
    # negative: a writer's name at the foot is still read
    article = read_article(f"{_TITLE}{_BODY}\nNguyen Van An\n")
    assert article.author == "Nguyen Van An"


def test_an_images_file_name_left_as_alt_text_is_not_the_headline():
    for alt in ("River ferry landing-min", "ferry-pier-scaled", "IMG_2041", "ferry_pier.jpg"):
        article = read_article(f"{alt}\n\n{_TITLE}\n\n{_TITLE}\n\n{alt}{_BODY}")
        assert article.title == _TITLE, alt
        assert article.outlet == "", alt
    # negative: a headline with a hyphenated word or a number is still the headline
    for title in ("Ferry service resumes after two-month break", "Photo exhibition opens in Hue"):
        assert read_article(f"{title}{_BODY}").title == title


def test_a_byline_label_in_another_language_and_the_date_line_under_it():
    article = read_article(
        f"{_TITLE}\n\nAutor: Tomasz Wielgosz\n\nOpublikowano: 4 lipca, 2023\n\n"
        f"Background of the crossing{_BODY}"
    )
    assert article.author == "Tomasz Wielgosz"
    kinds = {p.text: p.kind for p in article.paragraphs}
    assert kinds["Background of the crossing"] != "byline"  # a subhead, not an affiliation
    assert read_article(f"{_TITLE}\n\nAuteur : Jean Dupont{_BODY}").author == "Jean Dupont"
    # negative: a photo credit behind the same word is no byline
    article = read_article(f"Autor foto: Jan Kowalski\n\n{_TITLE}{_BODY}")
    assert article.author == ""


def test_a_note_mark_closing_a_byline_is_not_part_of_the_name():
    for mark in ("[i]", "[1]", "[*]"):
        article = read_article(f"{_TITLE}\n\nBy Somchai Rattanakul{mark}\n\n[Thai version]{_BODY}")
        assert article.author == "Somchai Rattanakul", mark
    # negative: a bracketed word that is no note mark leaves the line alone
    article = read_article(f"{_TITLE}\n\nBy Somchai Rattanakul [video]{_BODY}")
    assert article.author != "Somchai Rattanakul"


def test_a_section_name_in_spanish_over_the_headline_is_no_site_name():
    for section in ("Nacionales", "Internacionales", "Política"):
        article = read_article(f"{section}\n{_TITLE}{_BODY}")
        assert article.outlet == "", section
    # negative: a site's own name on the same line is still read as the outlet
    assert read_article(f"Radio Delta\n{_TITLE}{_BODY}").outlet == "Radio Delta"


def test_a_spanish_date_in_the_ledes_dateline_is_the_publication_date():
    lede = "Caracas, 03 de noviembre de 2023. Delegaciones de los dos partidos firmaron un plan."
    article = read_article(f"{_TITLE}\n\n{lede}{_BODY}")
    assert article.header_date is not None
    assert str(article.header_date.date_start.date()) == "2023-11-03"
    # negative: a word that is no month's name in the same form is no date
    article = read_article(f"{_TITLE}\n\nCaracas, 03 de partidos de 2023. Los dos partidos.{_BODY}")
    assert article.header_date is None


def test_a_year_in_a_keyword_list_is_no_publication_date():
    article = read_article(f"Keywords: ASEAN; Ferries; 1982 UNCLOS{_BODY}")
    assert article.header_date is None
    # negative: a date line in the same place is still read
    article = read_article(f"Published: 4 March 2024{_BODY}")
    assert str(article.header_date.date_start.date()) == "2024-03-04"


def test_a_reposts_source_line_names_the_outlet_wherever_it_stands_in_the_header():
    article = read_article(
        f"Our blog has moved\n\nThursday, May 31, 2007\n\n{_TITLE}\n\n"
        f"From Cuba's La Prensa Latina{_BODY}"
    )
    assert article.outlet == "Prensa Latina"
    # negative: a text line opening with "From" stays text and names no outlet
    article = read_article(f"{_TITLE}\n\nFrom Monday the ferry will run twice a day.{_BODY}")
    assert article.outlet == ""
    assert article.paragraphs[1].kind not in ("credit", "boilerplate")


def test_a_blogs_moved_notice_is_not_the_headline():
    article = read_article(
        f"Delta Notes blog has moved to\n\nredirecting you there now\n\n{_TITLE}{_BODY}"
    )
    assert article.title == _TITLE
    # negative: a headline about something that moved is still the headline
    title = "Ferry office has moved to the new pier"
    assert read_article(f"{title}{_BODY}").title == title


def test_the_writers_affiliation_in_brackets_opening_the_lede_is_no_outlet():
    lede = "Tran Van Minh (Delta University) argues that the ferry needs a second landing stage."
    article = read_article(f"{_TITLE}\n\nby Tran Van Minh\n\n{lede}{_BODY}")
    assert article.outlet == ""
    assert article.author == "Tran Van Minh"
    # negative: an agency's dateline in the same form is still the outlet
    lede = "CAN THO (Delta Wire) - The ferry between the two river ports will run again."
    assert read_article(f"{_TITLE}\n\nby Tran Van Minh\n\n{lede}{_BODY}").outlet == "Delta Wire"


def test_a_listed_outlet_closing_the_headline_after_a_pipe_names_the_source():
    article = read_article(f"{_TITLE} | BBC News{_BODY}\nFollow on Telegram\n")
    assert article.title == _TITLE
    assert article.outlet == "BBC News"
    # negative: a section's name after the pipe names no outlet
    article = read_article(f"{_TITLE} | World news{_BODY}")
    assert article.title == _TITLE
    assert article.outlet == ""


def test_a_source_interviewed_by_an_outlet_in_running_text_is_no_credit():
    body = "The talks went well, according to experts interviewed by VOA."
    article = read_article(f"{_TITLE}{_BODY}\n{body}\n")
    assert article.outlet == ""
    # negative: the outlet's own voice ("X's call to ... went unanswered") still names it
    body = "Radio Free Asia's call to the ferry company went unanswered."
    assert read_article(f"{_TITLE}{_BODY}\n{body}\n").outlet == "Radio Free Asia"


def test_a_datelines_place_alone_with_its_dash_is_no_site_name():
    for dateline in ("WASHINGTON —", "Hanoi -"):
        article = read_article(
            f"{dateline}\nThe ferry between the two river ports runs again.{_BODY}"
        )
        assert article.outlet == "", dateline
    # negative: a site's name on the first line is still read
    article = read_article(
        f"Delta Courier\nThe ferry between the two river ports runs again.{_BODY}"
    )
    assert article.outlet == "Delta Courier"


def test_a_caption_closing_with_its_date_and_a_source_in_brackets_credits_no_outlet():
    caption = "The ferry leaves the pier in Can Tho, March 3, 2026. (VGP)"
    article = read_article(f"{_TITLE}\n\n{_TITLE}\n{caption}{_BODY}")
    assert article.outlet == ""
    assert {p.kind for p in article.paragraphs if p.text.startswith("The ferry leaves")} == {
        "caption"
    }
    # negative: a closing text paragraph with the agency's marker still names it
    article = read_article(f"{_TITLE}{_BODY}The service will run until the rainy season. (VNA)\n")
    assert article.outlet == "Vietnam News Agency"


def test_a_headline_given_only_under_its_lead_images_caption_after_the_first_paragraph():
    first = "The two river ports have waited three months for the ferry to come back."
    article = read_article(f"{first}\n\n{_TITLE} Credit:\n\n{_TITLE}{_BODY}")
    assert article.title == _TITLE
    # negative: a subhead under a line that merely starts with the same words stays a subhead
    article = read_article(f"{first}\n\n{_TITLE} for good, officials say.\n\n{_TITLE}{_BODY}")
    assert article.title == ""


def test_a_headline_printed_whole_and_again_split_into_title_and_subtitle():
    article = read_article(
        "A River Accord: Hard Duties or Soft Pledges?\nName/AFP/Getty Images\n\n"
        f"A River Accord\nHard Duties or Soft Pledges?\n\nby Tran Van Minh\nMarch 28, 2017{_BODY}"
    )
    assert article.title == "A River Accord: Hard Duties or Soft Pledges?"
    # negative: a headline over a subtitle that is not its split copy stays the headline
    article = read_article(
        f"{_TITLE}\nOfficials expect more traffic on the coast road\n\nby Tran Van Minh{_BODY}"
    )
    assert article.title == _TITLE


def test_a_long_page_title_closed_by_the_headline_over_the_headline():
    question = "What is the future of the ferry across the river?"
    article = read_article(
        f"Delta Jobs and Recruitment Website - Transport policy - {question}\n\n{question}{_BODY}"
    )
    assert article.title == question
    assert article.paragraphs[0].kind == "boilerplate"
    # negative: a long first line that does not end with the next line is left alone
    article = read_article(
        f"Delta Jobs and Recruitment Website - Transport policy - Ferry news\n\n{question}{_BODY}"
    )
    assert article.paragraphs[0].kind != "boilerplate"


def test_a_lede_ending_with_the_next_paragraphs_words_stays_the_lede():
    # the page-title rule reads only a short headline with a few words of site before it
    second = (
        "Local officials said the crossing saves drivers almost two hours on the coast road "
        "and brings more trade to both towns."
    )
    article = read_article(f"{_TITLE}\n\nCAN THO, March 15, 2024 – {second}\n\n{second}\n")
    assert article.paragraphs[1].kind == "lede"


def test_a_toolbar_of_the_pages_own_buttons_is_no_writer():
    for bar in ("Adjust Comment Print", "Save Bookmark Email", "Font size Comments Share"):
        article = read_article(f"{_TITLE}\n\n{bar}{_BODY}")
        assert article.author == "", bar
        assert article.title == _TITLE, bar
    # negative: a writer's name in the same place is still read
    assert read_article(f"{_TITLE}\n\nMarta Koval{_BODY}").author == "Marta Koval"


def test_an_avatar_label_glued_to_the_writers_name_over_the_headline():
    for top in ("top of page\n\n", ""):
        article = read_article(f"{top}Writer's pictureMarta Koval\n\n{_TITLE}\n\n\n{_BODY}")
        assert article.author == "Marta Koval", top
        assert article.title == _TITLE, top
    # negative: a byline under the headline leaves the line under it an affiliation
    article = read_article(f"{_TITLE}\n\nBy Marta Koval\n\nRiver Transport Institute{_BODY}")
    assert article.title == _TITLE
    assert article.author == "Marta Koval"
    # negative: the same words without a capital after them are no byline
    assert read_article(f"Writer's picture\n\n{_TITLE}{_BODY}").author == ""


def test_a_listings_filter_label_is_not_the_headline():
    for label in ("Filtered By: Topstories", "Sorted by: Latest"):
        article = read_article(f"ADVERTISEMENT\n{label}\nNews\n\n{_TITLE}\n\n\n+{_BODY}")
        assert article.title == _TITLE, label
    # negative: a headline with a colon after a source's name stays the headline
    title = "Report: Ferry service resumes across the river"
    assert read_article(f"{title}{_BODY}").title == title


def test_a_paste_opening_with_a_quotation_has_no_headline():
    quote = "“Nothing changes for the ferry. Our timetable stays the same.”"
    article = read_article(f"{quote}{_BODY}")
    assert article.title == ""
    assert article.paragraphs[0].kind != "title"
    # negative: a short quoted headline without a stop is still the headline
    title = "“A river is a road”"
    assert read_article(f"{title}{_BODY}").title == title


def test_a_short_headline_opening_with_two_countries_is_no_name():
    title = "Laos-Vietnam Ferry Pact"
    standfirst = (
        "\n\nThe two provinces signed a plan on Monday to run a joint ferry across the river.\n"
    )
    article = read_article(f"{title}{standfirst}\nPhoto (Twitter){_BODY}")
    assert article.title == title
    assert article.author == ""
    # negative: an institution's name of the same shape is a name, not the headline
    article = read_article(f"Laos-Vietnam River Institute\n\n{_TITLE}{_BODY}")
    assert article.title == _TITLE


def test_a_section_name_over_the_headline_is_no_site_name_and_the_headline_no_motto():
    standfirst = "El servicio vuelve tras tres meses de obras en los muelles"
    title = "Vuelve el ferry entre los dos puertos del río"
    lede = (
        "\n\nCaracas, 14 de marzo de 2024. El ferry entre los dos puertos volverá a funcionar "
        "dos veces al día desde el lunes, tras tres meses de reparaciones en los muelles.\n"
        "Los conductores ahorran casi dos horas por la carretera de la costa.\n"
    )
    for section in ("Nacionales", "Internacionales"):
        article = read_article(f"{section}\n{title}\n{standfirst}{lede}")
        assert article.title == title, section
    # negative: under a site's own short name, a headline-length line over the headline
    # is still the site's motto
    article = read_article(f"Mekong Ledger\nNews of the river towns\n{_TITLE}{_BODY}")
    assert article.title == _TITLE


def test_a_world_regions_section_label_over_the_headline_is_no_headline():
    title = "Provinces Agree on Ferry Timetable"
    teaser = (
        "\n\nThe ferry between the two river ports will run twice a day again from Monday, "
        "officials of both provinces said, after repairs that took longer than planned […]\n"
    )
    for region in ("East Asia and Pacific Region", "Southeast Asia", "Middle East and Africa"):
        assert read_article(f"{region}\n\n{title}{teaser}").title == title, region
    # negative: a headline that names a region in a sentence stays the headline
    headline = "Southeast Asia braces for a longer dry season"
    assert read_article(f"{headline}{_BODY}").title == headline


def test_a_page_in_japanese_keeps_its_headline_and_body():
    """Held-out 49: a page written in Japanese is no "foreign script" on its own page, and
    its one-paragraph body is counted by its characters (no spaces between words)."""
    headline = "カンボジア代表団がフエ市の港湾施設を視察した"
    body = (
        "6月2日、カンボジアの地方代表団がフエ市を訪れ、新しい港湾施設と倉庫を視察した。"
        "市の担当者は、河川輸送の共同計画と職員研修の交換について説明した。"
        "双方は年内に観光と農産物の取引に関する協議を続けることで一致した。"
    )
    article = read_article(f"{headline}\n{body}\nLE VAN BINH\n")
    assert article.title == headline
    assert [p.kind for p in article.paragraphs if p.text == body] in (["lede"], ["body"])
    # negative: on an English page a line in another script is still no headline
    article = read_article(f"ニュース一覧\n\n{_TITLE}{_BODY}")
    assert article.title == _TITLE


def test_an_e_book_file_page_gives_its_year_and_its_imprints_publisher():
    """Held-out 46: a file site's e-book page; the statistics line 'Pages N [M] Year YYYY'
    dates the book, the imprint ('Published by:' alone, the publisher on the next line)
    names its publisher."""
    book = (
        "Rivers and Rails in Upland Laos 9780000000002\n\n"
        "A short study of how new roads change where upland farms sell their crops.\n\n"
        "212 40 1.2MB\n\nEnglish Pages 52 [60] Year 2016\n\nDOWNLOAD FILE\n\n"
        "Citation preview\n\nPublished by:\n\n"
        "Mekong Policy Press 12 Riverside Road, Vientiane\n\n"
        "Upland farmers in the north used to sell most of their maize across the river, but "
        "the new road now takes it south in half the time.\n"
    )
    article = read_article(book)
    assert article.footer_date is not None and article.footer_date.text == "2016"
    assert article.footer_date.precision == "year"
    assert article.outlet == "Mekong Policy Press"
    # a listed publisher under its imprint's longer name is that outlet
    listed = book.replace(
        "Mekong Policy Press 12", "ISEAS Publishing Institute of Southeast Asian Studies 30"
    )
    assert read_article(listed).outlet == "ISEAS – Yusof Ishak Institute"
    # negative: the label over a sentence, and a year in running text, name nothing
    plain = (
        f"{_TITLE}{_BODY}\nPublished by:\n\nthe two provinces jointly, with help from donors.\n\n"
        "The report counts 52 pages; the year 2016 saw the first trucks cross.\n"
    )
    article = read_article(plain)
    assert article.outlet == ""
    assert article.footer_date is None


def test_a_title_pages_name_after_the_headline_in_capitals_is_the_writer():
    """Held-out 46: a booklet's cover copied as one line, the series, the headline and the
    writer in capitals ('Series LAOS: BETWEEN RIVER AND ROAD NAME')."""
    headline = "Upland Farms and the New Road"
    cover = f"Mekong Briefs {headline.upper()} NGUYEN VAN BINH"
    article = read_article(f"{headline}{_BODY}\n{cover}\n")
    assert article.title == headline
    assert article.author == "Nguyen Van Binh"
    # negative: an outlet's name or an edition after the headline is no writer; a byline wins
    for after in ("VIETNAM NEWS AGENCY", "2016 EDITION"):
        assert read_article(f"{headline}{_BODY}\n{headline.upper()} {after}\n").author == ""
    bylined = read_article(f"{headline}\n\nBy Tran Thi Mai{_BODY}\n{cover}\n")
    assert bylined.author == "Tran Thi Mai"
