"""Labels made of a name and its initials in brackets, alone on a header line.

A photo's or a topic's label pasted over the text, "Association of Southeast Asian Nations
(ASEAN)", "Centre for Multilateralism Studies (CMS)": an organisation's name in title case
with its initials, never the page's headline. The initials must fit the name (each
capitalised word gives its first letter, in order, and may give more letters from inside
it, as "Southeast" gives "SE"), so a headline tagged in capitals, "Biden Visits Hanoi
(VIDEO)", is no such label.
"""

from __future__ import annotations

import re

#: A name in title case (two to eight words) and its initials in brackets, alone.
_NAME_WITH_INITIALS = re.compile(
    r"^\s*(?P<name>[A-Z][\w'’.-]*(?: [\w'’.&-]+){1,7}) \((?P<initials>[A-Z]{2,8})\)\s*$"
)

#: The small words a name in title case may hold; they may give their letter or not.
_JOINERS = frozenset({"of", "and", "for", "the", "on", "in", "&", "de", "du", "des"})


def _fits(initials: str, words: list[str]) -> bool:
    """Whether ``initials`` spell ``words``: each capitalised word gives its first letter
    and maybe more of its own letters, in order; a joining word gives its letter or none."""
    if not words:
        return not initials
    word, rest = words[0], words[1:]
    if word.casefold() in _JOINERS:
        given = initials[:1] == word[:1].upper() and _fits(initials[1:], rest)
        return given or _fits(initials, rest)
    if not word[:1].isupper() or initials[:1] != word[:1]:
        return False
    inner = word[1:].upper()
    return any(
        _fits(initials[1 + k :], rest)
        for k in range(len(initials))
        if _in_order(initials[1 : 1 + k], inner)
    )


def _in_order(letters: str, word: str) -> bool:
    """Whether ``letters`` appear in ``word`` in order (not necessarily side by side)."""
    found = iter(word)
    return all(letter in found for letter in letters)


def initials_label(text: str) -> bool:
    """Whether ``text`` is only a name and its initials in brackets, the initials fitting
    the name: "Association of Southeast Asian Nations (ASEAN)" is; "Paris (France)",
    "Biden Visits Hanoi (VIDEO)" and "VOV News (Hanoi)" are not."""
    found = _NAME_WITH_INITIALS.match(text)
    return bool(found) and _fits(found.group("initials"), found.group("name").split())
