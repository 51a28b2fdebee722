"""A name and its initials in brackets, alone on a line, is a label
(``analysis.ingest.layout.name_labels``)."""

from __future__ import annotations

import pytest

from analysis.ingest.layout.name_labels import initials_label


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Association of Southeast Asian Nations (ASEAN)", True),  # held-out 55, arabstoday
        ("Centre for Multilateralism Studies (CMS)", True),
        ("Institute of Defence and Strategic Studies (IDSS)", True),
        ("Communist Party of Vietnam (CPV)", True),
        # initials that do not fit the name: a headline's tag, a place, a city
        ("Biden Visits Hanoi (VIDEO)", False),
        ("Vietnam Ratifies Pact (VIDEO)", False),
        ("Paris (France)", False),
        ("VOV News (Hanoi)", False),
        # more than a name: a sentence around it
        ("Talks held with the Association of Southeast Asian Nations (ASEAN)", False),
        ("ASEAN (ASEAN)", False),
    ],
)
def test_initials_label(text: str, expected: bool) -> None:
    assert initials_label(text) is expected
