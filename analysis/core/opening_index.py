"""Whole-line rule lists indexed by the character a line opens with (issue 13).

A rule list such as the header's ``chrome`` (185 alternatives) is compiled as one whole-line
pattern ``^\\s*(?:A1|A2|...)\\s*$`` and tried on most header lines, and on every piece of a
line after a space; ``re`` tries each alternative in turn at the line's start, although most
of them cannot open with the line's first character ("share", "follow", "subscribe" cannot
match a line opening with "M"). ``opening_test`` reads an alternative's parse tree for the
characters a match can open with (its first literal, class or dot, behind optional parts,
look-arounds and anchors) and compiles them, with the alternative's own case flags, as a
test of one character; ``LineAlternation`` tries a line against one pattern of the
"broad" alternatives (those that open with a dot or with most letters) and one of the
others that can open with its first character (compiled once per such set), and
``FirstOf`` tries in turn only the patterns of a list that can open with it and hold the
line's length (``longest_line``).

The result is the full pattern's: an alternative that could match is never left out (a
construct the test cannot read, a dot, or an alternative that can match nothing at all
keeps it for every line, as does a line opening with a space, which the leading ``\\s*``
may leave to the alternative). The full pattern is kept as ``LineAlternation.full``, the
reference the property tests compare with.
"""

from __future__ import annotations

import re
import string
from bisect import bisect_left
from collections.abc import Sequence

try:  # ``re``'s parser is internal: a Python that moves it gets no index (every
    # alternative is tried on every line, as the full pattern does), never an error
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    _REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT))
    _ZERO_WIDTH = (c.AT, c.ASSERT, c.ASSERT_NOT)
    _CATEGORIES = {
        c.CATEGORY_DIGIT: r"\d",
        c.CATEGORY_NOT_DIGIT: r"\D",
        c.CATEGORY_SPACE: r"\s",
        c.CATEGORY_NOT_SPACE: r"\S",
        c.CATEGORY_WORD: r"\w",
        c.CATEGORY_NOT_WORD: r"\W",
    }
except (ImportError, AttributeError):  # pragma: no cover - depends on the Python
    _parser = None

_SPACE = re.compile(r"\s")
_UNBOUNDED = 1 << 31  # ``getwidth``'s "no limit" is larger

#: What a parsed (sub)pattern can open with: tests of one character (pattern text), and
#: whether it can match without consuming a character; None: any character.
Openings = tuple[list[str], bool] | None


class _Unread(Exception):
    """A construct whose opening characters are not read (a back-reference)."""


def _char(code: int) -> str:
    return f"\\U{code:08x}"


def _class(items: list) -> str:
    """A parsed character class as pattern text."""
    parts = []
    for op, av in items:
        if op is c.NEGATE:
            parts.append("^")
        elif op is c.LITERAL:
            parts.append(_char(av))
        elif op is c.RANGE:
            parts.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op is c.CATEGORY and av in _CATEGORIES:
            parts.append(_CATEGORIES[av])
        else:
            raise _Unread(op)
    return "[" + "".join(parts) + "]"


def _scoped(piece: str, ignore_case: bool) -> str:
    return f"(?i:{piece})" if ignore_case else f"(?-i:{piece})"


def _one_char(op: object, av: object, ignore_case: bool) -> str | None:
    """The test of a parsed item that consumes one character, or None for another item."""
    if op is c.LITERAL:
        return _scoped(_char(av), ignore_case)  # type: ignore[arg-type]
    if op is c.NOT_LITERAL:
        return _scoped(f"[^{_char(av)}]", ignore_case)  # type: ignore[arg-type]
    if op is c.IN:
        return _scoped(_class(av), ignore_case)  # type: ignore[arg-type]
    return None


def _item(op: object, av: object, ignore_case: bool) -> Openings:
    """What one parsed item can open with."""
    one = _one_char(op, av, ignore_case)
    if one is not None:
        return [one], False
    if op in _ZERO_WIDTH:
        return [], True  # anchors and look-arounds: read through (never narrower)
    if op is c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av  # type: ignore[misc]
        scoped = (ignore_case or bool(add_flags & re.I)) and not del_flags & re.I
        return _openings(sub, scoped)
    if op is c.BRANCH:
        return _union([_openings(alt, ignore_case) for alt in av[1]])  # type: ignore[index]
    if op in _REPEATS:
        low, _high, sub = av  # type: ignore[misc]
        found = _openings(sub, ignore_case)
        return None if found is None else (found[0], found[1] or low == 0)
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _openings(av, ignore_case)
    if op is c.ANY:
        return None
    raise _Unread(op)


