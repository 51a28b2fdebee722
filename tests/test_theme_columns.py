"""The column experiment of ``benchmarks/theme_columns.py`` (issue 13, session 19): coding
a chunk of sentences at once gives exactly the rows of the per-sentence coder, on
sentences made of the dictionary's own terms and on the sample articles."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.annotators.theme_coding import _content_columns
from analysis.annotators.theme_matching import place_coder
from analysis.annotators.themes import load_themes
from analysis.ingest.corpus import Corpus
from benchmarks.theme_columns import (
    inside,
    key_hits_many,
    scan_many,
    term_rows_columns,
    term_rows_reference,
)
from tests.test_theme_weighing import CASES, JOINTS, _dictionary_pieces

_SENTENCE = st.lists(
    st.tuples(
        st.sampled_from([*_dictionary_pieces(), "σ", "İ", "K", "Đà Nẵng", "x"]),
        st.sampled_from(CASES),
        st.sampled_from(JOINTS),
    ),
    max_size=12,
).map(lambda parts: "".join(case(piece) + joint for piece, case, joint in parts))


def _plain(scanned: tuple | None) -> tuple | None:
    """A sentence's scan with each ``re.Match`` as its span, group name and text."""
    if scanned is None:
        return None
    matches, starts = scanned
    plain = {k: [(m.span(), m.lastgroup, m.group(0)) for m in v] for k, v in matches.items()}
    return plain, starts


def _columns(texts: list[str]) -> list[list]:
    """doc_id, para_id, sent_id, text lists: each text one paragraph's only sentence."""
    return [[f"d{i}" for i in range(len(texts))], [0] * len(texts), [0] * len(texts), texts]


@settings(max_examples=150, deadline=None)
@given(st.lists(_SENTENCE, min_size=1, max_size=8))
def test_chunk_coding_equals_sentence_by_sentence_coding(texts: list[str]):
    """Candidates from one pass over the chunk, weighed on columns, give the rows (and
    their order) of coding one sentence at a time, and the same matches per sentence."""
    themes = load_themes()
    coder = place_coder(themes)
    assert list(map(_plain, scan_many(coder, texts))) == [
        _plain(coder.scan(text)) for text in texts
    ]
    columns = _columns(texts)
    assert term_rows_columns(themes, columns) == term_rows_reference(themes, columns)


def test_chunk_coding_equals_sentence_coding_on_the_samples(samples: Corpus):
    """The same on every content sentence of the sample articles (hundreds of hits)."""
    themes = load_themes()
    columns = _content_columns(samples)
    rows = term_rows_columns(themes, columns)
    assert rows == term_rows_reference(themes, columns)
    assert len(rows) > 300


def test_no_key_is_found_across_two_joined_texts():
    """Two texts that spell a term only together ("party" | "to party") give no hit."""
    coder = place_coder(load_themes())
    found, places = key_hits_many(coder.index, ["relations party", "to party talks"])
    spans = [[tuple(found[k]) for k in range(a, b)] for a, b, _ in places]
    joined = coder.index.key_hits("relations party to party talks")
    assert sum(map(len, spans)) < len(joined)
    assert [coder.index.key_hits(t) for t in ("relations party", "to party talks")] == [
        sorted(((k, s - base, e - base) for k, s, e in part), key=lambda h: (h[1], h[0]))
        for part, (_, _, base) in zip(spans, places, strict=True)
    ]


def test_inside_finds_a_holding_span_of_the_same_group_only():
    """A candidate is held by a span of its own group that begins before and ends after
    it, nested spans included; a span of another group never holds it."""
    spans = np.array([[0, 0, 10], [0, 2, 4], [1, 5, 30], [2, 0, 3]])
    groups = np.array([0, 0, 0, 1, 1, 2, 3])
    starts = np.array([3, 9, 11, 5, 0, 1, 0])
    ends = np.array([4, 10, 12, 30, 4, 4, 1])
    assert inside(groups, starts, ends, spans).tolist() == [
        True,
        True,
        False,
        True,
        False,
        False,
        False,
    ]
