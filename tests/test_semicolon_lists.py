"""Tests of ``analysis.ingest.semicolon_lists``: a list of short items joined by
semicolons over the first item's title is no headline (fix42a, held-out 140's
claimyourinnocence)."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.semicolon_lists import semicolon_list

#: A country page of a category archive (placeholder text of our own): the list of the
#: offences the country's law covers, then the first item's title and text.
LIST_OVER_ITEM = (
    "Fines for smuggling; forging seals; poaching; illegal logging; river dredging; bribery\n\n"
    "Provincial court fines two timber traders for moving logs at night\n\n"
    "A court in the north fined two traders for carrying timber across the province at "
    "night without papers, a local paper reported on Tuesday.\n"
    "The traders said they had not known the rules had changed in the spring.\n"
)


def test_a_semicolon_list_over_the_first_item_is_no_headline() -> None:
    title = read_article(LIST_OVER_ITEM).title
    assert title == "Provincial court fines two timber traders for moving logs at night"


def test_a_headline_joining_three_clauses_is_no_list() -> None:
    assert not semicolon_list("Hanoi Raises Ties; Manila Eyes a Pact; Senate Stalls an Aid Bill")
    assert semicolon_list("Fines for smuggling; forging seals; poaching; illegal logging")
