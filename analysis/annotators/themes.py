"""Coding content paragraphs with the theme dictionary, and what follows from the codes.

This module is the one place to import the theme coder from; the work is done by:

- ``analysis.annotators.theme_dictionary`` (and ``theme_terms``, ``theme_actors``,
``theme_contexts``,
  ``theme_file``): reading, validating and compiling the dictionary;
- ``analysis.annotators.theme_coding``: ``theme_hits`` over a corpus (``theme_slots`` lays out the
  patterns, ``theme_matching`` finds them in a sentence, ``theme_weighing`` weighs them,
  ``theme_evidence`` adds the optional word model's evidence, ``theme_focus`` tells what a
  paragraph is about from what it mentions in passing);
- ``analysis.annotators.theme_summaries``: prevalence, co-occurrence and evidence tables;
- ``analysis.annotators.theme_scores``: precision and recall against a hand-coded sample.

Every function is pure: tables in, new tables out, inputs never mutated.

    >>> from analysis.ingest.corpus import load_corpus            # doctest: +SKIP
    >>> corpus = load_corpus("seeds")                       # doctest: +SKIP
    >>> hits = theme_hits(corpus)                           # doctest: +SKIP
    >>> theme_prevalence(corpus, hits, by="outlet")         # doctest: +SKIP

Tables (row unit and columns):

theme_hits (one row per term match, actor or model evidence in a content sentence)
    doc_id, para_id, sent_id, theme, term, match, start, end, weight, rule, coded
    ``start``/``end`` index into ``sentences.text``: ``text[start:end] == match``. ``weight``:
    the term's weight times that of any context rule holding the match; ``rule``: that
    rule's id, ``actor:<id>`` for actor evidence (``term`` ``actor:<id>``, ``match`` the name),
    ``model:<p>`` for the word model's (``analysis.annotators.theme_evidence``), else empty;
    ``coded``:
    the paragraph's summed weight reaches the theme's ``threshold`` (and, with the theme
    file's ``focus:`` rules, the theme is not a passing mention nor thin evidence in a
    long paragraph: ``rule`` then names ``passing_mention`` or ``thin_evidence``; a hit in
    a background clause names ``clause:<id>``, see
    ``analysis.annotators.theme_focus``). Counts use ``counted_hits``: coded, weight > 0.
theme_prevalence (one row per group x theme; group is a document, outlet or year)
    <by>, theme, n_paragraphs, n_coded, share, n_hits, n_words, hits_per_1000_words
theme_cooccurrence (one row per unordered pair of themes coded in the same paragraph)
    theme_a, theme_b, n_both, n_a, n_b, jaccard
theme_evidence (one row per quoted sentence)
    rank, theme, doc_id, para_id, sent_id, title, outlet, published, text, terms, n_terms, n_hits
dictionary_scores (one row per theme, plus "all")
    theme, support, n_coded, tp, fp, fn, precision, recall, f1
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pandas as pd

from analysis.annotators.theme_coding import (
    CODING_COLUMNS,
    HIT_COLUMNS,
    add_sentence_text,
    content_paragraph_rows,
    content_paragraphs,
    content_sentence_blocks,
    content_sentence_rows,
    content_sentences,
    counted_hits,
    sentence_text_at,
    theme_hits,
    with_sentence_rows,
    with_sentence_text,
)
from analysis.annotators.theme_dictionary import (
    Theme,
    ThemeDictionaryError,
    default_themes_path,
    load_themes,
    resolve_themes,
)
from analysis.annotators.theme_matching import find_theme_matches
from analysis.annotators.theme_scores import NO_THEME, load_hand_coded, score_dictionary
from analysis.annotators.theme_slots import context_rules
from analysis.annotators.theme_summaries import (
    coded_paragraphs,
    evidence_table,
    group_keys,
    theme_cooccurrence,
    theme_evidence,
    theme_examples,
    theme_prevalence,
)
from analysis.annotators.theme_terms import compile_terms, term_regex

if TYPE_CHECKING:
    from analysis.ingest.corpus import Corpus

__all__ = [
    "CODING_COLUMNS",
    "EXPORT_TABLES",
    "HIT_COLUMNS",
    "NO_THEME",
    "Theme",
    "ThemeDictionaryError",
    "add_sentence_text",
    "coded_paragraphs",
    "compile_terms",
    "content_paragraph_rows",
    "content_paragraphs",
    "content_sentence_blocks",
    "content_sentence_rows",
    "content_sentences",
    "context_rules",
    "counted_hits",
    "default_themes_path",
    "evidence_table",
    "find_theme_matches",
    "group_keys",
    "load_hand_coded",
    "load_themes",
    "resolve_themes",
    "score_dictionary",
    "sentence_text_at",
    "term_regex",
    "theme_cooccurrence",
    "theme_evidence",
    "theme_examples",
    "theme_hits",
    "theme_prevalence",
    "with_sentence_rows",
    "with_sentence_text",
]

EXPORT_TABLES: dict[str, Callable[[Corpus], pd.DataFrame]] = {
    "theme_hits": lambda corpus: theme_hits(corpus),
    "theme_prevalence": lambda corpus: theme_prevalence(corpus),
    "theme_cooccurrence": lambda corpus: theme_cooccurrence(theme_hits(corpus)),
}
