"""Tests of ``analysis.ingest.layout.dated_covers``: a series paper's first page run into
one line is split into its banner, place and day, title and marked writer."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.dated_covers import split_dated_cover
from analysis.ingest.layout.lines import split_lines

#: A series paper of our own as a document store gives it: the whole first page on one
#: line (number, series banner in capitals, place and day, title, writer with a note
#: mark, the summary's bullets).
_PAGE = (
    "ISSN 1234-5678 #12 2016 NOTES FROM THE LAKESIDE INSTITUTE ON THE RIVERS OF THE REGION "
    "Can Tho | 4 Mar 2016 Orchards and Ferries: How the Delta Sells Its Fruit By Ana Lima* "
    "EXECUTIVE SUMMARY • The growers of the delta sold more fruit abroad last year than in "
    "any year before, most of it carried to the ports by river. • The ferries that carry the "
    "fruit are old, and the provinces have not agreed on who should replace them. • Buyers "
    "abroad ask for cold storage near the landings, which only two provinces have built.\n"
)


def test_the_cover_is_read_as_on_any_page() -> None:
    article = read_article(_PAGE)
    assert article.title == "Orchards and Ferries: How the Delta Sells Its Fruit"
    assert article.author == "Ana Lima"
    assert article.header_date is not None
    assert str(article.header_date.date_start.date()) == "2016-03-04"


def test_the_pieces_and_their_kinds() -> None:
    paras = split_lines(_PAGE)
    split_dated_cover(paras)
    assert [p.kind for p in paras[:4]] == ["boilerplate", "dateline", "", ""]
    assert paras[2].text == "Orchards and Ferries: How the Delta Sells Its Fruit"
    assert paras[3].text == "By Ana Lima*"
    assert paras[4].text.startswith("EXECUTIVE SUMMARY")


def test_without_the_bar_or_the_note_mark_nothing_is_split() -> None:
    for changed in (_PAGE.replace("Can Tho |", "Can Tho,"), _PAGE.replace("Lima*", "Lima")):
        paras = split_lines(changed)
        split_dated_cover(paras)
        assert len(paras) == 1


@given(
    title=st.lists(
        st.sampled_from(["Orchards", "Ferries", "Rivers", "Towns", "Trade", "of", "the"]),
        min_size=3,
        max_size=12,
    ),
    day=st.integers(1, 28),
)
def test_any_title_between_the_day_and_the_writer_is_the_title(title: list[str], day: int) -> None:
    words = ["Delta", *title]
    page = _PAGE.replace("Orchards and Ferries: How the Delta Sells Its Fruit", " ".join(words))
    page = page.replace("4 Mar 2016", f"{day} Mar 2016")
    paras = split_lines(page)
    split_dated_cover(paras)
    assert paras[2].text == " ".join(words)
    assert paras[3].text == "By Ana Lima*"
