"""The date rules tried together: at a place where some rules can start, one compiled
regular expression tries all of them at once (issue 13).

``scan._matches`` tries each rule (``pattern.match``) at each of its start places in
Python, about 20 tries per sentence of which 96 % fail. Here the rules that can start at
the same tokens are joined into one pattern, each rule inside a lookahead that captures
its match as a group of its own::

    (?:(?=(?P<_r3>RULE 3))|)(?:(?=(?P<_r7>RULE 7))|) ... (?(_r3)|(?(_r7)|(?!)))

so that one ``match`` call at a place reads, in compiled code, where every one of those
rules' matches ends (a rule inside a lookahead finds the match ``pattern.match`` finds
there: the same first match of the same pattern on the same text); the closing
conditions make the call fail when none of them matches, so Python sees only the places
where some rule matches. Each rule's groups are renamed (``(?P<y>`` in rule 3 becomes
``(?P<_r3_y>``) so that the rules' group names do not clash; the handlers still read the
match of the rule's own pattern (``scan._select_read`` matches the kept ones again).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

#: A named back-reference or a condition on a name.
_REFERENCE = re.compile(r"\(\?P=(\w+)\)|\(\?\((\w+)\)")
_NUMBERED_REFERENCE = re.compile(r"(?<!\\)(?:\\\\)*\\[1-9]|\(\?\(\d")
#: What the walk of a pattern steps over at once: an escape, a character class, a
#: named group's opening or a reference to one, a group's opening, any other character.
_PIECE = re.compile(
    r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|\(\?P<(?P<name>\w+)>|\(\?P=(?P<ref>\w+)\)"
    r"|\(\?\((?P<cond>\w+)\)|\((?P<plain>(?!\?))|.",
    re.DOTALL,
)


@lru_cache(maxsize=1024)
def renamed_groups(pattern: str, prefix: str) -> str:
    """``pattern`` with no capturing group but those a back-reference or a condition
    names, each of them (and its references) renamed with ``prefix`` before its name, so
    that patterns can be joined in one: the same matches, with few groups (the engine
    saves every group's place at each alternative it tries, so a joint pattern with
    hundreds of groups is several times slower)."""
    if _NUMBERED_REFERENCE.search(pattern):
        raise ValueError(f"a numbered back-reference cannot be joined: {pattern!r}")
    referenced = {a or b for a, b in _REFERENCE.findall(pattern)}
    out = []
    for piece in _PIECE.finditer(pattern):
        name, ref, cond = piece["name"], piece["ref"], piece["cond"]
        if name is not None:
            out.append(f"(?P<{prefix}{name}>" if name in referenced else "(?:")
        elif ref is not None:
            out.append(f"(?P={prefix}{ref})")
        elif cond is not None:
            out.append(f"(?({prefix}{cond})")
        elif piece["plain"] is not None:
            out.append("(?:")
        else:
            out.append(piece[0])
    return "".join(out)


@dataclass(frozen=True)
class JointRules:
    """Rules joined in one pattern: ``pattern`` matches at a place where at least one of
    them matches, and ``groups`` gives each rule (its place in the rule table) with the
    number of the group holding its match."""

    pattern: re.Pattern[str]
    groups: tuple[tuple[int, int], ...]


def join_rules(places: Sequence[int], patterns: Sequence[str], flags: int) -> JointRules:
    """The ``JointRules`` of the rules at ``places`` of ``patterns`` (each matched with
    ``flags``), in that order."""
    parts = [f"(?:(?=(?P<_r{p}>{renamed_groups(patterns[p], f'_r{p}_')}))|)" for p in places]
    none_matched = "(?!)"
    for place in reversed(places):
        none_matched = f"(?(_r{place})|{none_matched})"
    joined = re.compile("".join(parts) + none_matched, flags)
    return JointRules(joined, tuple((p, joined.groupindex[f"_r{p}"]) for p in places))


def hits_at(joint: JointRules, text: str, starts: Iterable[int]) -> list[tuple[int, int, int]]:
    """(start, end, rule's place) of each rule of ``joint`` whose match at one of
    ``starts`` of ``text`` is not empty."""
    match, groups = joint.pattern.match, joint.groups
    hits = []
    for start in starts:
        found = match(text, start)
        if found is not None:
            regs = found.regs
            hits.extend((start, regs[g][1], place) for place, g in groups if regs[g][1] > start)
    return hits


def first_matches(hits: Iterable[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Of ``hits`` (start, end, rule's place; in increasing start order), those a rule
    finds scanning left to right and resuming after each of its matches (as
    ``pattern.finditer``)."""
    ends: dict[int, int] = {}  # rule's place -> end of its last match kept
    kept = []
    for start, end, place in hits:
        if start >= ends.get(place, 0):
            ends[place] = end
            kept.append((start, end, place))
    return kept
