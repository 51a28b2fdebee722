"""Tests of ``analysis.ingest.layout.author_boxes``: the writer an "About the author" box
presents (held-out 75's naval paper and placeholder pages)."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import assume, given
from hypothesis import strategies as st

from analysis.ingest.byline_tails import without_repeat
from analysis.ingest.layout import read_article
from analysis.ingest.layout.author_boxes import box_writer
from analysis.ingest.page_rules import load_rules

RULES = load_rules()
LAYOUTS = Path(__file__).resolve().parent / "data" / "layouts"

TITLE = "Training river pilots for small ferry crossings"
BODY = (
    "Small ferry crossings carry most of the delta's daily traffic, yet their pilots learn "
    "the trade on the job.\n\n"
    "This paper compares how three provinces train their ferry pilots and what each could "
    "borrow from the others."
)


def author(box: str, heading: str = "About the Author") -> str:
    return read_article(f"{TITLE}\n\n{heading}\n\n{box}\n\n{BODY}\n").author


def test_the_box_under_the_heading_names_the_writer_titles_and_degree_dropped() -> None:
    box = "Commander Le Van Binh, PhD is Deputy Head of the Pilot School in Can Tho."
    assert author(box) == "Le Van Binh"
    assert author("Dr. Mai Thu Ha holds a chair in river engineering at Can Tho.") == "Mai Thu Ha"


def test_the_same_words_without_the_heading_name_no_writer() -> None:
    """Without the box's heading, "Name is Deputy Head of ..." is a person the text presents."""
    box = "Commander Le Van Binh, PhD is Deputy Head of the Pilot School in Can Tho."
    assert author(box, heading="Introduction") == ""


def test_a_box_opening_with_no_name_names_no_writer() -> None:
    assert author("This paper was written for the school's annual review.") == ""
    assert box_writer("The Pilot School is a college in Can Tho.", RULES) == []


def test_the_naval_paper_reads_its_writer() -> None:
    manifest = {e["file"]: e for e in json.loads((LAYOUTS / "manifest.json").read_text())}
    file = next(f for f in manifest if f.startswith("docslib_pdf_chevrons"))
    article = read_article((LAYOUTS / file).read_text(encoding="utf-8"))
    assert article.author == "Pham Minh Hai" == manifest[file]["author"]


_WORD = st.sampled_from(["Le", "Van", "Binh", "Mai", "Thu", "Ha", "Tran", "Quoc", "Anh"])
_NAME = st.lists(_WORD, min_size=2, max_size=4).map(" ".join)


@given(_NAME, st.sampled_from(["", "Dr. ", "Commander ", "Prof. "]), st.sampled_from(["", ", PhD"]))
def test_a_title_or_degree_never_changes_the_name_read(name: str, title: str, degree: str) -> None:
    # a name printed twice ("Van Le Van Le") is read once (byline_tails.without_repeat)
    assume(without_repeat(name) == name)
    box = f"{title}{name}{degree} is a lecturer at the river school."
    assert box_writer(box, RULES) == box_writer(f"{name} is a lecturer at the river school.", RULES)
    assert box_writer(box, RULES) == [name]


# --- (held-out 111) an author's card: the name alone over a biography opening with it ------

POST = (
    "Every March the river drops low enough for children to walk out onto sandbanks that "
    "are under several meters of water in September. This year the sandbanks came early.\n\n"
    "Boatmen noticed first, then the fish traders in the capital, who saw smaller catches "
    "weeks earlier than usual, and finally the farmers downstream.\n\n"
)
TAIL = (
    "\n\nWhat would a closer look involve? At a minimum, the dam operators would publish "
    "their daily releases, as several already do during the wet season.\n"
)


def test_a_name_card_spliced_into_the_text_names_the_writer() -> None:
    card = (
        "Helga Marstrand\nHelga Marstrand is a senior fellow at a research centre, where she "
        "directs work on water and energy in Asia.\nMore >"
    )
    assert read_article(POST + card + TAIL).author == "Helga Marstrand"


def test_a_name_over_another_persons_biography_is_no_card() -> None:
    """Negatives: the name line must be the name the biography opens with; a speaker's
    name over a post without a biography's verb, and a subheading over a sentence that
    names someone, name no writer."""
    other = "Helga Marstrand\nTran Van Hoa is a boatman in the delta who has worked the river for years.\n"
    assert read_article(POST + other + TAIL).author == ""
    speaker = "Helga Marstrand\nSenior Fellow, Water Programme\n"
    assert read_article(POST + speaker + TAIL).author == ""
    heading = "River Pilots\nRiver pilots learn the trade on the job, the ministry says.\n"
    assert read_article(POST + heading + TAIL).author == ""
