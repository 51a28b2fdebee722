"""A headline ``Name: <post>``: the person the page is about, not its writer.

A radio archive, an interview series or a profile puts its guest's name and post in the
headline, "Tran Minh Khoa: Shrimp Farmer and Community Organiser"; a commentary puts its
writer's name before its own headline, "Trần Vy: Tàu khảo sát trở lại ...". What follows
the colon tells them apart: a guest's post is a few words in title case, each part (split
at "and", "&" and commas) ending with a post (``headline_posts`` of
``data/header_scoring.yaml``, read into ``Scoring.headline_posts`` with the other scoring
data), maybe followed by "of/to/for/at/in ..." ("Former Ambassador to Vietnam"); a
headline says something ("Why the Ambassador Must Go" ends with a verb).
"""

from __future__ import annotations

import re

from analysis.ingest.metadata import Scoring

#: The most words a guest's post may have after the colon.
MAX_POST_WORDS = 8

#: Where a post's part ends and its complement begins: "Ambassador | to Vietnam".
_COMPLEMENT = re.compile(r"\s(?:of|to|for|at|in|from|with|on)\s.*$", re.I)

#: The joints between the parts of a post: "Shrimp Farmer | and | Community Organiser".
_JOINTS = re.compile(r"\s*(?:,|&|\band\b)\s*", re.I)

#: Small words that stay in lower case in a title-case phrase.
_SMALL_WORDS = frozenset(
    {"&", "and", "of", "to", "for", "at", "in", "from", "with", "on", "the", "a"}
)


def _title_case(words: list[str]) -> bool:
    return all(w[:1].isupper() or w.casefold() in _SMALL_WORDS for w in words)


def _ends_with_post(part: str, posts: frozenset[str]) -> bool:
    words = _COMPLEMENT.sub("", part).split()
    last = words[-1].casefold().strip(".,;'’") if words else ""
    return last in posts or (last.endswith("s") and last[:-1] in posts)


def is_post(text: str, scoring: Scoring) -> bool:
    """Whether ``text`` (the words after a headline's colon) is a person's post: at most
    ``MAX_POST_WORDS`` words in title case, every part ending with a ``headline_posts`` word.

    >>> from analysis.ingest.page_rules import load_rules, scoring_of
    >>> scoring = scoring_of(load_rules())
    >>> is_post("Shrimp Farmer and Community Organiser", scoring)
    True
    >>> is_post("Former Ambassador to Vietnam", scoring)
    True
    >>> is_post("Why the Ambassador Must Go", scoring)
    False
    >>> is_post("Tàu khảo sát trở lại vùng biển phía Nam", scoring)
    False
    """
    words = text.split()
    if not words or len(words) > MAX_POST_WORDS or not _title_case(words):
        return False
    parts = [p for p in _JOINTS.split(text.strip()) if p]
    return bool(parts) and all(_ends_with_post(p, scoring.headline_posts) for p in parts)


def guest_headline(title: str, scoring: Scoring) -> bool:
    """Whether a headline ``Name: <post>`` names its guest: the words after the first colon
    are a post (``is_post``).

    >>> from analysis.ingest.page_rules import load_rules, scoring_of
    >>> scoring = scoring_of(load_rules())
    >>> guest_headline("Tran Minh Khoa: Shrimp Farmer and Community Organiser", scoring)
    True
    >>> guest_headline("Trần Vy: Tàu khảo sát trở lại vùng biển phía Nam", scoring)
    False
    """
    _, colon, rest = title.partition(":")
    return bool(colon) and is_post(rest.strip(), scoring)
