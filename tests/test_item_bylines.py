"""Tests of ``analysis.ingest.layout.item_bylines`` (fix88b, held-out 88): a list whose
items each have a byline over a summary opened by the same marker is written by its first
item's writer, as the zoo's list pages take the first item's title and day."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.item_bylines import byline_runs, summary_marker
from analysis.ingest.layout.lines import split_lines

# Our own page in the layout of held-out 88's journal home page: items as title, the
# writer's degrees and name in capitals, the institute on one or two lines, a summary
# opened by the journal's initials; the third item without its title.
HOME_PAGE = (
    "Reading rooms for young officials in the hill districts\n\n"
    "Assoc. Prof., Dr. TRAN THI HOA\n"
    "Institute of Library Studies,\n"
    "National Academy of Public Reading\n\n"
    "(NARJ) - Reading rooms help young officials keep learning after their training ends. "
    "This article looks at how three districts run them.\n\n"
    "Mobile book vans on the river roads\n\n"
    "Assoc.Prof., Dr. LE VAN MINH\n"
    "National Academy of Public Reading\n\n"
    "(NARJ) - Book vans reach villages far from town once a week. The article reviews how "
    "the vans choose their routes.\n\n"
    "Assoc.Prof., Dr. PHAM THI THU\n"
    "Institute of Reading,\n"
    "National Academy of Public Reading\n\n"
    "(NARJ) - Over twenty years the academy's library has grown from a single room into a "
    "collection used by students from across the region.\n"
)


def test_a_list_of_items_each_with_a_byline_is_written_by_the_first_items_writer() -> None:
    assert read_article(HOME_PAGE).author == "Tran Thi Hoa"


def test_one_item_keeps_its_writer() -> None:
    one = HOME_PAGE.split("Mobile book vans")[0]
    assert read_article(one).author == "Tran Thi Hoa"


def test_summaries_opened_differently_keep_every_writer() -> None:
    # negative: no shared marker, so no list by this rule
    page = HOME_PAGE.replace("(NARJ) - Book vans", "Book vans").replace(
        "(NARJ) - Over twenty", "Over twenty"
    )
    assert "Le Van Minh" in read_article(page).author


def test_runs_group_adjacent_byline_paragraphs() -> None:
    paras = split_lines("A\nB\nC\nD\nE\n")
    for i in (0, 1, 3):
        paras[i].kind = "byline"
    assert byline_runs(paras) == [[0, 1], [3]]


@given(st.sampled_from(["(PTOJ)", "WVR", "NDO", "VNA"]), st.sampled_from(["-", "–", "—"]))
def test_the_marker_is_read_before_any_dash(marker: str, dash: str) -> None:
    paras = split_lines(f"Dr. ANNA LE\n{marker} {dash} Reading rooms open in the hills.\n")
    paras[1].kind = "body"
    assert summary_marker(paras, [0]) == marker
    paras[1].kind = "heading"
    assert summary_marker(paras, [0]) == ""
