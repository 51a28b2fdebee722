"""A section's name, a numeric date and a time alone on a line is the page's date line
(``layout/section_stamps.py``, held-out 127)."""

import pandas as pd
import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.section_stamps import section_stamp
from tests.page_reading import line_kinds

PAGE = """Kazakhstan and Vietnam agree to open a direct cargo flight
In June, the Kazakh Minister of Trade paid a working visit to Hanoi.

Photo: Press service of the Ministry of Trade

{stamp}

In June, the Kazakh Minister of Trade paid a working visit to Hanoi.

The two ministers agreed that a cargo flight between Almaty and Hanoi would start before the end of the year.
"""


@pytest.mark.parametrize(
    ("stamp", "day"),
    [("Eurasia 12/06/2024 09:15", "2024-06-12"), ("Economy 2024-06-12 09:15", "2024-06-12")],
)
def test_the_section_stamp_dates_the_page(stamp: str, day: str) -> None:
    article = read_article(PAGE.format(stamp=stamp))
    assert line_kinds(article)[stamp] == "dateline"
    assert pd.Timestamp(article.header_date.date_start) == pd.Timestamp(day)


@pytest.mark.parametrize(
    "text",
    [
        "Eurasia 12/06/2024",  # no time: a heading may end with a day
        "Thanh Ha 12/06/2024 09:15",  # two words: a name
        "eurasia 12/06/2024 09:15",  # not capitalised
        "Eurasia 12/06/2024 09:15 Almaty",  # words after the time
        "Forum 2024 09:15",  # a year alone
    ],
)
def test_other_lines_are_no_section_stamp(text: str) -> None:
    assert not section_stamp(text)
