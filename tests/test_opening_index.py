"""The whole-line rule lists of ``analysis.core.opening_index`` match exactly what their full
patterns match: on random alternatives and lines, and for the data files' lists (the
header's ``chrome``, the layout's ``publication_notes``) on every line of the layout zoo and
the samples."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.core.data_files import load_data_file
from analysis.core.opening_index import (
    FirstOf,
    LineAlternation,
    longest_line,
    opening_test,
    whole_line,
)
from analysis.ingest.metadata import load_scoring
from analysis.ingest.page_rules import load_rules
from tests.strategies import real_lines

#: Pieces of patterns and lines: letters case-insensitive matching treats specially (dotless
#: and dotted i, long s, Kelvin sign, final sigma), spaces, digits, punctuation.
PIECES = ("ab", "Ab", "share", "SHARE", "ſ", "s", "ı", "i", "İ", "K", "k", "σ", "ς", "Σ")
PIECES += (" ", "  ", "\t", "1", "42", "|", "-", ".", "é", "Đ", "\n")


@st.composite
def regexes(draw: st.DrawFn, depth: int = 0) -> str:
    """A small regular expression of literals, classes, dots, groups, alternations,
    repeats, look-arounds (a length limit closed by ``$`` among them), anchors and scoped
    case flags."""
    if depth >= 3:
        return re.escape(draw(st.sampled_from(PIECES)))
    part = st.deferred(lambda: regexes(depth + 1))
    kind = draw(st.integers(0, 10))
    if kind == 0:
        return draw(
            st.sampled_from(["[a-z]", r"\w", r"\d", r"\s", r"\W", "[^a]", "[^\\W\\d_]", "."])
        )
    if kind == 1:
        return f"(?:{draw(part)}|{draw(part)})"
    if kind == 2:
        repeat = draw(st.sampled_from(["?", "*", "+", "{1,2}", "{0,3}", "++", "{0}", "*?"]))
        return f"(?:{draw(part)}){repeat}"
    if kind == 3:
        opening = draw(st.sampled_from(["?i:", "?-i:", "?=", "?!", "?<=s", "?>", ""]))
        return f"({opening}{draw(part)})"
    if kind == 4:
        return draw(st.sampled_from(["^", "$", r"\b", r"(?=.{0,3}$)", r"(?=.{0,6}$)"]))
    return "".join(draw(st.lists(part, min_size=1, max_size=3)))


def _valid(patterns: list[str], flags: int) -> bool:
    try:
        whole_line(patterns, flags)
    except re.error:
        return False
    return True


lines = st.lists(st.sampled_from(PIECES), max_size=10).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.lists(regexes(), min_size=1, max_size=5), st.booleans(), st.lists(lines, max_size=6))
def test_a_line_alternation_matches_as_its_full_pattern(patterns, ignore_case, texts) -> None:
    """Random alternatives and lines: ``match``, ``fullmatch`` and ``search`` find a match
    where the full pattern does, with the same span."""
    flags = re.I if ignore_case else 0
    if not _valid(patterns, flags):
        return
    indexed = LineAlternation(patterns, flags)
    for text in texts:
        for method in ("match", "fullmatch", "search"):
            want = getattr(indexed.full, method)(text)
            got = getattr(indexed, method)(text)
            assert (got and got.span()) == (want and want.span()), (patterns, text, method)


@settings(max_examples=500, deadline=None)
@given(st.lists(regexes(), min_size=1, max_size=5), st.booleans(), st.lists(lines, max_size=6))
def test_first_of_gives_the_first_pattern_that_matches(patterns, ignore_case, texts) -> None:
    """Random patterns tried in turn: the match of the first that matches, as trying every
    one in order gives."""
    flags = re.I if ignore_case else 0
    if not all(_valid([p], flags) for p in patterns):
        return
    first_of = FirstOf(patterns, flags)
    for text in texts:
        want = next((m for m in (p.match(text) for p in first_of.patterns) if m), None)
        got = first_of.match(text)
        assert (got and (got.re, got.span())) == (want and (want.re, want.span())), (
            patterns,
            text,
        )


@settings(max_examples=300, deadline=None)
@given(regexes(), st.booleans(), lines)
def test_a_match_opens_with_a_character_the_opening_test_accepts(source, ignore_case, text):
    """Wherever a pattern matches at least one character, its opening test accepts the
    first, and the match is no longer than ``longest_line`` allows."""
    flags = re.I if ignore_case else 0
    try:
        pattern = re.compile(source, flags)
    except re.error:
        return
    found = pattern.match(text)
    if found is None or found.end() == 0:
        return
    test = opening_test(source, flags)
    assert test is None or test.fullmatch(text[0]), (source, text)
    longest = longest_line(source, flags)
    assert longest is None or found.end() <= longest, (source, text)


def test_opening_tests_read_classes_flags_and_optional_parts() -> None:
    """The characters a pattern can open with, through optional parts, look-aheads and
    scoped case flags; none for a dot or a pattern that can match no character."""
    share = opening_test(r"(?:the )?(?=\w)(?-i:Share|x)|\d+ views", re.I)
    assert share is not None
    assert [bool(share.fullmatch(ch)) for ch in "tTSsx7X-"] == [1, 1, 1, 0, 1, 1, 0, 0]
    assert opening_test("[^\\W\\d_]x", re.I).fullmatch("é")
    assert not opening_test("[^\\W\\d_]x", re.I).fullmatch("4")
    assert opening_test("k", re.I).fullmatch("\u212a")  # the Kelvin sign, as re takes it
    assert opening_test(".{1,80}jpg") is None
    assert opening_test("(?:abc)?") is None
    assert longest_line("share( this)?( post)?") == 15
    assert longest_line("(?=.{0,60}$)(global|asia) edition.*") == 61
    assert longest_line("subscribe.*") is None


def _suffixes(texts: list[str]) -> list[str]:
    """Every piece of a line after a space before a letter, as ``trailing_tools_start``
    tries it."""
    return [t[g.end() :].strip() for t in texts for g in re.finditer(r"\s+(?=[^\W\d_])", t)]


def test_chrome_matches_as_its_full_pattern_on_every_real_line() -> None:
    """The header's ``chrome`` list on every line of the zoo and the samples, and on every
    piece of a short line after a space: a match exactly where the full pattern finds one."""
    chrome = load_scoring().chrome
    texts = real_lines()
    texts += _suffixes([t for t in texts if len(t) <= 120])
    assert len(texts) > 50_000
    differ = [t for t in texts if bool(chrome.match(t)) != bool(chrome.full.match(t))]
    assert differ == []
    assert sum(bool(chrome.match(t)) for t in texts) > 500  # the list does match lines


def test_publication_notes_match_as_tried_in_turn_on_every_real_line() -> None:
    """``publication_notes`` on every line of the zoo and the samples: the same pattern's
    match, with the same date, as trying each in turn."""
    notes = load_rules().publication_note
    assert len(notes.patterns) == len(load_data_file("page_layout.yaml")["publication_notes"])
    found = 0
    for text in real_lines():
        want = next((m for m in (p.match(text) for p in notes.patterns) if m), None)
        got = notes.match(text)
        assert (got and (got.re, got.groupdict())) == (want and (want.re, want.groupdict()))
        found += want is not None
    assert found > 20


def test_a_python_whose_re_parser_moved_gets_every_alternative_tried(monkeypatch) -> None:
    """``re._parser`` is internal: when it is missing, or its tree is not what the index
    reads, no alternative is left out and matches are the full pattern's."""
    import analysis.core.opening_index as index

    patterns = [r"share( this)?", r"(?=.{0,20}$)follow us", r"\d+ views"]
    texts = ["Share this", "follow us", "12 views", "Menu", " share", "42 views today"]

    def broken_parse(pattern: str, flags: int = 0) -> object:
        raise AttributeError("a parse tree of another shape")

    for parser in (None, type("Moved", (), {"parse": staticmethod(broken_parse)})):
        monkeypatch.setattr(index, "_parser", parser)
        assert opening_test(patterns[0], re.I) is None
        assert longest_line(patterns[0]) is None
        lines = LineAlternation(patterns, re.I)
        assert [bool(lines.match(t)) for t in texts] == [bool(lines.full.match(t)) for t in texts]
        assert [bool(lines.match(t)) for t in texts] == [True, True, True, False, True, False]
        first = FirstOf(patterns, re.I)
        assert [getattr(first.match(t), "re", None) for t in texts] == [
            next((p for p in first.patterns if p.match(t)), None) for t in texts
        ]
