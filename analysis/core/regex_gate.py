"""Cheap pre-tests for expensive regular expressions: the literal text a match must hold.

A pattern such as ``(?P<name>[A-Z]\\w*(?: [A-Z]\\w*){0,4})'s (?:calls?|requests?) to``
is tried at every word of a paragraph, yet it can only match where the paragraph holds
"'s" and one of "call" or "request". ``literal_gate`` reads the pattern's parse tree and
compiles those necessary literals as small alternations with the pattern's own case
flags; ``may_match`` is False only when a line lacks them, so ``may_match(p, text) and
p.search(text)`` finds exactly what ``p.search(text)`` finds, faster on most lines.

Only necessary literals are collected (a literal inside an optional part, a negative
look-around or one branch of an alternation that another branch avoids is not), so a
gate never rejects a text the pattern matches; a pattern without such literals gets no
gate (``may_match`` is then always True).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from re import _casefix, _parser  # type: ignore[attr-defined]
from re import _constants as c  # type: ignore[attr-defined]

#: The fewest characters a gate's every literal must have to be worth a search.
MIN_LITERAL = 3
#: The most alternations (each "any of these literals") a gate searches, strongest first.
MAX_PARTS = 2

_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT))

Need = list[frozenset[str]]  # every set must have one of its literals in the text


def _strength(need: frozenset[str]) -> int:
    return min(map(len, need))


def _branch(alternatives: list, case_added: bool) -> Need:
    """One set: the union of each alternative's strongest set (none when one has none)."""
    union: set[str] = set()
    for alternative in alternatives:
        need = _needs(alternative, case_added)
        if not need:
            return []
        union |= max(need, key=_strength)
    return [frozenset(union)]


def _item(op: object, av: object, case_added: bool) -> Need:
    """What one parsed item that is not a literal needs."""
    if op is c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av  # type: ignore[misc]
        if add_flags & re.UNICODE or (add_flags & re.IGNORECASE and not case_added):
            return []  # "(?i:...)" in a case-sensitive pattern: looser than the gate
        return _needs(sub, case_added)
    if op is c.BRANCH:
        return _branch(av[1], case_added)  # type: ignore[index]
    if op in _REPEATS:
        low, _high, sub = av  # type: ignore[misc]
        return _needs(sub, case_added) if low >= 1 else []
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _needs(av, case_added)
    return []  # classes, anchors, look-arounds, back-references: no literal needed


def _needs(parsed: object, case_added: bool) -> Need:
    """The literal sets a parsed (sub)pattern needs: runs of literal characters, and what
    its groups, repeats and alternations need."""
    need: Need = []
    run: list[str] = []
    for op, av in parsed:  # type: ignore[attr-defined]
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            need.append(frozenset(["".join(run)]))
            run = []
        need += _item(op, av, case_added)
    if run:
        need.append(frozenset(["".join(run)]))
    return need


def _starts_at_text_start(parsed: object, flags: int) -> bool:
    """Whether a parsed (sub)pattern opens with ``^`` (no MULTILINE) or ``\\A``, maybe
    inside groups: it can only match at the text's start."""
    items = list(parsed)  # type: ignore[call-overload]
    if not items:
        return False
    op, av = items[0]
    if op is c.AT:
        return av is c.AT_BEGINNING_STRING or (av is c.AT_BEGINNING and not flags & re.MULTILINE)
    if op is c.SUBPATTERN and not av[1] and not av[2]:
        return _starts_at_text_start(av[3], flags)
    return False


def _alternatives(parsed: object) -> list | None:
    """The alternatives of a pattern that is one alternation (maybe inside groups)."""
    items = list(parsed)  # type: ignore[call-overload]
    while len(items) == 1 and items[0][0] is c.SUBPATTERN and not any(items[0][1][1:3]):
        items = list(items[0][1][3])
    return items[0][1][1] if len(items) == 1 and items[0][0] is c.BRANCH else None


