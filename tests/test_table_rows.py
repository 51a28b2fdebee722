"""A facts table's rows, label and value parted by a run of spaces, are the page's text,
no headline (fix41a, held-out 128): an embassy's country page copied to text prints its
facts table over the text and no headline."""

from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.layout.table_rows import label_table_rows, table_row
from tests.page_reading import STORY, STORY_HEADLINE

FACTS = """Name of place    Placeholder River Province
Main townsRiverton, Ferry Landing, Upper Bend
Spoken language  Placeholder
   Climate     Wet in summer, dry and cool in winter
Capital   Riverton
 Currency     Placeholder dollar


The province's flag shows a blue river on a green field and flies over every ferry landing in the towns.
Getting there
Ferries leave Riverton twice a day in the dry season and once a day when the river is high.
"""


def test_a_facts_table_over_the_text_gives_no_headline() -> None:
    assert read_article(FACTS).title == ""


def test_rows_and_a_row_whose_cells_ran_together() -> None:
    paras = split_lines(FACTS)
    assert all(table_row(paras, i) for i in range(6))
    assert not table_row(paras, 6)


def test_a_headline_over_text_with_two_spaces_after_full_stops_stays() -> None:
    text = f"{STORY_HEADLINE}\n\n" + STORY.replace(". ", ".  ")
    assert read_article(text).title == STORY_HEADLINE


def test_the_rows_are_text_and_a_chronology_is_no_table() -> None:
    paras = split_lines(FACTS)
    label_table_rows(paras)
    assert [p.kind for p in paras[:6]] == ["body"] * 6
    chronology = split_lines(
        "1967     The river board is founded.\n1976     The ferries run again.\n"
        "1978     The board meets in Riverton.\n"
    )
    assert not any(table_row(chronology, i) for i in range(3))
