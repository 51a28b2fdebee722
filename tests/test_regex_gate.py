"""The literal gates of ``analysis.core.regex_gate`` never turn away a text a pattern
matches: on random patterns and texts, and for the data files' patterns on every line of
the layout zoo and the samples."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.core.regex_gate import Gate, fold_case, folded, literal_gate, may_match
from analysis.ingest.page_rules import load_rules
from tests.strategies import articles

ROOT = Path(__file__).resolve().parents[1]
ZOO = sorted((ROOT / "tests" / "data" / "layouts").glob("*.txt"))
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

#: Pieces of patterns and texts rich in the letters case-insensitive matching treats
#: specially (dotless and dotted i, long s, Kelvin sign, final sigma).
PIECES = ("ab", "Ab", "call", "CALL", "ſ", "s", "ı", "i", "İ", "K", "k", "σ", "ς", "Σ", "'s ", " ")


def _lines(paths: list[Path]) -> list[str]:
    return [line for path in paths for line in path.read_text("utf-8").splitlines() if line]


@st.composite
def regexes(draw: st.DrawFn, depth: int = 0) -> str:
    """A small regular expression built of literals, classes, groups, alternations,
    repeats, look-arounds and scoped case flags."""
    if depth >= 3:
        return re.escape(draw(st.sampled_from(PIECES)))
    part = st.deferred(lambda: regexes(depth + 1))
    kind = draw(st.integers(0, 9))
    if kind == 0:
        return "[a-z]" if draw(st.booleans()) else r"\w"
    if kind == 1:
        return f"(?:{draw(part)}|{draw(part)})"
    if kind == 2:
        return f"(?:{draw(part)}){draw(st.sampled_from(['?', '*', '+', '{1,2}', '{0,3}', '++']))}"
    if kind == 3:
        opening = draw(st.sampled_from(["?i:", "?-i:", "?=", "?!", "?<=s", "?>"]))
        return f"({opening}{draw(part)})"
    if kind == 4:
        return draw(st.sampled_from(["^", "$", r"\b"]))
    return "".join(draw(st.lists(part, min_size=1, max_size=3)))


@settings(max_examples=400, deadline=None)
@given(
    regexes(), st.booleans(), st.lists(st.sampled_from(PIECES), max_size=12), st.text(max_size=8)
)
def test_a_gate_never_turns_away_a_match(source: str, ignore_case: bool, pieces, noise) -> None:
    """Random patterns: wherever ``search`` finds a match, ``may_match`` is True."""
    try:
        pattern = re.compile(source, re.I if ignore_case else 0)
    except re.error:
        return
    text = "".join(pieces) + noise
    if pattern.search(text):
        assert may_match(pattern, text), (source, text, literal_gate(pattern))


def test_fold_case_agrees_with_re_on_every_character() -> None:
    """Two characters a case-insensitive literal takes for each other fold alike, one
    character for one (``re`` compares a character's simple lower case and its own table
    of further equals)."""
    import _sre
    from re import _casefix

    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        folded = fold_case(char)
        assert len(folded) == 1, hex(code)
        assert folded == fold_case(chr(_sre.unicode_tolower(code))), hex(code)
    for code, others in _casefix._EXTRA_CASES.items():
        assert {fold_case(chr(o)) for o in others} == {fold_case(chr(code))}, hex(code)


@pytest.mark.parametrize(
    ("source", "flags", "text"),
    [
        ("caſe", re.I, "CASE"),
        ("Kelvin", re.I, "\u212aELVIN"),
        ("İstanbul's call", re.I, "istanbul's CALL"),
        ("ΟΔΟΣ x", re.I, "οδος X"),
        ("(?-i:Abc)d", re.I, "xAbcD"),
        ("(?i:call) to", 0, "CALL to"),
        ("^ab|cde", re.I, "AB and more"),
        ("(?:(?:^www\\.[a-z]+\\.com:)|(?:all rights))", re.I, "WWW.site.COM: news"),
        ("\\Aab|cde", 0, "ab"),
    ],
)
def test_a_gate_passes_the_case_variants_re_matches(source: str, flags: int, text: str) -> None:
    """Letters that match case-insensitively pass the gate as ``re`` matches them."""
    pattern = re.compile(source, flags)
    assert pattern.search(text)
    assert may_match(pattern, text)


def test_a_gate_turns_away_a_line_without_the_words() -> None:
    """The self-reference pattern needs "'s" and a contact word: a line of plain text
    lacks them and is turned away without a search; one with them passes."""
    pattern = load_rules().scoring.self_references[0]
    assert ["call", "inquir", "mail", "message", "question", "request"] in [
        sorted(n) for n in literal_gate(pattern).parts
    ]
    assert not may_match(pattern, "The two sides agreed to expand trade and investment.")
    assert may_match(pattern, "Radio Free Asia's calls to the ministry went unanswered")


def _gated_patterns() -> list[re.Pattern[str]]:
    rules = load_rules()
    return [*rules.scoring.self_references, rules.photo_credit_end, rules.scoring.chrome_prose]


def test_an_alternation_opening_at_the_start_is_gated_by_its_other_alternatives() -> None:
    """ "^ab|cde": a text without "cde" can only match at its start."""
    pattern = re.compile("^ab|cde")
    assert literal_gate(pattern).parts == (("cde",),)
    assert not may_match(pattern, "xab xcd")
    assert may_match(pattern, "abx") and may_match(pattern, "x cde")
    assert literal_gate(re.compile("(?m)^ab|cde")).parts == ()  # "^" at every line


@pytest.mark.parametrize("pattern", _gated_patterns(), ids=lambda p: p.pattern[:40])
def test_gates_of_the_data_patterns_keep_every_match_of_the_zoo(pattern) -> None:
    """Every zoo and sample line (and its last 240 characters) a data pattern matches
    passes its gate; the pattern has a gate (an edit that adds an alternative without a
    literal of 3 characters would make it search every line), and the gate turns most
    lines away (or it would cost for nothing)."""
    lines = _lines(ZOO + SEEDS)
    texts = lines + [line[-240:] for line in lines]
    for text in texts:
        if pattern.search(text):
            assert may_match(pattern, text), text
    assert literal_gate(pattern).parts, "an alternative needs no literal: the pattern runs ungated"
    assert sum(may_match(pattern, t) for t in texts) < len(texts) / 2


@settings(max_examples=60, deadline=None)
@given(articles())
def test_gates_of_the_data_patterns_keep_every_match_of_random_articles(text: str) -> None:
    """The same on random article-like text, line by line."""
    for line in text.splitlines():
        for pattern in _gated_patterns():
            if pattern.search(line):
                assert may_match(pattern, line), (pattern.pattern, line)


def _self_reference_full_scan(text: str, rules) -> tuple[str, str, str] | None:
    """``layout.outlets._self_reference`` before its gate: every pattern searched."""
    from analysis.core.text import normalize_text
    from analysis.ingest.page_rules import outlet_named, scoring_of

    text = normalize_text(text)
    for pattern in scoring_of(rules).self_references:
        for found in pattern.finditer(text):
            words = found.group("name").split()
            for start in range(len(words)):
                for end in range(len(words), start, -1):
                    hit = outlet_named(" ".join(words[start:end]), rules)
                    if hit:
                        return hit[0], hit[1], found.group(0)
    return None


SELF_REFERENCES = [
    "Radio Free Asia's calls to the ministry went unanswered.",
    "RADIO FREE ASIA’S E-MAILS SEEKING comment went unanswered.",
    "Viet Nam News introduces a story by a guest writer on the trade pact.",
    "He said so in an exclusive interview with Reuters last week.",
]


def test_self_reference_with_its_gate_reads_as_the_full_scan() -> None:
    """The gated reader finds the same outlet as the full scan on every zoo and sample
    line and on lines that name an outlet as themselves."""
    from analysis.ingest.layout.outlets import _self_reference

    rules = load_rules()
    lines = _lines(ZOO + SEEDS) + SELF_REFERENCES
    found = [_self_reference(line, rules) for line in lines]
    assert found == [_self_reference_full_scan(line, rules) for line in lines]
    assert all(found[-len(SELF_REFERENCES) :])


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(PIECES), min_size=1, max_size=4), max_size=3),
    st.booleans(),
    st.lists(st.lists(st.sampled_from(PIECES), max_size=10).map("".join), max_size=8),
)
def test_passes_reads_as_the_literal_test_with_each_text_folded(parts, ignore_case, texts):
    """``Gate.passes`` over a run of texts (the same text again, as an equal copy, or
    another): True exactly when every part has a literal in the text as folded afresh
    (``folded`` keeps the last text's fold; a new text is never read with an old fold)."""
    fold = fold_case if ignore_case else str
    gate = Gate(tuple(tuple(fold(x) for x in part) for part in parts), ignore_case)
    for text in [*texts, *(t[:1] + t[1:] for t in texts), *reversed(texts)]:
        haystack = fold_case(text) if ignore_case else text
        want = all(any(x in haystack for x in part) for part in gate.parts)
        assert gate.passes(text) == want, (gate, text)
        assert folded(text) == fold_case(text)