def anchored_alternation(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """For a pattern that is one alternation with some alternatives opening at the text's
    start ("^..."): the literals one of which each other alternative needs (a match of
    those alternatives holds one; one of the others matches at the start or not at all).
    None when the pattern is not such an alternation or an alternative needs no literal."""
    alternatives = _alternatives(_parser.parse(pattern.pattern, pattern.flags))
    if not alternatives:
        return None
    case_added = bool(pattern.flags & re.IGNORECASE)
    union: set[str] = set()
    anchored = False
    for alternative in alternatives:
        if _starts_at_text_start(alternative, pattern.flags):
            anchored = True
            continue
        need = [n for n in _needs(alternative, case_added) if _strength(n) >= MIN_LITERAL]
        if not need:
            return None
        union |= max(need, key=_strength)
    return frozenset(union) if anchored else None


def required_literals(pattern: re.Pattern[str]) -> list[frozenset[str]]:
    """Sets of literal text a match of ``pattern`` needs in the searched text, strongest
    first: for each set, at least one of its literals (as ``pattern`` compares letters:
    with its case flag). Only sets whose literals are all at least ``MIN_LITERAL``
    characters long.

    >>> [sorted(n) for n in required_literals(re.compile(r"\\w+'s (?:calls?|requests?) to"))]
    [['call', 'request'], [' to'], ["'s "]]
    """
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    case_added = bool(pattern.flags & re.IGNORECASE)
    need = [n for n in _needs(parsed, case_added) if _strength(n) >= MIN_LITERAL]
    return sorted(set(need), key=lambda n: (-_strength(n), sorted(n)))


def _shortest(literals: frozenset[str]) -> list[str]:
    """The literals that hold no other one ("photo" stands for "photos" and "/photo")."""
    return [x for x in literals if not any(y != x and y in x for y in literals)]


def _case_classes() -> dict[str, str]:
    """Each lower-case letter that a case-insensitive pattern takes for another (``re``'s
    own table: "ı" for "i", "ſ" for "s", "ς" for "σ") -> the lowest letter of its class."""
    pairs = {chr(k): {chr(v) for v in vs} for k, vs in _casefix._EXTRA_CASES.items()}
    rep: dict[str, str] = {}
    for letter in pairs:
        group, todo = {letter}, [letter]
        while todo:
            for other in pairs.get(todo.pop(), ()):
                if other not in group:
                    group.add(other)
                    todo.append(other)
        rep[letter] = min(group)
    return {k: v for k, v in rep.items() if k != v}


_CASE_CLASSES = _case_classes()
_FOLD_TABLE = str.maketrans(_CASE_CLASSES)
_FOLDED_LETTER = re.compile("[" + re.escape("".join(_CASE_CLASSES)) + "]")


def fold_case(text: str) -> str:
    """``text`` with each letter as a case-insensitive pattern compares it: its simple
    lower case ("İ" -> "i"), letters ``re`` takes for each other as one ("ſ" -> "s").
    A literal matches a text case-insensitively where its ``fold_case`` stands in the
    text's ``fold_case``.

    >>> fold_case("ĐÀ NẴNG'S Caſe")
    "đà nẵng's case"
    """
    low = text.replace("İ", "i").lower()  # "İ".lower() is "i" and a combining dot
    if low.isascii() or not _FOLDED_LETTER.search(low):
        return low
    return low.translate(_FOLD_TABLE)


@dataclass(frozen=True)
class Gate:
    """The literals a pattern needs: for each part, one of its literals (compared after
    ``fold_case`` when the pattern ignores case)."""

    parts: tuple[tuple[str, ...], ...]
    ignore_case: bool
    at_start: re.Pattern[str] | None = None  # else the pattern may match at the start

    def passes(self, text: str) -> bool:
        """Whether ``text`` holds a literal of every part (or ``at_start`` matches it)."""
        if not self.parts:
            return True
        haystack = folded(text) if self.ignore_case else text
        for part in self.parts:  # loops, not generators: 74 calls per article (issue 13)
            for literal in part:
                if literal in haystack:
                    break
            else:
                return self.at_start is not None and self.at_start.match(text) is not None
        return True


#: The last text ``folded`` folded and its fold (one tuple: replaced whole, never mixed).
_LAST_FOLDED: tuple[str, str] = ("", "")


def folded(text: str) -> str:
    """``fold_case(text)``, kept for the last text: the gates of the several patterns tried
    on one line in turn fold it once (issue 13)."""
    global _LAST_FOLDED
    last = _LAST_FOLDED
    if last[0] is text or last[0] == text:
        return last[1]
    found = fold_case(text)
    _LAST_FOLDED = (text, found)
    return found


_GATES: dict[re.Pattern[str], Gate] = {}


def literal_gate(pattern: re.Pattern[str]) -> Gate:
    """The test a text must pass for ``pattern`` to match it: ``MAX_PARTS`` sets of
    ``required_literals``, each the shortest literals that hold no other one, or for an
    alternation some of whose alternatives open at the text's start, the literals of the
    others or a match at the start (``anchored_alternation``); built once per pattern.
    With no parts when the pattern needs no literal."""
    gate = _GATES.get(pattern)
    if gate is None:
        ignore_case = bool(pattern.flags & re.IGNORECASE)
        fold = fold_case if ignore_case else str
        needs = required_literals(pattern)[:MAX_PARTS]
        anchored = None if needs else anchored_alternation(pattern)
        needs = [anchored] if anchored else needs
        parts = tuple(tuple(sorted(_shortest(frozenset(map(fold, n))))) for n in needs)
        gate = _GATES[pattern] = Gate(parts, ignore_case, pattern if anchored else None)
    return gate


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False only when ``text`` lacks literal text every match of ``pattern`` needs (so
    ``pattern`` neither matches nor finds anything in it)."""
    return literal_gate(pattern).passes(text)
