"""Tests of ``analysis.ingest.byline_tails``: what a byline carries beside its writers'
names that names no writer (lines from held-out 72's and 75's fixtures)."""

from __future__ import annotations

from pathlib import Path

from analysis.ingest.byline_tails import (
    without_agency,
    without_appositives,
    without_capital_role,
    without_clock,
    without_et_al,
    without_repeat,
    without_role_after,
    writer_post,
)
from analysis.ingest.bylines import clean_author, looks_like_name
from analysis.ingest.layout import read_article
from analysis.ingest.page_rules import load_rules

RULES = load_rules()


def test_agencies_after_the_writer_and_her_place_are_dropped():
    assert without_et_al("Rachel Whitmore in Bangkok and agencies") == "Rachel Whitmore in Bangkok"
    assert without_et_al("Nguyen Van An et al.") == "Nguyen Van An"


def test_a_name_ending_in_the_same_letters_is_kept():
    assert without_et_al("Rachel Whitmore in Bangkok") == "Rachel Whitmore in Bangkok"


def test_the_writers_post_after_a_slash_is_no_outlet():
    assert writer_post("Staff reporter", RULES)
    assert writer_post("Staff reporter, with staff writer", RULES)


def test_an_outlet_or_a_place_after_a_slash_is_no_post():
    for part in ("Taipei Times", "VNA", "Hanoi", "Staff reporter, Taipei", ""):
        assert not writer_post(part, RULES), part


def test_two_writers_over_their_post_are_both_read():
    byline = "By Hsu Wei-lun and Lin Pei-chen / Staff reporter, with staff writer"
    assert clean_author(byline, RULES) == "Hsu Wei-lun; Lin Pei-chen"


def test_a_writer_in_a_city_and_agencies_beside_the_date_is_the_author():
    page = (
        "Mekong fishers turn to tourism as catches shrink\n\n"
        "Families in the delta are offering homestays and boat tours as dams upstream change "
        "the river\n\n"
        "Rachel Whitmore in Bangkok and agencies\n\n"
        "Tue 9 Apr 2024 06.00 BST\n\n"
        "Fishing families in Vietnam's Mekong delta are turning their houses into homestays as "
        "catches in the river fall year after year.\n\n"
        "Local officials in Dong Thap province say the number of licensed homestays has "
        "tripled since 2020.\n"
    )
    assert read_article(page).author == "Rachel Whitmore"


def _is_name(text: str) -> bool:
    return looks_like_name(text, RULES)


def test_a_capitalised_role_between_by_and_the_name_is_dropped():
    # held-out 75: a Korean weekly's "By Reporter Mina Cho"
    assert without_capital_role("Reporter Mina Cho", RULES, _is_name) == "Mina Cho"
    assert without_capital_role("Staff Reporter Mina Cho", RULES, _is_name) == "Mina Cho"
    assert clean_author("By Reporter Mina Cho", RULES) == "Mina Cho"
    assert clean_author("By Senior Correspondent Anna Kim and Lee Han", RULES) == (
        "Anna Kim; Lee Han"
    )


def test_a_role_word_before_a_single_word_or_no_role_keeps_the_line():
    assert without_capital_role("Editor Smith", RULES, _is_name) == "Editor Smith"
    assert without_capital_role("Mina Cho", RULES, _is_name) == "Mina Cho"
    assert without_capital_role("Hanoi Reporter Mina Cho", RULES, _is_name) == (
        "Hanoi Reporter Mina Cho"
    )


def test_a_blog_footers_clock_after_the_poster_is_dropped():
    assert without_clock("Posted by Vikram Rathore at 10:42") == "Posted by Vikram Rathore"
    assert without_clock("Posted by Sokha at 8:01 AM") == "Posted by Sokha"
    assert clean_author("Posted by Vikram Rathore at 10:42", RULES) == "Vikram Rathore"
    assert without_clock("Dinner at the Hotel Metropole") == "Dinner at the Hotel Metropole"


def test_each_writers_post_after_a_comma_is_dropped():
    byline = (
        "By Margaret L. Howe, the CEO of the Pacific Ports Centre at the University of "
        "Sydney, and Daniel Okafor, the director of Harbour Studies Asia."
    )
    assert without_appositives(byline) == "By Margaret L. Howe, and Daniel Okafor"
    assert clean_author(byline, RULES) == "Margaret L. Howe; Daniel Okafor"
    assert without_appositives("By Le Van An, Tran Thi Ha") == "By Le Van An, Tran Thi Ha"


def test_an_agency_joined_to_the_writer_is_dropped():
    assert without_agency("Kanya Srisuk & AFP", RULES) == "Kanya Srisuk"
    assert without_agency("Tom Lee and Reuters", RULES) == "Tom Lee"
    assert without_agency("Kanya Srisuk & Le Van Hai", RULES) == "Kanya Srisuk & Le Van Hai"


