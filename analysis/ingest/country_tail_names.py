"""A site's name whose words spell its domain's first label but for a country's code
closing it (fix43b): "Vanguard News" for vanguardngr.com, "Premium Times" for
premiumtimesng.com, "Harbour Post" for harbourpostph.com.

Many papers register their name with their country's code glued to it, and print the
name without the code in their furniture (a sign-off on the page's last line, a
masthead). ``domain_spellings.other_spelling`` reads this form last: a name of two words
or more (a leading "The" aside) whose first words, five letters or more, spell the
label's start, the rest of the label being one of the codes of ``url_domains.
country_tails`` in ``data/outlets.yaml``. Any other tail ("vietnamnet" under "Vietnam
Airlines") names another site, so the name is left unread.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.core.text import alnum_key

#: The fewest letters the name's words spell before the code (a short word such as
#: "Sun" or "Star" opens too many labels).
HEAD_MIN_LETTERS = 5


@cache
def country_tails() -> frozenset[str]:
    """The country codes a paper's domain may close its name with
    (``url_domains.country_tails`` of ``data/outlets.yaml``), folded."""
    rules = load_data_file("outlets.yaml").get("url_domains") or {}
    return frozenset(str(t).casefold() for t in rules.get("country_tails") or [])


def country_tail_name(label: str, names: Sequence[str]) -> str:
    """The name among ``names`` (two words or more) whose first words spell ``label``
    without a country's code closing it, or "".

    >>> country_tail_name("vanguardngr", ["Source: NAN", "Vanguard News"])
    'Vanguard News'
    >>> country_tail_name("vietnamnet", ["Vietnam Airlines"])
    ''
    >>> country_tail_name("vanguardngr", ["Vanguard"])
    ''
    """
    tails = country_tails()
    for name in names:
        words = name.split()
        start = 1 if words and words[0].casefold() == "the" else 0
        if len(words) < 2:
            continue
        for end in range(start + 1, len(words) + 1):
            head = alnum_key(" ".join(words[start:end]))
            if not label.startswith(head):
                break
            if len(head) >= HEAD_MIN_LETTERS and label[len(head) :] in tails:
                return name
    return ""
