"""Tests of ``analysis.ingest.layout.contact_blocks``: a press release's contact block
under the text names whom to call, never the writer (lines from held-out 68's fixtures)."""

from __future__ import annotations

from pathlib import Path

from analysis.ingest.layout import read_article
from analysis.ingest.layout.contact_blocks import contact_label

LAYOUTS = Path(__file__).resolve().parent / "data" / "layouts"

TITLE = "Rotterdam Terminal Software Firm Signs Berth Scheduling Deal with Central Vietnam Port"
BODY = (
    "DA NANG, Vietnam--(BUSINESS WIRE)--HavenLogic B.V., a Dutch maker of terminal planning "
    "software, said on Wednesday that it will run berth scheduling for the southern basin of "
    "a central Vietnamese port from the fourth quarter.\n\n"
    "The port operator expects waiting times at anchor to fall by a third once vessels book "
    "their windows through the system, the companies said."
)


def read(closing: str):
    return read_article(f"{TITLE}\n\n{BODY}\n\n{closing}\n")


def test_contact_labels_are_recognised_and_a_sentence_is_not() -> None:
    for label in (
        "Contacts",
        "Media:",
        "Contact",
        "Media contact:",
        "For media enquiries, please contact:",
        "Investor Relations",
    ):
        assert contact_label(label), label
    assert not contact_label("The ministry said it would contact exporters.")
    assert not contact_label("Contact lenses made in Thai Binh")


def test_a_press_officer_under_a_contacts_label_is_no_writer() -> None:
    article = read("Contacts\nMedia:\nFemke Dijkstra\n+31 10 000 0000\npress@havenlogic.example")
    assert article.author == ""
    kinds = {p.text: (p.kind, p.role) for p in article.paragraphs}
    assert kinds["Femke Dijkstra"] == ("boilerplate", "contact")


def test_a_name_alone_under_the_text_without_a_label_is_still_the_writer() -> None:
    """Only the block under a contact label is set apart: a reporter's name alone at the
    end (held-out 68's VCCI News page, 'Hoang Lan') stays a byline."""
    assert read("Hoang Lan").author == "Hoang Lan"


def test_a_blank_line_ends_the_contact_block() -> None:
    article = read("Contact\nDang Quoc Bao\nir@vietpay.example\n\nNguyen Thu Ha")
    assert "Dang Quoc Bao" not in article.author


def test_the_wire_fixtures_name_no_writer() -> None:
    for name in (
        "prnewswire_title_subtitle_news_provided_by_company_date_et_share_dateline_about"
        "_contact_source_company.txt",
        "businesswire_title_subtitle_month_day_year_time_eastern_city_dash_business_wire"
        "_lede_contacts_block.txt",
        "globenewswire_title_month_day_year_time_et_pipe_source_company_city_globe_newswire"
        "_lede_contact_related_links.txt",
        "eurocham_site_press_release_label_title_city_d_month_yyyy_body_media_enquiries"
        "_contact.txt",
    ):
        assert read_article((LAYOUTS / name).read_text("utf-8")).author == "", name


PRESS_LIST = (
    "Press releases\n\n"
    "For more information, please contact the Country Office by Tel: +84 24 3850 0000, "
    "Fax: +84 24 3726 0000 or email.\n\n"
    "May 2021\n\n"
    "  1. © L. Pham / Office 2021\n\n"
    "    River pilots finish a course on night navigation\n\n"
    "    12 May 2021\n\n"
    "    Twenty pilots from the delta ports practised steering barges through the channels "
    "at night with the help of new radar sets.\n\n"
    "  2. Ferry crews learn first aid\n\n"
    "    03 May 2021\n\n"
    "    Crews of six ferries took a two-day first-aid course.\n"
)


def test_an_offices_contact_line_over_its_list_is_no_lede() -> None:
    """(held-out 109) 'For more information, please contact ... by Tel: ..., Fax: ... or
    email.' over a list of press releases is furniture: the list's first item is read."""
    article = read_article(PRESS_LIST)
    assert article.title == "River pilots finish a course on night navigation"
    line = next(p for p in article.paragraphs if p.text.startswith("For more information"))
    assert line.kind == "boilerplate"


def test_sentences_naming_a_contact_or_a_telephone_stay_text() -> None:
    # negatives: a lede that mentions contacting someone, a telephone in running text
    article = read_article(
        "Ferry crews learn first aid\n\nHanoi, May 5 (VNA) - Passengers who need help should "
        "please contact the crew, the ferry company said on Monday, adding that every boat "
        "now carries a first-aid kit and a trained sailor.\n\nThe company's hotline is staffed "
        "day and night; callers can reach it by telephone from any port.\n"
    )
    kinds = [p.kind for p in article.paragraphs if "contact" in p.text or "telephone" in p.text]
    assert kinds and "boilerplate" not in kinds


# --- (held-out 111) an unlabelled contact: name / post / telephone number -----------------

EVENT = (
    "River Data, Shared Risks: Cooperation on a Shared Basin\n\n"
    "Invitation Only Research Event\n\n"
    "21 November 2019 - 4:00pm to 22 November 2019 - 5:00pm\n\n"
    "Bangkok, Thailand\n\n"
    "The river's commission still publishes only part of the flow and sediment data its "
    "members collect, and downstream farmers report sharper swings between flood and drought "
    "than a decade ago. Can neighbours learn to trust each other's gauges?\n\n"
)


def test_a_name_and_post_over_a_telephone_number_are_no_writer() -> None:
    article = read_article(
        EVENT + "Martha Quill\n\nResearch Assistant, Asia-Pacific Programme\n+44 (0) 20 7946 0018\n"
    )
    assert article.author == ""
    kinds = {p.text: (p.kind, p.role) for p in article.paragraphs}
    assert kinds["Martha Quill"] == ("boilerplate", "contact")
    tel = read_article(EVENT + "Dang Quoc Bao\nPress Officer\nTel: 024 3826 4000\n")
    assert tel.author == ""


def test_a_closing_writer_without_a_number_stays_the_writer() -> None:
    """Negatives: a writer's name and post closing the text (no telephone number), and a
    name over a post over a date line, keep the byline."""
    assert read_article(EVENT + "Martha Quill\nResearch Assistant\n").author == "Martha Quill"
    dated = read_article(EVENT + "By Martha Quill\nResearch Assistant\n12.05.2021\n")
    assert dated.author == "Martha Quill"


def test_telephone_lines() -> None:
    from analysis.ingest.layout.contact_blocks import phone_line

    for line in ("+44 (0) 20 7946 0018", "Tel: 024 3826 4000", "(84-24) 3826 4000"):
        assert phone_line(line), line
    assert phone_line("Telephone: 024 3826 4000") and phone_line("Fax: (024) 3826 4001")
    for line in ("12.05.2021", "2024", "Room 12, Block 4", "May 5, 2023", "10:42 (GMT+7)"):
        assert not phone_line(line), line
    for line in ("2023 - 2024 - 2025", "1 2 3 4 5 6 7", "1998-2003 (2008)"):
        assert not phone_line(line), line  # years, single digits: no telephone number