def _union(branches: list[Openings]) -> Openings:
    if any(b is None for b in branches):
        return None
    tests = [t for b in branches for t in b[0]]  # type: ignore[index]
    return tests, any(b[1] for b in branches)  # type: ignore[index]


def _openings(parsed: object, ignore_case: bool) -> Openings:
    """What a parsed sequence can open with: the openings of its items up to the first
    that must consume a character."""
    tests: list[str] = []
    for op, av in parsed:  # type: ignore[attr-defined]
        found = _item(op, av, ignore_case)
        if found is None:
            return None
        tests += found[0]
        if not found[1]:
            return tests, False
    return tests, True


#: What reading a parse tree may raise on a Python whose tree differs: the pattern is then
#: "not read" (None), which keeps it for every line.
_TREE_ERRORS = (re.error, AttributeError, TypeError, ValueError, IndexError, KeyError)


def _parsed(pattern: str, flags: int) -> object | None:
    if _parser is None:
        return None
    try:
        return _parser.parse(pattern, flags)
    except _TREE_ERRORS:
        return None


def opening_test(pattern: str, flags: int = 0) -> re.Pattern[str] | None:
    """A pattern whose ``fullmatch`` accepts every character a match of ``pattern``
    (compiled with ``flags``) can open with, and maybe more; None when that may be any
    character (a dot, a construct not read, or a pattern that can match no character).

    >>> opening_test(r"(?:share|follow)( us)?", re.I).fullmatch("F") is not None
    True
    >>> opening_test(r"(?:share|follow)( us)?", re.I).fullmatch("M") is None
    True
    >>> opening_test(r"\\d*") is None  # it can match no character
    True
    """
    parsed = _parsed(pattern, flags)
    try:
        found = None if parsed is None else _openings(parsed, bool(flags & re.I))
    except (_Unread, *_TREE_ERRORS):
        return None
    if found is None or found[1]:
        return None
    return re.compile("|".join(found[0]) or "(?!)")


def _lookahead_bound(parsed: object) -> int | None:
    """The most characters a text may hold after the point where ``parsed`` starts to
    match when it opens with a look-ahead closed by ``$`` ("(?=.{0,80}$)..."): that
    look-ahead's widest match and a final newline; None when it opens with none."""
    if parsed.state.flags & re.M:  # type: ignore[attr-defined]
        return None
    for op, av in parsed:  # type: ignore[attr-defined]
        if op not in _ZERO_WIDTH:
            return None
        if op is c.ASSERT and av[0] == 1 and list(av[1])[-1:] == [(c.AT, c.AT_END)]:
            body = _parser.SubPattern(av[1].state, list(av[1])[:-1])
            return body.getwidth()[1] + 1
    return None


def longest_line(pattern: str, flags: int = 0) -> int | None:
    """The most characters, spaces at either end left out, a line ``pattern`` matches
    whole can hold (``pattern`` standing in ``whole_line``): its widest match, or what a
    look-ahead closed by ``$`` at its start allows; None when unbounded or not read.

    >>> longest_line(r"share( this)?"), longest_line(r"(?=.{0,80}$).*"), longest_line(r"\\d+")
    (10, 81, None)
    """
    parsed = _parsed(pattern, flags)
    if parsed is None:
        return None
    try:
        bounds = [parsed.getwidth()[1], _lookahead_bound(parsed)]  # type: ignore[attr-defined]
    except _TREE_ERRORS:
        return None
    found = min((b for b in bounds if b is not None), default=None)
    return None if found is None or found >= _UNBOUNDED else found


def whole_line(alternatives: Sequence[str], flags: int) -> re.Pattern[str]:
    """``alternatives`` as one whole-line pattern: ``^\\s*(?:(?:A1)|(?:A2)|...)\\s*$``,
    one that never matches when there are none."""
    body = "|".join(f"(?:{p})" for p in alternatives) or "(?!)"
    return re.compile(rf"^\s*(?:{body})\s*$", flags)


class _Index:
    """Which of a list's patterns (each standing in ``whole_line``) a line may match: those
    that can open with its first character (any, when it is a space) and hold as many
    characters as it has without spaces at its ends; the answer kept per first character
    and length class."""

    def __init__(self, patterns: Sequence[str], flags: int) -> None:
        self._tests = [opening_test(p, flags) for p in patterns]
        longest = [longest_line(p, flags) for p in patterns]
        self._longest = [_UNBOUNDED if n is None else n for n in longest]
        self._lengths = sorted(set(self._longest))  # a line's length -> its place among them
        self._kept: dict[tuple[str, int], tuple[int, ...]] = {}

    def kept(self, text: str) -> tuple[int, ...]:
        """The places of the patterns ``text`` may match, in order."""
        key = (text[:1], bisect_left(self._lengths, len(text.strip())))
        found = self._kept.get(key)
        if found is None:
            found = self._kept[key] = self._find(*key)
        return found

    def _find(self, first: str, place: int) -> tuple[int, ...]:
        every = not first or _SPACE.match(first)
        least = self._lengths[place] if place < len(self._lengths) else _UNBOUNDED + 1
        return tuple(
            i
            for i, (test, longest) in enumerate(zip(self._tests, self._longest, strict=True))
            if longest >= least and (every or test is None or test.fullmatch(first))
        )


