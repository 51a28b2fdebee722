"""Names that spell an unlisted site's domain in forms ``domain_sites.name_for_domain``
does not read by its words alone.

The README's rule ("How the gold names the outlet") names a site by its own name printed on
the page before its address. ``name_for_domain`` takes a name among ``site_names`` whose
words, run together, spell the domain's first label ("Socialist Action" for
socialistaction.net), or whose first initials and last word do ("The Los Angeles Post" for
lapost.com). Three more forms of the same relation:

- a name of "The" and one word whose word spells the label: "The Independent" for
  independent.co.uk (a one-word name alone stays unread there: "CPUSA" in a longer run is
  an acronym, not a site's name; the article makes it a name);
- a name of three capitalised words or more whose initials alone spell the label:
  "International Studies Review" for isr.vn, "The Vietnam Development Bank" for
  vdb.gov.vn (the article aside, as the initials leave it); a name with a small word in
  lower case is a body's full name, not a site's ("Ministry of Foreign Affairs" on
  mofa.gov.mm: a ministry's site is named by its address);
- a name of two words or more whose words spell the whole domain, its suffix included:
  "Metro US" for metro.us.

``spells_in_any_order`` reads the words of a name in any order ("Embassy of Vietnam in
Argentina" for vietnamembassy-argentina.org), for ``outlet_refine``'s copied pages.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import permutations

from analysis.core.text import alnum_key
from analysis.ingest.country_tail_names import country_tail_name

#: A leading article a site's name may carry that its domain or initials leave out.
_ARTICLES = frozenset({"the"})
#: The fewest words a name whose initials alone spell the domain holds ("Studies Review"
#: is too short: two letters of a domain are spelled by too many pairs of words).
ACRONYM_MIN_WORDS = 3


def _without_article(name: str) -> list[str]:
    words = name.split()
    return words[1:] if words and words[0].casefold() in _ARTICLES else words


def article_name(label: str, names: Sequence[str]) -> str:
    """The name among ``names`` made of "The" and one word that spells ``label``.

    >>> article_name("independent", ["Helen Marsh", "The Independent"])
    'The Independent'
    >>> article_name("independent", ["Independent"])
    ''
    """
    for name in names:
        words = name.split()
        if len(words) == 2 and words[0].casefold() in _ARTICLES and alnum_key(words[1]) == label:
            return name
    return ""


def acronym_name(label: str, names: Sequence[str]) -> str:
    """The name among ``names`` (three capitalised words or more, a leading article aside)
    whose words' initials spell ``label`` (three letters or more), without the article.

    >>> acronym_name("isr", ["Your Cart", "International Studies Review"])
    'International Studies Review'
    >>> acronym_name("vdb", ["The Vietnam Development Bank"])
    'Vietnam Development Bank'
    >>> acronym_name("sr", ["Studies Review"])
    ''
    >>> acronym_name("mofa", ["Ministry of Foreign Affairs"])
    ''
    """
    if len(label) < 3:
        return ""
    for name in names:
        words = _without_article(name)
        initials = "".join(alnum_key(w)[:1] for w in words)
        capitalised = all(w[:1].isupper() for w in words)  # "Ministry of Foreign Affairs": no
        if len(words) >= ACRONYM_MIN_WORDS and capitalised and initials == label:
            return " ".join(words)
    return ""


def whole_domain_name(domain: str, names: Sequence[str]) -> str:
    """The name among ``names`` of two words or more whose letters spell the whole
    ``domain`` (its suffix included).

    >>> whole_domain_name("metro.us", ["By Name", "Metro US"])
    'Metro US'
    >>> whole_domain_name("metro.us", ["Metro"])
    ''
    """
    target = alnum_key(domain)
    return next((n for n in names if len(n.split()) >= 2 and alnum_key(n) == target), "")


def other_spelling(domain: str, names: Sequence[str]) -> str:
    """The name among ``names`` that spells the registrable ``domain`` in one of the
    module's three forms (the article's, the initials', the whole domain's), or else
    its words without a country's code closing the domain (``country_tail_names``), or ""."""
    label = alnum_key(domain.split(".")[0])
    found = article_name(label, names) if len(label) >= 4 else ""
    found = found or acronym_name(label, names) or whole_domain_name(domain, names)
    return found or country_tail_name(label, names)  # "Vanguard News": vanguardngr (fix43b)


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
    words = [alnum_key(w) for w in name.split() if w.casefold() not in _NAME_SMALL_WORDS]
    target = alnum_key(label)
    if not 2 <= len(words) <= 5 or sorted("".join(words)) != sorted(target):
        return False
    return any("".join(order) == target for order in permutations(words))
