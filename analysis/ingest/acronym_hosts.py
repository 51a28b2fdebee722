"""A site's name whose initials spell its address's label (held-out 126).

A trade office's site (cato.com.tw) prints its name over every page, in Chinese and in
English ("中美洲經貿辦事處 Central America Trade Office"), and names no listed outlet: the
page's outlet fell to the address's registrable domain. The zoo's rule
(``tests/data/layouts/README.md``): the outlet is the site's own name printed on the page,
else its address. When the page names no outlet and its host is unlisted, a run of
capitalised words on one of the page's first lines whose initials spell the domain's first
label ("Central America Trade Office" on cato.com.tw, "Vietnam Union of Friendship
Organizations" on vufo.org.vn: small joining words are skipped) is that name. The run
must be the line's end and a whole name, only words in another script before it (a
masthead, not a headline's opening words), and the label three to eight letters; a
listed host keeps its listed name, a page that names an outlet keeps it."""

from __future__ import annotations

from collections.abc import Sequence

#: Small words a name's initials skip ("Union of Friendship Organizations").
_JOINING_WORDS = frozenset({"of", "and", "for", "the", "&", "on", "in", "de", "du"})

#: How many of the page's first lines are looked at.
FIRST_LINES = 3

#: The fewest and most letters of a label spelled by initials.
LABEL_LETTERS = (3, 8)

#: The outlet kind of a name read from a site-name line (``host_names.SITE_KIND``).
_SITE_KIND = "site"


def _capital(word: str) -> bool:
    return bool(word) and word[0].isalpha() and word[0].isupper()


def initials_name(label: str, text: str) -> str:
    """The run of capitalised words closing ``text`` whose initials spell ``label``
    (joining words skipped), only words in another script before it, as printed; "" when
    there is none.

    >>> initials_name("cato", "中美洲經貿辦事處 Central America Trade Office")
    'Central America Trade Office'
    >>> initials_name("vufo", "Vietnam Union of Friendship Organizations")
    'Vietnam Union of Friendship Organizations'
    >>> initials_name("cato", "Central America Trade Office Hours")
    ''
    >>> initials_name("cat", "Coastguards Are Training in Hanoi")
    ''
    """
    target = label.casefold()
    low, high = LABEL_LETTERS
    if not (low <= len(target) <= high and target.isalpha()):
        return ""
    words = text.split()
    for i, first in enumerate(words):
        if first.isascii():  # the name's first word: only another script's words before it
            return _run_from(words, i, target) if _capital(first) else ""
    return ""


def _run_from(words: list[str], i: int, target: str) -> str:
    """The words from ``i`` to the line's end when their initials spell ``target``, or ""."""
    initials = ""
    for j in range(i, len(words)):
        word = words[j].strip(",.:;")
        if _capital(word):
            initials += word[0].casefold()
        elif word.casefold() not in _JOINING_WORDS:
            return ""
        if not target.startswith(initials):
            return ""
        if initials == target:  # the line's last word: a masthead's name alone
            return " ".join(words[i:]).strip(",.:;") if j == len(words) - 1 else ""
    return ""


def acronym_site(
    found: tuple[str, str, str, bool] | None, row: dict[str, str], texts: Sequence[str]
) -> dict[str, str] | None:
    """The outlet fields of a page that names no outlet on an unlisted host (``found``,
    from ``url_sites.url_outlet``) when one of its first ``texts`` prints a name whose
    initials spell the host's label (``initials_name``); None otherwise."""
    if found is None or found[3] or row["outlet"]:
        return None
    label = found[0].split(".")[0]
    for text in texts[:FIRST_LINES]:
        name = initials_name(label, text)
        if name:
            return {
                "outlet": name,
                "outlet_source": f"the page prints the name its address abbreviates "
                f"({found[0]!r}): {text[:60]!r}",
                "outlet_kind": _SITE_KIND,
            }
    return None
