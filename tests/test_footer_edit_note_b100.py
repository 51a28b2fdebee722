"""Test of the ``publication_notes`` entry of ``data/page_layout.yaml`` added for held-out
100: an encyclopedia's footer "This page was last edited on 6 May 2021, at 14:22 (UTC)."
dates a page that prints no other date (the version the reader saw); a date in the header
still beats it, and the usual datelines, bylines and "Updated" lines are read as before
(placeholder pages in the fixture's layout)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.ingest.layout import read_article

TITLE = "Ferry links between the outer islands"
BODY = (
    "Ferry links between the outer islands are the boat services that connect the "
    "province's four inhabited islands with the mainland port.[1] The first line opened "
    "in 1994 and a second followed in 2008.[2]\n\n"
    "Early services[edit]\n\n"
    "The first boats were wooden and carried forty passengers each.[3]\n\n"
)
FOOTER = (
    'Retrieved from "https://en.example.org/w/index.php?title=Ferry_links&oldid=1021894512"\n'
    "Categories: Transport in the province Ferries\n"
    "{note}\n"
    "Text is available under the Creative Commons Attribution-ShareAlike License; "
    "additional terms may apply.\n"
    "Privacy policy\n"
)


def page(note: str, header: str = "") -> str:
    return f"{TITLE}\nFrom Example, the free encyclopedia\n{header}\n\n{BODY}" + FOOTER.format(
        note=note
    )


@pytest.mark.parametrize(
    ("note", "day"),
    [
        ("This page was last edited on 6 May 2021, at 14:22 (UTC).", "2021-05-06"),
        ("This page was last modified on 12 March 2015, at 09:03.", "2015-03-12"),
        ("This page was last edited on March 12, 2015 at 09:03 (UTC).", "2015-03-12"),
    ],
)
def test_the_edit_note_dates_the_page(note: str, day: str) -> None:
    article = read_article(page(note))
    found = article.footer_date or article.header_date
    assert found is not None and found.date_start == pd.Timestamp(day)
    assert article.title == TITLE


def test_a_header_date_beats_the_edit_note() -> None:
    article = read_article(
        page("This page was last edited on 6 May 2021, at 14:22 (UTC).", "Published: 2 March 2019")
    )
    assert article.header_date.date_start == pd.Timestamp("2019-03-02")


@pytest.mark.parametrize(
    "line",
    [
        "Hanoi, May 5 (VNA) - The ferry line reopened.",
        "By Nguyen Van An",
        "Updated: 6 May 2021, 14:22",
        "This page was last edited by the site's editors.",  # no date: no note
        "Quang Ninh (VNA) - The page was last edited on the ferry's website.",
    ],
)
def test_other_lines_are_no_edit_note(line: str) -> None:
    from analysis.ingest.page_rules import load_rules

    note = load_rules().publication_note.match(line)
    assert note is None or not note.groupdict().get("date")
