"""Names that spell an unlisted site's domain: the words of a name in any order
(``spells_in_any_order``), read by ``outlet_refine`` for a copied page's address."""

from __future__ import annotations

from itertools import permutations


def _letters(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


#: Small words a site's name holds that its domain leaves out ("Embassy of Vietnam in
#: Argentina" on vietnamembassy-argentina.org).
_NAME_SMALL_WORDS = frozenset({"of", "in", "the", "and", "for", "at", "to"})


def spells_in_any_order(label: str, name: str) -> bool:
    """Whether the words of ``name`` (two to five, small words aside) spell the domain's
    first ``label`` in some order, letters only.

    >>> spells_in_any_order("vietnamembassy-argentina", "Embassy of Vietnam in Argentina")
    True
    >>> spells_in_any_order("vietnamembassy-argentina", "Embassy of Vietnam in Chile")
    False
    """
    words = [_letters(w) for w in name.split() if w.casefold() not in _NAME_SMALL_WORDS]
    target = _letters(label)
    if not 2 <= len(words) <= 5 or sorted("".join(words)) != sorted(target):
        return False
    return any("".join(order) == target for order in permutations(words))