def _fixture_author(name: str) -> str:
    folder = Path(__file__).resolve().parent / "data" / "layouts"
    return read_article((folder / name).read_text(encoding="utf-8")).author


def test_held_out_75_bylines_with_a_role_a_clock_or_an_agency_beside_the_names():
    assert (
        _fixture_author(
            "djournal_korea_home_section_trail_title_by_reporter_name_approval_dotted_datetime"
            "_body_email_copyright.txt"
        )
        == "Mina Cho"
    )
    assert (
        _fixture_author(
            "blogger_defence_weekday_date_header_title_caption_glued_to_lede_qa_posted_by_name"
            "_at_time_no_comments.txt"
        )
        == "Vikram Rathore"
    )
    assert (
        _fixture_author(
            "kimedia_mirror_digest_title_plus_n_more_twice_item_list_posted_pdt_ddmmyyyy_name"
            "_amp_agency_paper_body.txt"
        )
        == "Kanya Srisuk"
    )


def test_a_hyphenated_role_after_each_name_is_dropped():
    # held-out 73: an embassy's repost of a think tank's brief
    assert clean_author("BY Hannah Pruitt Co-Author ·  Minh Chau Tran Co-Author", RULES) == (
        "Hannah Pruitt; Minh Chau Tran"
    )
    assert without_role_after("Hannah Pruitt Co-Author", RULES) == "Hannah Pruitt"
    assert without_role_after("Thomas Head", RULES) == "Thomas Head"
    assert without_role_after("Anna Smith-Jones", RULES) == "Anna Smith-Jones"


def test_a_name_printed_twice_in_one_credit_is_one_writer():
    """Held-out 113: a paper's credit prints the writer's name twice on one line (the
    avatar's text and the name: "Hannah Dao Hannah Dao"); one writer. A name whose words
    merely repeat one ("Le Le Minh"), a one-word pair and a longer name are unchanged."""
    assert without_repeat("Hannah Dao Hannah Dao") == "Hannah Dao"
    assert without_repeat("Tran Thi Lan Tran Thi Lan") == "Tran Thi Lan"
    assert clean_author("Hannah Dao Hannah Dao", RULES) == "Hannah Dao"
    for name in ("Nguyen Van An", "Le Le Minh", "Anna Anna", "Tran Minh Tran Minh Khoa", "Ly Ly"):
        assert without_repeat(name) == name
    page = "\n".join(
        [
            "Ferry board hosts keepers from Laos for a river course",
            "",
            "Hannah Dao Hannah Dao",
            "",
            "",
            "March 3, 2021 | 10:45",
            "",
            "Thirty ferry keepers from Laos have begun a ten-day course on night crossings at "
            "the river school in Can Tho, the ferry board said on Tuesday.",
        ]
    )
    assert read_article(page).author == "Hannah Dao"


def test_professor_spelled_out_before_a_signers_name_is_no_part_of_it():
    """Held-out 113: an editor's letter signed "Professor Ly Van Hoan": the title spelled
    out goes as "Prof." and "Dr." do; the names of "By" lines and capitals stay as they were."""
    assert clean_author("Professor Ly Van Hoan", RULES) == "Ly Van Hoan"
    assert clean_author("PROFESSOR TRAN VAN AN", RULES) == "Tran Van An"
    assert clean_author("By Prof. Tran Van An", RULES) == "Tran Van An"
    assert clean_author("By Nguyen Van An", RULES) == "Nguyen Van An"
    assert clean_author("Anna Professorova", RULES) == "Anna Professorova"


# (held-out 112) A writer's forthcoming book after the name, its title holding commas.
_BOOK_BIO = """Letters Home from the Andes

by Rosa Imbert, author of the forthcoming Rivers and Rulers: Water, Towns, and Power in the Andes

Every spring the water boards of the valleys meet to share out the channels, and their minutes tell how towns bargained for every hour of flow.

Reading those minutes for my book, I found the boards doing much of the diplomacy that the capitals later claimed.
"""


def test_a_forthcoming_book_after_the_name_is_no_writer() -> None:
    from analysis.ingest.layout import read_article

    assert read_article(_BOOK_BIO).author == "Rosa Imbert"


def test_book_bio_negatives() -> None:
    # a post opened by an article still ends at the next comma; two writers stay two
    assert (
        without_appositives("By A Bee, the CEO of X at Y, and C Dee, the director of Z.")
        == "By A Bee, and C Dee"
    )
    assert (
        without_appositives("By Anna Berg, author of the forthcoming Rivers, Towns")
        == "By Anna Berg"
    )
    assert (
        without_appositives("By Anna Berg, Author, and Lisa East")
        == "By Anna Berg, Author, and Lisa East"
    )
