"""Pictures in a run, each caption over its credit line, are no headline (fix41a,
held-out 134): a country study prints its section title, then its pictures' captions each
over a "Courtesy Name" credit, then the text; a country's name beside a relation's word is
no person's name."""

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.credit_runs import credit_line
from analysis.ingest.metadata import load_scoring
from analysis.ingest.page_rules import load_rules
from analysis.ingest.title_shapes import name_like
from tests.page_reading import STORY, STORY_HEADLINE

STUDY = """Laos FOREIGN RELATIONS
Old customs house on the river bank, Pakse
Courtesy Jane Placeholder
Ferry landing rebuilt after the floods
Courtesy Jane Placeholder
Market boats waiting at dawn, 1985
Courtesy of the Placeholder Museum
The river towns traded with each other long before the roads were built. After the war
the province reopened its customs posts one by one, and the ferries came back with the
traders who had left.
Data as of June 1987
"""


def test_captions_over_their_credits_are_no_headline() -> None:
    assert read_article(STUDY).title == "Laos FOREIGN RELATIONS"


def test_a_headline_over_one_picture_credit_stays() -> None:
    text = f"{STORY_HEADLINE}\nPhoto: Placeholder Agency\n\n{STORY}"
    assert read_article(text).title == STORY_HEADLINE


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Courtesy Jane Placeholder", True),
        ("Courtesy of the Placeholder Museum", True),
        ("Photo courtesy of Jane Placeholder", True),
        ("Courtesy call on the Prime Minister", False),
        ("Courtesy visits mark the new year", False),
    ],
)
def test_credit_lines(line: str, credit: bool) -> None:
    assert credit_line(line, load_rules()) is credit


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Laos FOREIGN RELATIONS", False),  # a country and a relation's word: a relation
        ("Laos Policy Institute", True),  # an institution's name stays one
        ("Jordan Placeholder", True),  # a country's name as a given name, no relation word
    ],
)
def test_a_country_and_a_relation_word_are_no_name(line: str, name: bool) -> None:
    assert name_like(line, load_scoring()) is name
