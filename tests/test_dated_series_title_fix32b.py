"""A series' name over its day ("The Seventies: Tuesday, May 6, 1975") is no label and list:
the commas after the colon are the date's own (fix32b, held-out 97's history blog), so
``title_shapes.label_list`` does not weigh against it and the page's only header line is
its headline."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.metadata import load_scoring
from analysis.ingest.title_shapes import label_list

_PAGE = (
    "Old Harbours: Friday, June 13, 1969\n\n"
    "Photograph: In this Friday, June 13, 1969 photo, dockers unload tea chests at the "
    "east quay. (AP Photo)\n\n"
    "The east quay reopened today after a month of repairs, and the first tea boat of "
    "the season tied up there before noon.\n\n"
    "Dockers said the new cranes lifted twice what the old ones did.\n"
)


def test_series_name_over_its_day_is_the_headline() -> None:
    assert read_article(_PAGE).title == "Old Harbours: Friday, June 13, 1969"


def test_a_day_after_the_colon_is_no_list() -> None:
    scoring = load_scoring()
    assert not label_list("Old Harbours: Friday, June 13, 1969", scoring)
    assert not label_list("Diary: 13 June, 1969", scoring)
    # negatives: real label lists still read as lists
    assert label_list("Tags: Vietnam, Laos, river trade", scoring)
    assert label_list("Journal: River Studies, 2021, № 2", scoring)
    assert label_list("Sources: Reuters, AP", scoring)
    # a list holding a date among other items is still a list
    assert label_list("Filed: Hanoi, May 5, 2021, ferries", scoring)


def test_datelines_and_bylines_keep_their_reading() -> None:
    scoring = load_scoring()
    assert not label_list("HANOI: May 5, 2021", scoring)
    assert not label_list("Hanoi, May 5 (VNA) - The ferry opened.", scoring)
    assert not label_list("By Nguyen Van An", scoring)
    page = read_article(
        "Ferries return to the delta\n\nHanoi, May 5 (VNA) - The ferries of the delta ran "
        "again on Monday after a month of repairs, the transport ministry said.\n"
    )
    assert page.title == "Ferries return to the delta"
