"""Dictionary terms as regular expressions, and the literal text a match must contain.

A term is a phrase in the dictionary's syntax (``analysis/data/themes.yaml``'s header
documents it): plain words matched whole and case-insensitively, ``*`` for any run of word
characters, hyphens and apostrophes in any of their forms, or ``re:`` and a raw regex.
``term_regex`` translates one term, ``compile_terms`` a list into one named pattern;
``literal_runs``, ``required_literals`` and ``term_prefixes`` give the plain text a match
needs (a cheap test before a regex); ``AnchoredTerms`` tries at a position only the terms
that can begin with the word there.

    >>> bool(compile_terms(["people-to-people"]).fullmatch("People to people"))
    True
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.annotators.term_index import MEMO_WORDS, WORD, matches_at, term_anchor

_HYPHENS = "-\u2010\u2011\u2012\u2013"
_APOSTROPHES = "'\u2019\u2018"
WORD_START = r"(?<!\w)"
"""The word-start check that opens every plain term's regex."""


def term_regex(term: str) -> str:
    """Translate one dictionary term into a regular expression (without flags).

    Plain terms match whole words, case-insensitively (the flag is added by the
    caller); ``*`` matches any run of word characters; a hyphen also matches a space
    and the other dash characters; an apostrophe matches straight and curly ones;
    spaces match any run of whitespace. ``re:...`` is passed through as a regex.

    >>> bool(re.fullmatch(term_regex("people-to-people"), "people to people"))
    True
    >>> bool(re.fullmatch(term_regex("diversif*"), "diversification"))
    True
    """
    if not isinstance(term, str) or not term.strip():
        raise ValueError("term is empty")
    term = term.strip()
    if term.startswith("re:"):
        return _raw_regex(term)
    _check_plain_term(term)
    return WORD_START + _plain_body(term) + r"(?!\w)"


def _raw_regex(term: str) -> str:
    """The regex of a ``re:`` term, checked to compile."""
    body = term[3:]
    if not body:
        raise ValueError("'re:' term has no pattern")
    try:
        re.compile(body)
    except re.error as exc:
        raise ValueError(f"term {term!r} is not a valid regular expression ({exc})") from None
    return f"(?:{body})"


def _check_plain_term(term: str) -> None:
    """Raise ``ValueError`` saying the fix when a plain term cannot be used."""
    if "**" in term:
        raise ValueError(f"term {term!r} has '**'; use a single '*' wildcard")
    if not any(ch.isalnum() for ch in term):
        raise ValueError(f"term {term!r} has no letters or digits and would match anything")
    if term.startswith("*"):
        raise ValueError(f"term {term!r} starts with '*'; wildcards may only end or join words")


def _plain_body(term: str) -> str:
    """A plain term's regex without its word-boundary checks (a run of spaces: one ``\\s+``)."""
    parts: list[str] = []
    for ch in term:
        if not ch.isspace():
            parts.append(_char_regex(ch))
        elif not parts or parts[-1] != r"\s+":
            parts.append(r"\s+")
    return "".join(parts)


def _char_regex(ch: str) -> str:
    """The regex of one character of a plain term (not a space)."""
    if ch == "*":
        return r"\w*"
    if ch in _HYPHENS:
        return rf"(?:[{_HYPHENS}]|\s+)"
    if ch in _APOSTROPHES:
        return f"[{_APOSTROPHES}]"
    return re.escape(ch)


def strip_word_start(regex: str) -> str:
    """``regex`` without its leading word-start check, if it has one."""
    return regex[len(WORD_START) :] if regex.startswith(WORD_START) else regex


