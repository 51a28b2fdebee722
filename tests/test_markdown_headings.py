"""A headline printed as a Markdown heading keeps no heading marks (fix34d, held-out 120's
MarkDownload and Readwise notes)."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.markdown_headings import without_heading_marks

NOTE = (
    "# River Notes: Ferry crossings reopen along the delta\n\n"
    "> ## Excerpt\n"
    "> A short note on the ferries of the lower river.\n\n"
    "---\n\n"
    "The provincial transport office said on Monday that four ferry crossings closed by "
    "the spring floods would reopen this week, with extra boats at the busiest landings.\n\n"
    "Officials from the neighbouring province said they would share the timetable so that "
    "travellers on both banks could plan their trips before the holiday.\n"
)


def test_a_markdown_headings_marks_are_not_the_headline():
    assert read_article(NOTE).title == "River Notes: Ferry crossings reopen along the delta"


def test_heading_marks_closing_hashes_and_levels():
    assert without_heading_marks("## Ferry crossings reopen ##") == "Ferry crossings reopen"
    assert without_heading_marks("###### Ferry crossings reopen") == "Ferry crossings reopen"


def test_hashes_that_are_no_heading_marks_stay():
    assert without_heading_marks("#1 port of the delta again") == "#1 port of the delta again"
    assert without_heading_marks("#Ferries trend in Can Tho") == "#Ferries trend in Can Tho"
    assert without_heading_marks("Pool report #4 from the pier") == "Pool report #4 from the pier"
    assert without_heading_marks("#") == "#"
    assert without_heading_marks("####### Seven is no heading") == "####### Seven is no heading"


#: An encyclopedia article as a text dump (held-out 139's Wikipedia dump): the title as a
#: wiki heading between equals signs, the infobox as field rows, then the lead.
WIKI_DUMP = (
    "= River Ferry War =\n\n"
    "Infobox\n"
    "- Conflict: River Ferry War\n"
    "- Place: the lower river\n\n"
    "The River Ferry War was a short dispute between two river towns over the landing "
    "fees of the night crossings, settled by the provincial court a year later.\n"
)


def test_a_wiki_headings_equals_signs_are_not_the_headline():
    assert read_article(WIKI_DUMP).title == "River Ferry War"


def test_equals_signs_that_are_no_heading_marks_stay():
    assert without_heading_marks("== Ferry fares = tolls ==") == "Ferry fares = tolls"
    assert without_heading_marks("= Ferry fares ==") == "= Ferry fares =="
    assert without_heading_marks("Fares = tolls on the river") == "Fares = tolls on the river"
    assert without_heading_marks("==> Ferry crossings") == "==> Ferry crossings"
