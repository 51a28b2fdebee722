"""A briefing book's page (fix32b, held-out 97): its lead picture's caption over the
headline, marked by its bracketed source or a "From left:" sentence, is a caption
(``opening_captions.label_caption_over_text``, ``caption_markers``); the press contact's
prompt ("For more information contact:") is the site speaking to the reader
(``reader_prompts``); a book's page count and price ("412 pp. - $29.95") is chrome."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.layout.opening_captions import label_caption_over_text
from analysis.ingest.metadata import load_scoring

_PAGE = (
    "home | about | documents | news | search\n\n"
    "The board's surveyors at the opening of the new lock, with the mayor and two "
    "bargemen. From left: the mayor, a clerk, the senior bargeman, the chief surveyor. "
    "[Source, The Canal Board Report, p. 9]\n\n"
    "The Canal Board Papers\n\n"
    "Newly Opened Files Show How Two Towns Shared a Canal\n\n"
    "Archive Briefing Book No. 118\n\n"
    "Posted - June 3, 2011\n\n"
    "For more information contact:\n\n"
    "Owen Marsh - 555/010-2000\n\n"
    "Locks and Ledgers: Canal Towns, 1950-1970\n\n"
    "Valley Press\n\n"
    "296 pp. - $24.95\n\n"
    "Springfield, June 3, 2011 - The canal board set up by two towns in 1952 kept the "
    "locks open through floods and quarrels, according to files opened today.\n\n"
    "The files show that the surveyors met every month and shared the cost of every "
    "repair.\n"
)

SCORING = load_scoring()


def test_briefing_book_title_under_its_lead_caption() -> None:
    assert read_article(_PAGE).title == "The Canal Board Papers"


def _first_kind(text: str) -> str:
    paras = split_lines(text)
    label_caption_over_text(paras, SCORING.caption_marker)
    return paras[0].kind


def test_marked_caption_over_a_headline_is_a_caption() -> None:
    caption = (
        "The surveyors at the opening of the lock with the mayor and two bargemen on "
        "the quay. [Source: Canal Board]\n\nThe Canal Board Papers\n\nText follows here.\n"
    )
    assert _first_kind(caption) == "caption"


def test_negatives_stay_unlabelled() -> None:
    # a headline over a headline-shaped line, no marker
    plain = (
        "Surveyors and bargemen open the new lock on the canal between the two towns\n\n"
        "The Canal Board Papers\n"
    )
    assert _first_kind(plain) == ""
    # 'from left' inside a sentence with no stop before it, a VNA dateline, a byline
    assert SCORING.caption_marker is not None
    assert not SCORING.caption_marker.search("Ferries turn from left: a new rule for crews")
    assert not SCORING.caption_marker.search("Hanoi, May 5 (VNA) - The ferry opened.")
    assert not SCORING.caption_marker.search("By Nguyen Van An")
    # a bracketed source not closing the line
    assert not SCORING.caption_marker.search("[Source: VNA] Ferry lines reopen in the delta")


def test_contact_prompt_and_price_line_are_no_headline() -> None:
    page = read_article(
        "For more information contact:\n\nOwen Marsh - 555/010-2000\n\n"
        "296 pp. - $24.95\n\n"
        "Lock keepers get a third shift\n\n"
        "The canal board gave the lock keepers a third shift on Monday, after barges "
        "waited two days at the northern gate.\n"
    )
    assert page.title == "Lock keepers get a third shift"
    # a headline with page numbers or a price in it stays a headline
    kept = read_article(
        "Report of 412 pages prices the canal repairs at $29.95 million\n\n"
        "The canal board published a report on Monday that prices the repairs of the "
        "two locks at almost thirty million dollars.\n"
    )
    assert kept.title == "Report of 412 pages prices the canal repairs at $29.95 million"
