"""A writer's bio after the text, "Name writes about/from ..." (held-out 129,
``layout/bio_verbs.py``). Placeholder pages."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.bio_verbs import bio_verb_names
from analysis.ingest.page_rules import load_rules

POST = """The ferry across the river runs every hour again after a month of repairs to its landing stages.

Traders from both banks say the crossing saves them half a day on the road to the provincial market.

{bio}


Please enter your comment!
Please enter your name here
"""


def test_bio_opening_with_a_trade_verb_names_the_writer() -> None:
    bio = "Anna Reyes writes and photographs from Can Tho, where she moved after years on the road."
    assert read_article(POST.format(bio=bio)).author == "Anna Reyes"


def test_sentences_about_others_name_no_writer() -> None:
    rules = load_rules()
    assert bio_verb_names("The minister writes to the governors every month.", rules) == []
    assert bio_verb_names("Ho Chi Minh City reports on its exports every quarter.", rules) == []
    assert bio_verb_names("She writes about ports, Anna Reyes said.", rules) == []
    assert (
        read_article(POST.format(bio="The ferry's captain reports on the river's level.")).author
        == ""
    )
