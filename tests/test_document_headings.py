"""Tests of ``analysis.ingest.layout.document_headings``: a document-type headline over
several lines (the type line and the lines that continue it, a joining word opening a line, a blank line between the parts) and a
banner in another script above it."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.document_headings import (
    _foreign_letters,
    banner_line,
    document_heading,
    headline_restates,
    opens_with_joining_word,
)
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.page_rules import load_rules
from tests.strategies import real_lines

RULES = load_rules()
LEDE = (
    "A delegation of the Party arrived in Vientiane on Monday for talks with the Lao side, "
    "and both sides reviewed cooperation over the past year."
)

_SLOGAN = "ພັກປະຊາຊົນ ປະຕິວັດລາວ ທີ່ມີກຽດສະຫງ່າ ໝັ້ນຍືນ! ຊົມເຊີຍວັນສ້າງຕັ້ງພັກປະຊາຊົນປະຕິວັດລາວ ຢ່າງສຸດໃຈ!"

#: The Lao ministry's joint press release of held-out 57 (mofa.gov.la): a slogan in Lao,
#: the title over four lines with blank lines between, the place and date, a rule, the
#: numbered paragraphs.
_JOINT_RELEASE = (
    f"{_SLOGAN}\n\n"
    "JOINT PRESS RELEASE\n\n"
    "Of the 45th Session of the Intergovernmental Committee\n\n"
    "On\n\n"
    "Bilateral Cooperation between Lao PDR and Viet Nam\n\n"
    "Vientiane, 18 April 2023\n\n"
    "-------------------------\n\n"
    "  1. At the invitation of the Prime Minister of the Lao People’s Democratic Republic, "
    "the Prime Minister of the Socialist Republic of Viet Nam co-chaired the annual meeting "
    "of the Intergovernmental Committee in Vientiane on 17 and 18 April 2023.\n"
    "  2. The two sides reviewed the building of the new border gates at Na Phao and Cha Lo "
    "and agreed to open both for passenger traffic before the end of the year.\n\n"
    "Done in Vientiane, 18 April 2023.\n"
)


def test_a_joint_press_release_over_four_lines_under_a_slogan() -> None:
    article = read_article(_JOINT_RELEASE)
    assert article.title == (
        "JOINT PRESS RELEASE Of the 45th Session of the Intergovernmental Committee On "
        "Bilateral Cooperation between Lao PDR and Viet Nam"
    )
    assert str(article.header_date.date_start.date()) == "2023-04-18"
    assert article.paragraphs[0].kind == "boilerplate"  # the slogan: no lede


def test_a_line_opening_with_a_joining_word_and_a_year_is_not_joined() -> None:
    """Negative: "Of the 2023 Session ..." holds a year, so the heading stops above it."""
    dated = _JOINT_RELEASE.replace("Of the 45th Session", "Of the 2023 Session")
    assert not read_article(dated).title.startswith("JOINT PRESS RELEASE Of")


def test_opens_with_joining_word() -> None:
    assert opens_with_joining_word("Of the 45th Session of the Intergovernmental Committee")
    assert opens_with_joining_word("between Lao PDR and Viet Nam")
    assert not opens_with_joining_word("On")  # a lone joining word: _JOINING_LINE
    assert not opens_with_joining_word("Offshore wind talks")


def test_banner_line_needs_latin_text_below() -> None:
    paras = split_lines(_JOINT_RELEASE)
    assert banner_line(paras, 0)
    assert not banner_line(paras, 1)  # Latin letters
    lao_page = split_lines(f"{_SLOGAN}\n\n{_SLOGAN} {_SLOGAN}\n")
    assert not banner_line(lao_page, 0)  # the page's own script


def test_a_pages_headline_restating_the_documents_subject_is_the_title() -> None:
    """Held-out 63: a portal prints its headline over the text of a resolution; the
    resolution's own heading ("RESOLUTION" / "ON PILOTING ...") is then no title, and its
    issuer in capitals ("THE GOVERNMENT") is no writer."""
    paras = [_Line("Government resolution on piloting electronic invoices for small shops")]
    assert headline_restates(paras, 1, "RESOLUTION ON PILOTING ELECTRONIC INVOICES FOR SMALL SHOPS")
    assert not headline_restates(paras, 1, "RESOLUTION ON THE BUDGET")  # too short to tell
    assert not headline_restates(
        [_Line("Weekly news")], 1, "RESOLUTION ON PILOTING E-INVOICES FOR SHOPS"
    )
    page = (
        "Government resolution on piloting electronic invoices for household businesses\n\n"
        "September 12, 2017 10:05 AM GMT+7\n\n"
        "THE GOVERNMENT\n-------\n\n"
        "SOCIALIST REPUBLIC OF VIET NAM\nIndependence - Freedom - Happiness\n---------------\n\n"
        "No. 72/NQ-CP\n\nHa Noi, September 05, 2017\n\n"
        "RESOLUTION\n\nON PILOTING ELECTRONIC INVOICES FOR HOUSEHOLD BUSINESSES\n\n"
        "THE GOVERNMENT\n\n"
        "Pursuant to the Law on Organization of the Government dated June 19, 2015;\n\n"
        "1. Household businesses in four cities may issue electronic invoices through the tax "
        "authority's portal from January 2018, free of charge for the first two years.\n"
    )
    article = read_article(page)
    assert article.title == (
        "Government resolution on piloting electronic invoices for household businesses"
    )
    assert article.author == ""


class _Line:
    """A bare paragraph: its text, no kind."""

    def __init__(self, text: str) -> None:
        self.text, self.kind = text, ""


def test_document_heading_joins_its_lines() -> None:
    paras = split_lines(
        "STATEMENT\nby the Spokesperson of the Ministry,\non the situation in the region\n\n"
        f"{LEDE}\n"
    )
    (heading,) = document_heading(paras, RULES)
    assert heading.text == (
        "STATEMENT by the Spokesperson of the Ministry, on the situation in the region"
    )
    assert [p.kind for p in paras] == ["title", "title", "title", ""]
    assert document_heading(split_lines(f"STATEMENT\n\n{LEDE}\n"), RULES) is None


def _slow_foreign_letters(text: str) -> bool:
    """The reference: every letter's Unicode name read, no ASCII shortcut."""
    letters = [ch for ch in text[:500] if ch.isalpha()]
    foreign = sum(1 for ch in letters if not unicodedata.name(ch, "").startswith("LATIN"))
    return bool(letters) and foreign > len(letters) / 2


def test_foreign_letters_agrees_with_reading_every_letter_on_real_lines() -> None:
    """Every zoo and sample line: the same answer as reading each letter's name, and some
    lines are banners in another script."""
    lines = real_lines()
    found = [_foreign_letters(line) for line in lines]
    assert found == [_slow_foreign_letters(line) for line in lines]
    assert any(found)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40) | st.text(alphabet="abcXYZ 1.,ñđДВьетнам越南", max_size=40))
def test_foreign_letters_agrees_with_reading_every_letter_on_random_text(text: str) -> None:
    """Random text, ASCII or mixed scripts: the same answer as the reference."""
    assert _foreign_letters(text) == _slow_foreign_letters(text)
