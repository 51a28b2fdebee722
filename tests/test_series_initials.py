"""A series label naming its publisher by initials names a document host's publisher
(fix37a; placeholder pages): "CRS Report for Congress, RL30001" on a digital library's
record; the near cases (initials no listed outlet has or several share, initials in a
sentence, the same record on a site of its own) keep what they had."""

from __future__ import annotations

import pytest

from analysis.ingest.series_initials import initials_of, series_publisher
from tests.test_self_citations import read_page as _read

RECORD = """Delta Ferries: Background and Issues for Congress [Updated May 4, 2009]   [open pdf - 180KB]

"The delta's ferries carry more passengers each year, and the provinces want new piers before the next flood season ..."

Report Number:
CRS Report for Congress, RL30001
Public Domain
Retrieved From:
Via E-mail
"""


def test_a_librarys_record_takes_the_publisher_its_series_label_names() -> None:
    row = _read(RECORD, "https://www.hsdl.org/?abstract&did=700001")
    assert row["outlet"] == "Congressional Research Service"
    # negative: the same record on a site of its own keeps that site's address
    assert _read(RECORD, "https://ferrylibrary-example.org/r/1")["outlet"] == (
        "ferrylibrary-example.org"
    )


@pytest.mark.parametrize(
    ("lines", "publisher"),
    [
        (["Report Number:", "CRS Report for Congress, RL30001"], "Congressional Research Service"),
        (
            ["CSIS Brief", "Delta ports and the sea"],
            "Center for Strategic and International Studies",
        ),
        # negatives: initials no listed outlet has, initials in a sentence, two letters
        # (several listed outlets share "HT"), no kind of report after the initials
        (["XQZ Report for the Board"], ""),
        (["CRS reported on Monday that the ferries were late"], ""),
        (["HT Report on the delta"], ""),
        (["CRS Annual Dinner"], ""),
    ],
)
def test_series_publisher(lines: list[str], publisher: str) -> None:
    assert series_publisher(lines) == publisher


def test_initials_of() -> None:
    assert initials_of("Congressional Research Service") == "CRS"
    assert initials_of("Tap chi Cong san") == ""  # a word in lower case: no initials
    assert initials_of("Xinhua") == ""  # one word
