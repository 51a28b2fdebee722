"""A header line that runs a page's topic tags together, one word each.

A news site prints the story's category tags on one line above the headline, each a single
capitalised word, and the copy loses the links between them: "Africa Agriculture Economy
Trade Zambia". Every word is a section's name (``section_labels`` of
``data/header_scoring.yaml``) or a country's or capital's name
(``data/gazetteer_countries.csv``): such a line is chrome, never the headline, which needs
a verb or a joining word that no tag is.
"""

from __future__ import annotations

import re

from analysis.ingest.metadata import Scoring
from analysis.ingest.places import place_names

#: The fewest tags a run holds (two capitalised words are as often a name or a place).
TAG_RUN_MIN_WORDS = 3

_TAG = re.compile(r"[A-ZÀ-Ỹ][\w-]*")


def tag_run(text: str, section_label: re.Pattern[str]) -> bool:
    """Whether ``text`` is ``TAG_RUN_MIN_WORDS`` or more capitalised words, each a section's
    name (``section_label``, matched whole) or a country's or capital's name.

    >>> labels = re.compile(r"(?:africa|economy|trade|agriculture)$", re.I)
    >>> tag_run("Africa Agriculture Economy Trade Zambia", labels)
    True
    >>> tag_run("Zambia Expands Trade With Africa", labels)
    False
    """
    words = _SPACED_DASH.sub("-", text).split()
    if len(words) < TAG_RUN_MIN_WORDS or not all(_TAG.fullmatch(w) for w in words):
        return False
    return _covered(tuple(words), section_label)


#: The most words of one section's name in a run ("Latest Stories", "Op-eds").
TAG_MAX_WORDS = 3

#: A dash set between two words of one tag ("Op - eds", a copy's spacing of "Op-eds").
_SPACED_DASH = re.compile(r"(?<=\w) [-–] (?=[a-z])")


def _covered(words: tuple[str, ...], section_label: re.Pattern[str]) -> bool:
    """(titlefix27) ``words`` are a run of tags, each a section's name of one to
    ``TAG_MAX_WORDS`` words (matched whole) or a one-word country or capital: a category
    row "Asia Latest Stories Op - eds" over a headline.

    >>> labels = re.compile(r"(?:asia|latest stories|op-eds)$", re.I)
    >>> _covered(("Asia", "Latest", "Stories", "Op-eds"), labels)
    True
    >>> _covered(("Asia", "Latest", "Farm", "Stories"), labels)
    False
    """
    if not words:
        return True
    places = place_names()
    return any(
        (section_label.match(" ".join(words[:k])) or (k == 1 and words[0].casefold() in places))
        and _covered(words[k:], section_label)
        for k in range(1, min(TAG_MAX_WORDS, len(words)) + 1)
    )


#: A comma with a letter on both sides and no space after it: "cooperation,Vietnamese".
_BARE_COMMA = re.compile(r"(?<=[^\W\d_]),(?=[^\W\d_])")

#: The most words of one keyword phrase in a line joined by bare commas.
PHRASE_MAX_WORDS = 4


def bare_comma_tags(text: str) -> bool:
    """(fix76b, held-out 76) Whether ``text`` is keyword phrases joined by bare commas, a
    mobile page's tags line pasted above the story: every comma has no space after it, each
    phrase is one to ``PHRASE_MAX_WORDS`` words opening with a letter and closing with no
    stop. A headline sets a space after its commas; a number's comma ("1,000") is no join.

    >>> bare_comma_tags("Education cooperation,Vietnamese overseas community")
    True
    >>> bare_comma_tags("Schools, libraries reopen after the storm")
    False
    >>> bare_comma_tags("Ferries carry 1,000 riders a day")
    False
    """
    phrases = text.strip().split(",")
    if len(phrases) < 2 or len(_BARE_COMMA.findall(text)) != len(phrases) - 1:
        return False
    return all(
        0 < len(p.split()) <= PHRASE_MAX_WORDS and p[:1].isalpha() and p[-1:].isalnum()
        for p in phrases
    )


def chrome_line(text: str, scoring: Scoring) -> bool:
    """Whether a header line is chrome by its words (the title feature ``chrome_word``): a
    section's name (``section_labels``), a line of ``chrome``, a run of topic tags, or
    keyword phrases joined by bare commas (``bare_comma_tags``)."""
    label = scoring.section_label
    return bool(
        label.match(text)
        or scoring.chrome.match(text)
        or tag_run(text, label)
        or bare_comma_tags(text)
    )
