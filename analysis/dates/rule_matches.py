"""Every rule match in a text, as each rule's ``pattern.finditer`` finds them, fast: where
the date rules can start (the search accelerator of ``analysis.dates.scan``).

Every rule's match begins with a word from a small set (a month, a weekday, "from",
"the", ...) or at the first digit of a run of digits, and needs some words to be present
anywhere in the text ("year" for "last year"). ``_spans`` finds the trigger words in one
pass (an Aho-Corasick automaton), skips the rules whose needed words are absent, and at
each place where a rule can start tries all the rules that can start there in one call
of one compiled pattern (``rule_scan``), each rule resuming after its own match: the same
matches as each rule's ``pattern.finditer`` over the whole text (``tests/test_dates.py``
checks this against the full scan).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick_rs

from analysis.core.word_mask import mask_non_words
from analysis.dates.model import Handler
from analysis.dates.rule_scan import JointRules, first_matches, hits_at, join_rules
from analysis.dates.rules import DIGITS, RULES, THE

_DIGITS, _THE_BEFORE_DIGITS = DIGITS, THE


_COMPILED: list[tuple[str, int, re.Pattern[str], Handler]] = [
    (rule.name, priority, re.compile(rule.pattern, re.IGNORECASE), rule.handler)
    for priority, rule in enumerate(RULES)
]


@dataclass(frozen=True)
class _Rule:
    """A compiled rule (``priority``: its place in ``RULES``) with the tokens its match can
    start at and the tokens it needs (a digit included when the rule needs one)."""

    pattern: re.Pattern[str]
    handler: Handler
    priority: int
    starts: frozenset[str]
    needs: tuple[frozenset[str], ...]  # each: at least one of these tokens is in the text


_D = frozenset({_DIGITS})


_RULE_TABLE: tuple[_Rule, ...] = tuple(
    _Rule(pattern, handler, priority, rule.starts, rule.needs + ((_D,) if rule.digits else ()))
    for (_name, priority, pattern, handler), rule in zip(_COMPILED, RULES, strict=True)
)


#: Every word a rule starts at or needs (lower case).
_TOKEN_WORDS = frozenset().union(*(r.starts | frozenset().union(*r.needs) for r in _RULE_TABLE)) - {
    _DIGITS,
    _THE_BEFORE_DIGITS,
}


_WORD_RUN = re.compile(r"\w+")


#: Letters glued after a number inside a word run ("1AM", "3pm"): the rules read "am"
#: right after the hour, so it is a token too (besides the run "1am").
_GLUED_LETTERS = re.compile(r"(?<=\d)[^\W\d_]+")


_DIGIT_RUN = re.compile(r"\d+")


_DIGIT = re.compile(r"\d")


_DIGIT_TOKEN = frozenset({_DIGITS})


#: Letters that ``re.IGNORECASE`` equates with an ASCII letter but ``str.lower`` does not.
_CASE_FIXES = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


_CASE_FIX_CHARS = re.compile("[\u0130\u0131\u017f]")


def _present_tokens(text: str) -> frozenset[str]:
    """The tokens of ``_TOKEN_WORDS`` written in ``text`` as whole words (in any case),
    plus ``_DIGITS`` when it has a digit: a superset of what the rules can use."""
    present = frozenset(_word_offsets(text))
    return present | _DIGIT_TOKEN if _DIGIT.search(text) else present


#: The token words that can be a whole run of word characters (not "last night"), and one
#: Aho-Corasick automaton of them, each between spaces, to find them in the text with every
#: other character masked to a space (``mask_non_words``): where a run is such a word.
_RUN_WORDS = tuple(sorted(w for w in _TOKEN_WORDS if _WORD_RUN.fullmatch(w)))


_RUN_FINDER = ahocorasick_rs.AhoCorasick(
    [f" {word} " for word in _RUN_WORDS], matchkind=ahocorasick_rs.MatchKind.Standard
)


def _word_offsets(text: str, has_digit: bool | None = None) -> dict[str, list[int]]:
    """Where each word of ``_TOKEN_WORDS`` starts in ``text`` as a whole word (in any
    case, as the rules read it), in increasing order: the word runs of the lower-cased
    text (as long as the text once the letters ``re.IGNORECASE`` folds apart are fixed)
    that are token words, found by one pass of ``_RUN_FINDER`` (the same offsets as a loop
    over every run, ``tests/test_scan.py``, in about 0.6 of its time), then the letters
    glued after a number (``has_digit``: whether ``text`` has a digit, when known)."""
    if not text.isascii() and _CASE_FIX_CHARS.search(text):
        text = text.translate(_CASE_FIXES)
    lower = text.lower()
    out: dict[str, list[int]] = {}
    padded = f" {mask_non_words(lower)} "  # a word at k of ``lower``: its space at k here
    for index, start, _end in _RUN_FINDER.find_matches_as_indexes(padded, overlapping=True):
        word = _RUN_WORDS[index]
        if word in out:
            out[word].append(start)
        else:
            out[word] = [start]
    if has_digit or (has_digit is None and _DIGIT.search(lower)):
        for run in _GLUED_LETTERS.finditer(lower):
            word = run.group()
            if word in _TOKEN_WORDS:
                out.setdefault(word, []).append(run.start())
                out[word].sort()
    return out


#: token -> the places in ``_RULE_TABLE`` of the rules that can start at it.
_RULES_STARTING_AT: dict[str, tuple[int, ...]] = {
    token: tuple(i for i, rule in enumerate(_RULE_TABLE) if token in rule.starts)
    for token in frozenset().union(*(rule.starts for rule in _RULE_TABLE))
}


#: Every distinct set of ``_Rule.needs`` (rules share them: a digit, a month, ...), and
#: per rule of ``_RULE_TABLE`` the bits of the sets it needs (bit i: ``_NEED_SETS[i]``), so
#: that each set is checked once per text rather than once per rule needing it.
_NEED_SETS: tuple[frozenset[str], ...] = tuple(
    dict.fromkeys(need for rule in _RULE_TABLE for need in rule.needs)
)


_NEED_BITS: tuple[int, ...] = tuple(
    sum(1 << _NEED_SETS.index(need) for need in set(rule.needs)) for rule in _RULE_TABLE
)


def _unmet_needs(present: frozenset[str]) -> int:
    """The bits of the ``_NEED_SETS`` none of whose tokens is in ``present``."""
    return sum(1 << i for i, need in enumerate(_NEED_SETS) if need.isdisjoint(present))


#: token -> the places in ``_RULE_TABLE`` of the rules tried where it starts (at a "the"
#: before digits, the rules starting at it and at digits).
_PLACES_AT: dict[str, tuple[int, ...]] = {
    token: tuple(
        p for p in places if token != _THE_BEFORE_DIGITS or _DIGITS in _RULE_TABLE[p].starts
    )
    for token, places in _RULES_STARTING_AT.items()
}


#: A "the" (in any case, even ending a word) and whitespace before a digit (the token
#: ``THE``): where the rules starting at it can start.
_THE_DIGITS = re.compile(r"the(?=\s+\d)", re.IGNORECASE)


_JOINTS: dict[tuple[int, ...], JointRules] = {}  # compiled when first needed


def _joint(places: tuple[int, ...]) -> JointRules:
    """The rules at ``places`` of ``_RULE_TABLE`` joined in one pattern (``rule_scan``),
    compiled once."""
    joint = _JOINTS.get(places)
    if joint is None:
        patterns = [rule.pattern.pattern for rule in _RULE_TABLE]
        joint = _JOINTS[places] = join_rules(places, patterns, re.IGNORECASE)
    return joint


#: token -> the bits of the needed sets of the rules starting at it: the only bits of
#: ``_unmet_needs`` its joint depends on (so few joints are remembered per token).
_NEEDS_OF_TOKEN: dict[str, int] = {
    token: sum({1 << i for p in places for i in range(len(_NEED_SETS)) if _NEED_BITS[p] >> i & 1})
    for token, places in _PLACES_AT.items()
}


_JOINTS_MET: dict[tuple[str, int], JointRules | None] = {}


def _joint_met(token: str, unmet: int) -> JointRules | None:
    """The rules starting at ``token`` none of whose needed sets is among the ``unmet``
    bits (``_unmet_needs``) joined in one pattern (None when there is none), remembered."""
    key = (token, unmet & _NEEDS_OF_TOKEN.get(token, 0))
    if key not in _JOINTS_MET:
        starting = _PLACES_AT.get(token, ())
        places = tuple(p for p in starting if not _NEED_BITS[p] & unmet)
        _JOINTS_MET[key] = _joint(places) if places else None
    return _JOINTS_MET[key]


@lru_cache(maxsize=4096)
def _joints_of(present: frozenset[str]) -> tuple[tuple[str, JointRules], ...]:
    """The tokens of ``present`` (and the "the" before digits when it has a digit) at
    which a rule whose needed words are all in ``present`` can start, each with those
    rules joined (``_joint_met``)."""
    unmet = _unmet_needs(present)
    tokens = sorted(present | {_THE_BEFORE_DIGITS} if _DIGITS in present else present)
    joints = ((token, _joint_met(token, unmet)) for token in tokens)
    return tuple((token, joint) for token, joint in joints if joint is not None)


def _hits(text: str, offsets: dict[str, list[int]], present: frozenset[str]) -> set:
    """(start, end, priority) of every non-empty match of a rule whose needed words are
    in ``present`` at a place it can start: a trigger word of ``offsets``, the first digit
    of a number, a "the" before one."""
    hits: set[tuple[int, int, int]] = set()
    for token, joint in _joints_of(present):
        if token == _DIGITS:
            starts: Iterable[int] = (run.start() for run in _DIGIT_RUN.finditer(text))
        elif token == _THE_BEFORE_DIGITS:
            starts = (found.start() for found in _THE_DIGITS.finditer(text))
        else:
            starts = offsets[token]
        hits.update(hits_at(joint, text, starts))
    return hits


def _spans(text: str) -> list[tuple[int, int, int]]:
    """(start, end, priority) of every rule match in ``text`` (as each rule's
    ``pattern.finditer`` finds them): the rules that can start at a place (and whose
    needed words are in the text) tried together there, in one compiled pattern
    (``_joint``), one call per place (``tests/test_scan.py`` checks it against a try of
    each rule at each of its starts, the former scan)."""
    has_digit = _DIGIT.search(text) is not None
    offsets = _word_offsets(text, has_digit)
    present = frozenset(offsets) | _DIGIT_TOKEN if has_digit else frozenset(offsets)
    hits = _hits(text, offsets, present) if present else None
    return first_matches(sorted(hits)) if hits else []
