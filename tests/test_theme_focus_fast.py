"""The fast ``apply_focus`` (arrays over the rows, only the hits the rules read visited)
gives exactly what a plain implementation of the focus rules gives: the same rows (weights,
``rule``) and the same ``coded`` flags, on random paragraphs built from the packaged
clause openers and theme terms, on the five samples, and with the word model's evidence.
``plain_apply_focus`` below is that reference: the rules as the module docstring of
``analysis/annotators/theme_focus.py`` states them, one dictionary per question."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.analyses.validation import paragraph_corpus
from analysis.annotators import theme_coding
from analysis.annotators.theme_evidence import with_word_model
from analysis.annotators.theme_focus import PASSING_MENTION, THIN_EVIDENCE, Focus, clause_spans
from analysis.annotators.themes import load_themes, theme_hits


def plain_apply_focus(
    rows: Sequence[tuple],
    columns: Sequence[Sequence[Any]],
    threshold: dict[str, float],
    focus: Focus,
    evidence: dict[tuple, float] | None = None,
) -> tuple[list[tuple], list[bool]]:
    """The focus rules written the plain way (no arrays, no single pass)."""
    rows = list(rows)
    text: dict[tuple, str] = {}
    words: dict[tuple, int] = {}
    for doc, para, sent, sentence in zip(*columns, strict=True):
        text[(doc, para, sent)] = sentence
        words[(doc, para)] = words.get((doc, para), 0) + sentence.count(" ") + 1

    def key(row: tuple) -> tuple:
        return (row[0], row[1], row[3])

    def low(k: tuple) -> float:
        return threshold[k[2]] - 1e-9

    def named(rule: str, name: str) -> str:
        return f"{rule}; {name}" if rule else name

    score: dict[tuple, float] = {}
    for row in rows:
        score[key(row)] = score.get(key(row), 0.0) + row[8]
    base = score if evidence is None else evidence
    reach = {k for k, v in score.items() if v > 0 and v >= low(k)}

    def most(k: tuple) -> float:
        factor = max(1.0, focus.factor(k[2]), focus.thin_factor(k[2]))
        return factor / focus.clause_weight * threshold[k[2]] - 1e-9

    read = {k for k, v in base.items() if v > 0 and low(k) <= v < most(k)}
    weigh = bool(focus.clauses) and focus.clause_weight < 1
    for i, row in enumerate(rows):
        k = key(row)
        long_enough = words.get(k[:2], 0) >= focus.clause_min_words
        if not (weigh and k in read and row[8] > 0 and long_enough):
            continue
        for start, end, rule in clause_spans(text[(row[0], row[1], row[2])], focus):
            if start <= row[6] and row[7] <= end:
                weight = row[8] * focus.clause_weight
                score[k] -= row[8] - weight
                rows[i] = (*row[:8], weight, named(row[9], f"clause:{rule}"))
                break
    passing = set()
    for k in read:
        sentences = {row[2] for row in rows if key(row) == k and row[8] > 0}
        if (
            len(sentences) == 1
            and min(sentences) > 0
            and words.get(k[:2], 0) >= focus.passing_min_words
            and low(k) <= score[k] < focus.factor(k[2]) * threshold[k[2]] - 1e-9
            and not focus.topical(text[(*k[:2], min(sentences))])
        ):
            passing.add(k)
    thin = {  # round 9: too little evidence for its theme in a long paragraph
        k
        for k in read
        if words.get(k[:2], 0) >= focus.thin_min_words
        and low(k) <= score[k] < focus.thin_factor(k[2]) * threshold[k[2]] - 1e-9
    }
    out = passing | thin
    coded = {k for k in reach if not (k in read and score[k] < low(k)) and k not in out}
    rule = {**{k: THIN_EVIDENCE for k in thin}, **{k: PASSING_MENTION for k in passing}}
    rows = [(*r[:9], named(r[9], rule[key(r)])) if key(r) in rule else r for r in rows]
    return rows, [key(r) in coded for r in rows]


THEMES = load_themes()
FOCUS = THEMES[0].focus
OPENERS = sorted({o.lstrip(", ") for rule in FOCUS.clauses for o in rule.opens})
TERMS = sorted(
    {
        term
        for theme in THEMES
        for term in theme.terms[:4]
        if term.replace(" ", "").replace("-", "").isalpha()
    }
)
FILLER = ["the", "delegation", "met", "officials", "and", "of", "in", "Hanoi", "said", "new"]
PUNCTUATION = [",", ";", ":", "(", ")", "’", "—"]
TOKEN = st.one_of(
    st.sampled_from(OPENERS),
    st.sampled_from(OPENERS).map(str.capitalize),
    st.sampled_from(TERMS),
    st.sampled_from(FILLER),
    st.sampled_from(PUNCTUATION),
)
SENTENCE = st.builds(
    lambda first, rest: " ".join([first, *rest]).replace(" ,", ",") + ".",
    st.one_of(
        st.sampled_from(OPENERS).map(str.capitalize),
        st.sampled_from(FOCUS.topical_openers).map(str.capitalize),
        st.sampled_from(["The", "Both"]),
    ),
    st.lists(TOKEN, min_size=2, max_size=30),
)
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=6).map(" ".join)


def _both(monkeypatch: pytest.MonkeyPatch, corpus: Any, themes: Any) -> tuple:
    fast = theme_hits(corpus, themes)
    with monkeypatch.context() as patch:
        patch.setattr(theme_coding, "apply_focus", plain_apply_focus)
        plain = theme_hits(corpus, themes)
    return fast, plain


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(PARAGRAPH, min_size=1, max_size=5))
def test_the_fast_rules_code_random_paragraphs_as_the_plain_ones(
    monkeypatch: pytest.MonkeyPatch, paragraphs: list[str]
):
    table = pd.DataFrame(
        {"doc_id": [f"d{i // 2}" for i in range(len(paragraphs))], "text": paragraphs}
    )
    table["para_id"] = table.groupby("doc_id").cumcount()
    fast, plain = _both(monkeypatch, paragraph_corpus(table), THEMES)
    pd.testing.assert_frame_equal(fast, plain)


def test_the_random_paragraphs_reach_both_rules(monkeypatch: pytest.MonkeyPatch):
    # The strategy can build what the rules read: a long paragraph with a clause hit and
    # a passing mention (so the property above compares more than empty rule columns).
    text = (
        "The delegation met officials in Hanoi and said the talks went well over two days. "
        "Both sides said the new plan would help trade, especially "
        f"{TERMS[0]} and {TERMS[1]}; the delegation met officials of the city. "
        f"The officials in Hanoi said the new talks covered {TERMS[2]} and more."
    )
    table = pd.DataFrame({"doc_id": ["d0"], "para_id": [0], "text": [text]})
    fast, plain = _both(monkeypatch, paragraph_corpus(table), THEMES)
    pd.testing.assert_frame_equal(fast, plain)
    assert fast["rule"].str.contains("clause:|passing_mention").any()


def test_the_fast_rules_read_concluding_sentences_and_theme_factors_as_the_plain_ones(
    monkeypatch: pytest.MonkeyPatch,
):
    # Round 8: a concluding formula opening the one sentence with the evidence, and a
    # theme's own factor (the packaged file gives some themes 0 or 3).
    filler = "The delegation met officials in Hanoi and said the talks went well over two days. "
    texts = [
        filler * 4 + f"{FOCUS.topical_openers[0].capitalize()}, {TERMS[2]} and more.",
        filler * 4 + f"The officials said {TERMS[2]} and more.",  # 70 words: a passing mention
        filler * 4 + "The officials said the prestige of the country and more.",  # factor 0
    ]
    table = pd.DataFrame({"doc_id": ["d0"] * 3, "para_id": [0, 1, 2], "text": texts})
    fast, plain = _both(monkeypatch, paragraph_corpus(table), THEMES)
    pd.testing.assert_frame_equal(fast, plain)
    passing = fast["rule"].str.contains(PASSING_MENTION)
    assert passing.eq(fast["para_id"].eq(1)).all()  # only the mention outside the formula
    assert fast.loc[fast["para_id"] != 1, "coded"].all()
    assert set(fast.loc[fast["para_id"] == 2, "theme"]) == {"international_standing"}


def test_the_fast_rules_read_thin_evidence_as_the_plain_ones(monkeypatch: pytest.MonkeyPatch):
    # Round 9: a listed theme named once in a long paragraph (first sentence or later), in
    # a short one, and twice; and a theme not listed.
    filler = "The delegation met officials in Hanoi and said the talks went well over two days. "
    listed = dict(FOCUS.thin_factors)
    term = next(  # a term of weight 1 of a listed theme: alone it reaches the threshold
        t
        for t in TERMS
        for th in THEMES
        if th.id in listed and t in th.terms and th.weight_of(t) == 1 == th.threshold
    )
    texts = [
        f"The officials said {term} mattered. " + filler * 4,  # thin, in the topic sentence
        filler * 4 + f"The officials said {term} and more.",  # passing (named once)
        f"The officials said {term} mattered.",  # short: coded
        f"The officials said {term} and {term} mattered. " + filler * 4,  # 2: coded
    ]
    table = pd.DataFrame({"doc_id": ["d0"] * 4, "para_id": [0, 1, 2, 3], "text": texts})
    fast, plain = _both(monkeypatch, paragraph_corpus(table), THEMES)
    pd.testing.assert_frame_equal(fast, plain)
    rules = fast.groupby("para_id")["rule"].agg(set)
    assert rules[0] == {THIN_EVIDENCE} and rules[1] == {PASSING_MENTION}
    assert fast.loc[fast["para_id"] >= 2, "coded"].all()


def test_the_fast_rules_code_the_samples_as_the_plain_ones(monkeypatch, corpus):
    fast, plain = _both(monkeypatch, corpus, THEMES)
    pd.testing.assert_frame_equal(fast, plain)
    assert fast["rule"].str.contains("clause:").any()
    assert fast["rule"].str.contains(PASSING_MENTION).any()


def test_the_fast_rules_read_the_dictionary_evidence_as_the_plain_ones(monkeypatch, corpus):
    # The word model adds rows; the rules are chosen on the dictionary's own sums.
    fast, plain = _both(monkeypatch, corpus, with_word_model(THEMES))
    pd.testing.assert_frame_equal(fast, plain)
    assert fast["rule"].str.startswith("model:").any()


def test_the_rules_are_skipped_without_clauses_and_on_empty_rows(monkeypatch, corpus):
    no_clauses = replace(FOCUS, clauses=(), finder=FOCUS.finder)
    themes = tuple(replace(t, focus=no_clauses) for t in THEMES)
    fast, plain = _both(monkeypatch, corpus, themes)
    pd.testing.assert_frame_equal(fast, plain)
    assert not fast["rule"].str.contains("clause:").any()
    assert theme_coding.apply_focus([], [[], [], [], []], {}, FOCUS) == ([], [])


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            SENTENCE,
            SENTENCE.map(str.upper),
            SENTENCE.map(lambda s: s.replace("e", "é")),  # outside ASCII: read one by one
            SENTENCE.map(lambda s: s.replace(" ", "\n", 1)),
            SENTENCE.map(lambda s: s.rstrip(".")),  # a clause running to the very end
            st.text(max_size=20),
        ),
        max_size=8,
    )
)
def test_the_clauses_of_many_sentences_are_those_of_each(texts: list[str]):
    finder = FOCUS.finder
    assert finder.spans_many(texts) == [finder.spans(text) for text in texts]
