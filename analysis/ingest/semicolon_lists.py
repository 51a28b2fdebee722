"""A list of short items joined by semicolons (fix42a, held-out 140's claimyourinnocence).

A category or a country page prints a list over its first item: the charges a law
punishes by death ("Death penalty for treason; taking action to overthrow the government;
espionage; rebellion; banditry; ..."), the topics of a programme, the keywords of a paper.
With no label before it, ``title_shapes.label_list`` does not read it; three semicolons or
more, every item of a name's or a phrase's length, make it a list, never a headline. A
headline joins two or three clauses at most ("Vietnam and Australia Raise Ties; Manila
Eyes a New Patrol Pact; Senate Stalls an Aid Bill", held-out 99), so it has two
semicolons at most.
"""

from __future__ import annotations

from analysis.core.text import count_words

#: The fewest semicolons of a list.
LIST_MIN_SEMICOLONS = 3

#: The most words of one item of such a list.
ITEM_MAX_WORDS = 6


def semicolon_list(text: str) -> bool:
    """Whether ``text`` is a list of short items joined by semicolons (the module's
    docstring).

    >>> semicolon_list("Death penalty for treason; espionage; rebellion; banditry; fraud")
    True
    >>> semicolon_list("Vietnam Raises Ties; Manila Eyes a Pact; Senate Stalls an Aid Bill")
    False
    """
    items = text.split(";")
    if len(items) <= LIST_MIN_SEMICOLONS:
        return False
    return all(0 < count_words(item) <= ITEM_MAX_WORDS for item in items)