#: An alternative that can open with more than ``BROAD_OPENINGS`` of these characters is
#: "broad": one pattern of them all is tried on every line, while the other alternatives
#: are compiled together per first character (few compiles: each is in one or two).
OPENING_SAMPLE = string.ascii_letters + string.digits
BROAD_OPENINGS = 20


class LineAlternation:
    """A whole-line alternation (``whole_line``) that tries a line only against the
    alternatives that can open with its first character: the broad ones (see
    ``BROAD_OPENINGS``) as one pattern, the others that can open with it as another.
    ``match``, ``fullmatch`` and ``search`` find a match exactly when the full pattern
    (``full``) does, spanning the same text (the numbered groups are the narrowed
    patterns': read none)."""

    def __init__(self, alternatives: Sequence[str], flags: int = 0) -> None:
        self.alternatives = tuple(alternatives)
        self.full = whole_line(self.alternatives, flags)
        self.pattern, self.flags = self.full.pattern, self.full.flags
        tests = [opening_test(a, flags) for a in self.alternatives]
        broad = [i for i, test in enumerate(tests) if _broad(test)]
        self._broad = whole_line([self.alternatives[i] for i in broad], flags) if broad else None
        self._narrow = [(i, t) for i, t in enumerate(tests) if t is not None and i not in broad]
        self._by_first: dict[str, tuple[re.Pattern[str], ...]] = {}
        self._by_kept: dict[tuple[int, ...], re.Pattern[str]] = {}

    def narrowed(self, text: str) -> tuple[re.Pattern[str], ...]:
        """The whole-line patterns to try ``text`` with: the broad alternatives', and the
        other alternatives' that can open with its first character (the full pattern
        when ``text`` is empty or opens with a space)."""
        first = text[:1]
        found = self._by_first.get(first)
        if found is None:
            found = self._by_first[first] = self._patterns(first)
        return found

    def _patterns(self, first: str) -> tuple[re.Pattern[str], ...]:
        if not first or _SPACE.match(first):
            return (self.full,)
        kept = tuple(i for i, test in self._narrow if test.fullmatch(first))
        if kept and kept not in self._by_kept:
            self._by_kept[kept] = whole_line([self.alternatives[i] for i in kept], self.flags)
        found = (self._broad, self._by_kept[kept] if kept else None)
        return tuple(p for p in found if p is not None)

    def _first(self, text: str, how: str) -> re.Match[str] | None:
        """The first match by ``how`` ("match", "fullmatch") among the narrowed patterns."""
        for pattern in self.narrowed(text):
            found = getattr(pattern, how)(text)
            if found:
                return found
        return None

    def match(self, text: str) -> re.Match[str] | None:
        """``re.Pattern.match`` of the full pattern (the same span)."""
        return self._first(text, "match")

    def fullmatch(self, text: str) -> re.Match[str] | None:
        """``re.Pattern.fullmatch`` of the full pattern (the same span)."""
        return self._first(text, "fullmatch")

    def search(self, text: str) -> re.Match[str] | None:
        """``re.Pattern.search`` of the full pattern: anchored at the start, its match."""
        return self.match(text)


def _broad(test: re.Pattern[str] | None) -> bool:
    """Whether an alternative with this opening test is broad (``BROAD_OPENINGS``)."""
    return test is None or sum(bool(test.fullmatch(ch)) for ch in OPENING_SAMPLE) > BROAD_OPENINGS


class FirstOf:
    """Whole-line patterns (each ``whole_line([p])``) tried in turn, for lists whose
    patterns reuse group names and cannot be one alternation; ``match`` gives the first
    that matches, like ``re.Pattern.match``, trying only the patterns the line may match
    (``_Index``). ``patterns`` keeps them all, in order (the reference)."""

    def __init__(self, patterns: Sequence[str], flags: int = 0) -> None:
        self.patterns = [whole_line([p], flags) for p in patterns]
        self._index = _Index(patterns, flags)

    def match(self, text: str) -> re.Match[str] | None:
        """The first pattern's match of the whole ``text``, or None."""
        for i in self._index.kept(text):
            found = self.patterns[i].match(text)
            if found:
                return found
        return None
