"""A writer's bio glued to a byline by a comma ("By Tran Minh Chau, Fulbright Scholar and
Former Vietnamese Trade Official"): after a person's name, a short part in title case
ending with a writer's post (``headline_posts`` of ``data/header_scoring.yaml``) is the
writer's post, not a second writer; ``byline_bio_not_last`` of ``data/page_layout.yaml``
lists the posts that end names as often ("Son", "Guest")."""

from __future__ import annotations

from functools import cache

from analysis.core.data_files import load_data_file
from analysis.ingest.metadata import fold_word
from analysis.ingest.page_rules import Rules, scoring_of


@cache
def _not_last() -> frozenset[str]:
    words = load_data_file("page_layout.yaml").get("byline_bio_not_last") or []
    return frozenset(str(w) for w in words)


def bio_post(part: str, separator: str, after_name: bool, rules: Rules) -> bool:
    """Whether ``part`` (after ``separator``, following a writer's name when ``after_name``)
    is that writer's post in title case: "Fulbright Scholar", "Harvard Nieman Fellow",
    after a comma, or after "and" when it opens with a word of ``post_modifiers`` ("and
    Former Trade Official"); never the first part of a byline, nor a name ending in "Son".

    >>> from analysis.ingest.page_rules import load_rules
    >>> bio_post("Fulbright Scholar", ",", True, load_rules())
    True
    >>> bio_post("Le Thanh Son", ",", True, load_rules())
    False
    """
    words = part.split()
    if not after_name or not 2 <= len(words) <= 5:
        return False
    scoring = scoring_of(rules)
    if separator != "," and fold_word(words[0]) not in scoring.post_modifiers:
        return False  # "... and Former Trade Official": a post's opening word after "and"
    last = fold_word(words[-1])
    return (
        last in scoring.headline_posts
        and last not in _not_last()
        and fold_word(words[0]) not in scoring.family_names
        and all(w[:1].isupper() and not w.isupper() and w.isalpha() for w in words)
    )


def _post_part(part: str, rules: Rules) -> bool:
    """A byline part that is a writer's post: one word of ``headline_posts`` ("Journalist"),
    or two or three ending with one, some in lower case ("senior correspondent"), or up to
    four in title case whose words before the last are ``post_modifiers`` ("Nonresident
    Senior Fellow"); "Le Thanh Son" is a name."""
    words = part.split()
    scoring = scoring_of(rules)
    if not words or words[-1].casefold() not in scoring.headline_posts:
        return False
    if len(words) == 1 or (len(words) <= 3 and any(w.islower() for w in words)):
        return True
    return len(words) <= 4 and all(fold_word(w) in scoring.post_modifiers for w in words[:-1])


def post_part(part: str, separator: str, after_name: bool, rules: Rules) -> bool:
    """Whether a byline part (after ``separator``; ``after_name`` when a writer's name came
    before it) is a writer's post rather than a writer: "Journalist", "Senior Fellow"
    (``_post_part``) or a bio glued by a comma (``bio_post``)."""
    return _post_part(part, rules) or bio_post(part, separator, after_name, rules)
