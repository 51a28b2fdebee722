"""A record page's field label alone, closed by its colon ("Document Release Date:" over
its date), is a field's name, never the headline (fix32b, held-out 97's reading-room
record): ``label_rows.field_label`` and the title feature ``field_label``."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.label_rows import field_label
from analysis.ingest.layout.lines import split_lines

#: A declassified record: its title in capitals, then its fields as label rows over values.
_RECORD = (
    "TIMBER BARGES ON THE UPPER CANAL AND THE LOCK KEEPERS\n"
    "Document Type:\n"
    "Collection:\n"
    "Document Number:\n"
    "ABC-00412-77\n"
    "Release Decision:\n"
    "PUBLIC\n"
    "Document Page Count:\n"
    "4\n"
    "Document Creation Date:\n"
    "March 3, 2011\n"
    "Document Release Date:\n"
    "June 12, 2004\n"
    "Publication Date:\n"
    "August 2, 1971\n"
    "Content Type:\n"
    "MEMO\n"
    "Body:\n\n"
    "1. Barge traffic on the upper canal rose again in July, and the lock keepers at the "
    "two northern gates asked for a third shift to keep the boats moving at night.\n\n"
    "2. Most of the timber is bound for the coast, where two new mills opened in the "
    "spring and buy every log the barges can carry.\n"
)


def test_record_title_beats_its_field_labels() -> None:
    article = read_article(_RECORD)
    assert article.title == "TIMBER BARGES ON THE UPPER CANAL AND THE LOCK KEEPERS"


def test_field_label_needs_a_closing_colon_among_label_rows() -> None:
    paras = split_lines(_RECORD)
    index = {p.text: i for i, p in enumerate(paras)}
    assert field_label(paras, index["Document Release Date:"])
    assert field_label(paras, index["Content Type:"])
    assert not field_label(paras, index["MEMO"])  # a value, no label
    assert not field_label(paras, 0)  # the title


def test_negatives_keep_their_lines() -> None:
    # a prompt closed by a colon alone, a headline with a colon inside, an agency dateline,
    # a byline, a label row with its value: none is a field label
    page = split_lines(
        "Follow us on:\n\nVietnam and Laos: a new ferry line\n\n"
        "Hanoi, May 5 (VNA) - The ferry opened.\n\nBy Nguyen Van An\n\n"
        "Release Date: 22/11/1994\n"
    )
    assert not any(field_label(page, i) for i in range(len(page)))
    # a lone label with no block of rows around it
    lone = split_lines("Site News\n\nRelease Date:\n22/11/1994\nRemarks at the talks\n")
    assert not field_label(lone, 1)
    # a headline ending with a colon over a list, no label rows
    lead = read_article(
        "Ferry lines reopened this week:\n\n"
        "The transport ministry reopened three ferry lines across the delta this week, "
        "after the floods had closed them for a month.\n"
    )
    assert lead.title != "Document Release Date:"