def compile_terms(
    terms: Sequence[str], *, named: bool = False, only: Sequence[int] | None = None
) -> re.Pattern[str]:
    """One case-insensitive pattern matching any of ``terms`` (longer terms first).

    With ``named=True`` each term is a group ``t<i>`` (``i`` its index in ``terms``).
    The word-start check shared by all plain terms is tested once, before the
    alternatives, which makes matching several times faster. ``only`` (indices into
    ``terms``) keeps those terms, in the same relative order and with the same names.
    """
    keep = range(len(terms)) if only is None else only
    order = sorted(keep, key=lambda i: (-len(terms[i]), i))
    plain, raw = [], []
    for i in order:
        regex = term_regex(terms[i])
        is_plain = regex.startswith(WORD_START)
        body = strip_word_start(regex)
        (plain if is_plain else raw).append(f"(?P<t{i}>{body})" if named else body)
    alternatives = ([f"{WORD_START}(?:{'|'.join(plain)})"] if plain else []) + raw
    return re.compile("|".join(alternatives), re.IGNORECASE)


# --- the literal text a match needs -----------------------------------------------------

_LITERAL_RUN = re.compile(r"[^\s*'\u2019\u2018\-\u2010-\u2013]+")
_QUANTIFIERS = "?*+{"
_SKIPPED = "{\\["  # a counted repeat, an escape, a class: no literal inside
_DEPTH_CHANGE = {"(": 1, ")": -1}


def literal_runs(terms: Sequence[str]) -> tuple[tuple[str, ...], ...] | None:
    """Per term, every literal run (lower case) a text must hold for the term to match
    (for a raw regex, its ``required_literals``)."""
    out = []
    for term in terms:
        term = term.strip()
        if term.startswith("re:"):
            out.append(required_literals(term[3:]))
        else:
            out.append(tuple(r.lower() for r in _LITERAL_RUN.findall(term)))
    return tuple(out)


def required_literals(regex: str) -> tuple[str, ...]:
    r"""Runs of plain letters, digits and spaces that every match of ``regex`` contains: those
    outside any group, class or alternative (none when the regex has a top-level ``|``);
    a letter that a quantifier follows is left out. Conservative: may miss some.

    >>> required_literals(r"(?:since|after)\s+the\s+(?:\w+\s+){0,3}congress")
    ('the', 'congress')
    >>> required_literals("a|b")
    ()
    """
    if "(?x" in regex:  # verbose: spaces are not literal
        return ()
    runs: list[str] = []
    run, depth, i = "", 0, 0
    while i < len(regex):
        ch = regex[i]
        if ch in _SKIPPED:
            runs.append(run[:-1] if ch == "{" else run)  # a repeat takes the letter before
            run, i = "", _skipped_end(regex, i)
            continue
        depth += _DEPTH_CHANGE.get(ch, 0)
        if ch == "|" and depth == 0:
            return ()
        if depth == 0 and _is_literal(ch):
            run += ch
        else:
            runs.append(run)
            run = ""
            if ch in _QUANTIFIERS and runs[-1]:
                runs[-1] = runs[-1][:-1]  # the quantifier applies to the letter before it
        i += 1
    runs.append(run)
    return tuple(r.strip().lower() for r in runs if r.strip())


def _is_literal(ch: str) -> bool:
    """Whether ``ch`` outside any group stands for itself (an ASCII letter, digit or space)."""
    return ch.isascii() and (ch.isalnum() or ch == " ")


def _skipped_end(regex: str, start: int) -> int:
    """The position after the counted repeat, escape or class opening at ``start``."""
    ch = regex[start]
    if ch == "\\":
        return start + 2
    if ch == "[":
        return _class_end(regex, start)
    end = regex.find("}", start)
    return len(regex) if end < 0 else end + 1


def _class_end(regex: str, start: int) -> int:
    """The position after the character class opening at ``start``."""
    i = start + 1
    if i < len(regex) and regex[i] == "^":
        i += 1
    if i < len(regex) and regex[i] == "]":
        i += 1
    while i < len(regex) and regex[i] != "]":
        i += 2 if regex[i] == "\\" else 1
    return i + 1


