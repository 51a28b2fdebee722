"""A line right under the headline closing with a date after a publication label is the
page's date line, not its lede (``layout/labelled_date_lines.py``, held-out 127)."""

import pandas as pd
import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.labelled_date_lines import closing_labelled_date
from analysis.ingest.page_rules import load_rules, scoring_of
from tests.page_reading import line_kinds

PAGE = """Policy monitor
Vrijdag 9 oktober 2020

Blog: Fishing rules on the agenda in Hanoi

{line}

This week I met the Vietnamese fisheries minister to talk about the yellow card and the reforms still needed in the ports.

The next inspection mission will travel to the central coast in the spring, and I will report here on what it finds.
"""


@pytest.mark.parametrize(
    "line",
    [
        "Met dank overgenomen van A.B. (Anneke) de Wit i, gepubliceerd op dinsdag 3 maart 2015.",
        "Reposted with thanks from A. Name, published on 3 March 2015.",
        "Posted: 3 March 2015",
        "Adapted from the ministry's fact sheet, last updated 3 March 2015.",
    ],
)
def test_the_labelled_date_under_the_headline_dates_the_page(line: str) -> None:
    article = read_article(PAGE.format(line=line))
    assert line_kinds(article)[line] == "dateline"
    assert pd.Timestamp(article.header_date.date_start) == pd.Timestamp("2015-03-03")


@pytest.mark.parametrize(
    "text",
    [
        # a lede mentioning a day goes on after it
        "Published on 3 March 2015, the report said the ports still lacked inspectors.",
        # no publication label before the date
        "The minister took office on 3 March 2015.",
        # a month alone is no day
        "Taken from the monitor, published in March 2015.",
        # "date" inside a word is no label
        "The fleet was outdated 3 March 2015.",
    ],
)
def test_a_sentence_or_an_unlabelled_date_is_not_a_date_line(text: str) -> None:
    assert not closing_labelled_date(text, scoring_of(load_rules()))


def test_a_long_paragraph_is_not_a_date_line() -> None:
    text = (
        "Officials met in Hanoi "
        + "to discuss the ports and the boats " * 5
        + "published on 3 March 2015."
    )
    assert not closing_labelled_date(text, scoring_of(load_rules()))
