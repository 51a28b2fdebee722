"""A date opening the text under a label between the lede and the text (held-out 137's
event highlight): "VIETNAM STUDIES PROGRAMME" / "Monday, 12 August 2019 – In his ..."."""

from __future__ import annotations

import pandas as pd

from analysis.ingest.layout.labelled_openings import text_after_labels
from analysis.ingest.layout.lines import Paragraph
from tests.page_reading import read_page

_PAGE = (
    "Seminar on “River Ports and Their Towns”\n\n"
    "In this seminar, a visiting fellow explains how three delta towns plan their ports "
    "and which of their plans may be funded first.\n\n\n"
    "{label}\n\n"
    "Tuesday, 3 September 2019 – In her seminar on “River Ports and Their Towns”, the "
    "fellow described how each town draws up its port plan and how the province ranks "
    "them. She showed maps of the three harbours and their roads.\n\n"
    "She said the towns had begun to share their dredging boats since last year.\n"
)


def test_the_date_opening_the_text_under_a_programme_label_dates_the_page() -> None:
    row = read_page(_PAGE.format(label="DELTA STUDIES PROGRAMME"))
    assert row["published"] == pd.Timestamp("2019-09-03")
    assert row["published_precision"] == "day"


def test_a_section_label_in_title_case_is_passed_over_too() -> None:
    row = read_page(_PAGE.format(label="Event Highlights"))
    assert row["published"] == pd.Timestamp("2019-09-03")


def test_a_long_heading_is_no_label_to_pass_over() -> None:
    heading = "What the three towns of the delta have learned from two decades of port plans"
    paras = [
        Paragraph("", "A lede.", 0, 0, "lede"),
        Paragraph("", heading, 2, 1, "heading"),
        Paragraph("", "Tuesday, 3 September 2019 – Text.", 4, 2, "body"),
    ]
    assert text_after_labels(paras, 0) == 1
