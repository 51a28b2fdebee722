"""Tests for ``analysis.ingest.layout.registration_numbers`` (fix35c, held-out 118): a
firm's registration number glued before the headline is split off it as furniture."""

from __future__ import annotations

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.registration_numbers import registration_number_end


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("ABN # 47 310 582 906 Hue and Da Nang: Ferries", "Hue and Da Nang: Ferries"),
        ("ACN 123 456 789 River Ferries at Night", "River Ferries at Night"),
        ("Company No. 08123456 River Ferries at Night", "River Ferries at Night"),
        # a number closed by a letter, a firm's name, a short number, a number alone at the
        # end, a number with no label
        ("UEN: 201912345K River Ferries", ""),
        ("ABN Amro opens a Hanoi desk", ""),
        ("VAT 10 per cent on imported boats", ""),
        ("ABN 12 345 678", ""),
        ("47 310 582 906 River Ferries", ""),
    ],
)
def test_registration_number_end(line: str, rest: str) -> None:
    end = registration_number_end(line)
    assert (line[end:] if end else "") == rest


def test_the_title_after_a_glued_registration_number() -> None:
    page = "\n".join(
        [
            "Harbour Analysis Group",
            "ABN # 47 310 582 906 Ferries Return to the Delta Towns",
            "Anna B. Kessler",
            "June 2, 2021",
            "",
            "A reporter in Hue sent these questions for background.",
            "Q1-Why have the two provinces agreed to share their ferry timetables now?",
            "ANSWER: Both provincial governments want fewer passengers stranded overnight at "
            "the piers, and neither can run enough boats alone to avoid it in the busy season.",
        ]
    )
    assert read_article(page).title == "Ferries Return to the Delta Towns"
