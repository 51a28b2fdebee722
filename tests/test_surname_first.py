"""Tests of ``analysis.ingest.layout.surname_first``: a writer printed surname first under
the headline (held-out 64's ProQuest document view, its lines)."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.surname_first import labelled_name_in_order, name_in_order
from analysis.ingest.page_rules import load_rules

_BODY = (
    "The Saigon Times; Ho Chi Minh City [Ho Chi Minh City]. 12 Apr 2018.\n\n"
    "Full Text\n\n"
    "A company of military engineers will leave for the disputed Abyei area in the autumn, "
    "the defence ministry's peacekeeping department said at a briefing on Wednesday.\n\n"
    "The unit will repair roads and small bridges used by UN patrols during the wet season, "
    "when much of the area becomes impassable.\n"
)


def test_the_surname_first_line_under_the_title_is_the_writer() -> None:
    article = read_article(
        "Engineers from Vietnam to rebuild bridges for UN mission in Abyei\n"
        "Pham, Thu Trang.\n" + _BODY
    )
    assert article.author == "Pham Thu Trang"
    assert article.paragraphs[1].raw.startswith("Pham, Thu Trang.")


def test_an_unsigned_storys_placeholder_is_no_writer() -> None:
    article = read_article(
        "Engineers from Vietnam to rebuild bridges for UN mission in Abyei\nAnonymous.\n" + _BODY
    )
    assert article.author == ""


def test_the_name_is_put_in_running_order() -> None:
    rules = load_rules()
    assert name_in_order("Pham, Thu Trang.", rules) == "Pham Thu Trang"
    assert name_in_order("Thayer, Carlyle.", rules) == "Carlyle Thayer"
    assert name_in_order("Hanoi, Vietnam", rules) == ""  # a place, no name
    assert name_in_order("Ships, ports and the sea", rules) == ""


def test_a_labelled_surname_first_byline_in_the_details_block_is_the_writer() -> None:
    """The ProQuest page's lines with its writer given only in the details block, labelled
    and surname first ("Author: Pham, Thu Trang"; misses66)."""
    article = read_article(
        "Engineers from Vietnam to rebuild bridges for UN mission in Abyei\n" + _BODY + "\n"
        "Subject: Peacekeeping; Military engineering\n"
        "Author: Pham, Thu Trang\n"
        "Publication title: The Saigon Times; Ho Chi Minh City\n"
        "Publication date: Apr 12, 2018\n"
    )
    assert article.author == "Pham Thu Trang"
    rules = load_rules()
    assert labelled_name_in_order("Authors: Dao, Minh Q.", rules) == "Minh Q. Dao"
    assert labelled_name_in_order("Author: Nguyen, Hanoi", rules) == ""  # a place
    assert labelled_name_in_order("Pham, Thu Trang", rules) == ""  # no label