def term_prefixes(terms: Sequence[str]) -> tuple[str, ...] | None:
    """The longest literal run of each term, lower-cased (``None`` if a term is a raw
    regex): any text that matches a term contains that run."""
    prefixes = []
    for term in terms:
        runs = _LITERAL_RUN.findall(term.strip())
        if term.strip().startswith("re:") or not runs:
            return None
        prefixes.append(max(runs, key=len).lower())
    return tuple(sorted(set(prefixes)))


# --- matching where a word starts -------------------------------------------------------

_WORD_CHAR = re.compile(r"\w")


def word_start_spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """The leftmost, non-overlapping matches of ``pattern`` that start a word: exactly
    ``finditer`` of the pattern with ``(?<!\\w)`` in front, but several times faster (a
    pattern that opens with a lookbehind cannot skip ahead to its first letters)."""
    out: list[tuple[int, int]] = []
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        start = m.start()
        if start and _WORD_CHAR.match(text, start - 1):
            pos = start + 1
            continue
        out.append(m.span())
        pos = max(m.end(), start + 1)
    return out


class AnchoredTerms:
    """Per first word of a text position, a pattern of only the terms that can start
    there (those whose anchor is that word, or a prefix of it for ``*`` terms).

    ``match(text, start)`` equals ``pattern.match(text, start)`` for the full named
    pattern of the terms, at a position where a word starts, but tries a handful of
    alternatives instead of all of them. Sub-patterns are compiled on first use and
    remembered per word.
    """

    def __init__(self, terms: Sequence[str], full: re.Pattern[str]):
        self.terms, self.full = tuple(terms), full
        self.exact: dict[str, list[int]] = {}
        self.prefix: list[tuple[str, int]] = []
        self.anchored = True
        for i, term in enumerate(self.terms):
            anchor = term_anchor(term)
            if anchor is None:
                self.anchored = False
            elif anchor.prefix:
                self.prefix.append((anchor.word.lower(), i))
            else:
                self.exact.setdefault(anchor.word.lower(), []).append(i)
        self._memo: dict[str, re.Pattern[str] | None] = {}

    def pattern_for(self, word: str) -> re.Pattern[str] | None:
        """The pattern of the terms that may start with ``word`` (lower case, ASCII);
        ``None`` when none can."""
        if word in self._memo:
            return self._memo[word]
        only = self.exact.get(word, []) + [i for w, i in self.prefix if word.startswith(w)]
        found = compile_terms(self.terms, named=True, only=sorted(only)) if only else None
        if len(self._memo) > MEMO_WORDS:
            self._memo.clear()
        self._memo[word] = found
        return found

    def match(self, text: str, start: int) -> re.Match[str] | None:
        """``full.match(text, start)`` through the sub-pattern of the word at ``start``."""
        word = WORD.match(text, start)
        if not self.anchored or word is None or not word.group(0).isascii():
            return self.full.match(text, start)
        pattern = self.pattern_for(word.group(0).lower())
        return None if pattern is None else pattern.match(text, start)


def anchored_matches(
    terms: AnchoredTerms,
    text: str,
    starts: Sequence[int] | None,
    words: dict[int, str] | None = None,
) -> list[re.Match[str]]:
    """``analysis.annotators.term_index.matches_at`` for ``terms.full``, trying at each start only
    the terms that can begin with the word there (``words``: the lower-case word at each
    start, from ``AnchorIndex.candidates_and_words``; looked up when missing)."""
    if starts is None or not terms.anchored:
        return matches_at(terms.full, text, starts)
    out: list[re.Match[str]] = []
    end = 0
    memo = terms._memo
    for start in starts:
        if start < end:
            continue
        word = words.get(start) if words is not None else None
        if word is None or not word.isascii():
            found = terms.match(text, start)
        else:
            pattern = memo[word] if word in memo else terms.pattern_for(word)
            found = None if pattern is None else pattern.match(text, start)
        if found is not None:
            out.append(found)
            end = max(found.end(), start + 1)
    return out
