"""A report kernel reads only the columns of the annotation tables it uses, the repeated
text of the theme hits as integer codes: the columns read alone from the stored file (or
taken from the table this process holds, or from the computed table) equal the whole
table's columns, and every theme and mention summary a report shows is the same from them
as from the whole tables (the reference)."""

from __future__ import annotations

import importlib
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from analysis.analyses.keyterms import coverage
from analysis.analyses.topics import topics
from analysis.annotators import cached
from analysis.annotators.annotate import (
    HIT_CODES,
    PREVALENCE_HIT_COLUMNS,
    SUMMARY_HIT_COLUMNS,
    SUMMARY_MENTION_COLUMNS,
    annotate,
    corpus_annotations,
    corpus_dates,
    corpus_mentions,
    corpus_theme_hits,
)
from analysis.annotators.country_tables import comention_examples, country_comentions
from analysis.annotators.entities import mention_counts, mention_examples
from analysis.annotators.shared_cache import as_codes, text_codes
from analysis.annotators.theme_dictionary import default_themes_path
from analysis.annotators.themes import (
    coded_paragraphs,
    evidence_table,
    resolve_themes,
    theme_examples,
    theme_prevalence,
)
from analysis.ingest.corpus import Corpus

ANNOTATE = importlib.import_module("analysis.annotators.annotate")

pytestmark = pytest.mark.usefixtures("private_cache")  # tests/conftest.py


def stored(corpus: Corpus, monkeypatch: pytest.MonkeyPatch) -> tuple[dict, list[int]]:
    """Compute and store the annotation tables, forget them in this process (a report
    kernel of a build); the whole tables and a list that gets an item per ``annotate``."""
    tables = dict(corpus_annotations(corpus).tables())
    cached.clear()
    calls: list[int] = []

    def counted(corpus: Corpus, **options: object):
        calls.append(1)
        return annotate(corpus, **options)

    monkeypatch.setattr(ANNOTATE, "annotate", counted)
    return tables, calls


def decoded(frame: pd.DataFrame) -> pd.DataFrame:
    """The categorical columns back as text."""
    coded = [c for c in frame.columns if isinstance(frame[c].dtype, pd.CategoricalDtype)]
    return frame.astype(dict.fromkeys(coded, "str"))


def test_columns_read_alone_equal_the_whole_tables_columns(
    dated: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    tables, calls = stored(dated, monkeypatch)
    for name, whole in tables.items():
        columns = list(whole.columns[::-2])  # every other column, in another order
        read = corpus_annotations.table(dated, name, columns=columns)
        pd.testing.assert_frame_equal(read, whole[columns], check_exact=True)
    assert calls == []  # read, not computed
    # and from the whole table this process holds
    held = corpus_annotations.table(dated, "dates")
    pd.testing.assert_frame_equal(
        corpus_dates(dated, columns=["text", "doc_id"]), held[["text", "doc_id"]]
    )


def test_the_hits_text_read_as_codes_is_the_same_text(
    dated: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    tables, calls = stored(dated, monkeypatch)
    whole = tables["theme_hits"]
    read = corpus_theme_hits(dated, columns=SUMMARY_HIT_COLUMNS, codes=True)
    assert calls == []
    for column in HIT_CODES:
        categories = read[column].cat.categories
        assert categories.dtype == "str" and list(categories) == sorted(whole[column].unique())
    assert read.memory_usage(deep=True).sum() < whole.memory_usage(deep=True).sum() / 2
    pd.testing.assert_frame_equal(decoded(read), whole[list(SUMMARY_HIT_COLUMNS)])
    pd.testing.assert_frame_equal(read, as_codes(whole[list(SUMMARY_HIT_COLUMNS)], HIT_CODES))
    # chosen themes: the same rows as the whole table's
    some = ["party_to_party", "economic"]
    pd.testing.assert_frame_equal(
        decoded(corpus_theme_hits(dated, some, columns=PREVALENCE_HIT_COLUMNS, codes=True)),
        corpus_theme_hits(dated, some)[list(PREVALENCE_HIT_COLUMNS)],
    )


def test_the_hits_of_a_theme_file_read_as_codes_are_the_same_text(
    dated: Corpus, tmp_path: Path
) -> None:
    own = tmp_path / "themes.yaml"
    own.write_bytes(default_themes_path().read_bytes())
    some = ["party_to_party"]
    read = corpus_theme_hits(dated, some, theme_file=own, columns=SUMMARY_HIT_COLUMNS, codes=True)
    assert isinstance(read["theme"].dtype, pd.CategoricalDtype)
    pd.testing.assert_frame_equal(
        decoded(read), corpus_theme_hits(dated, some, theme_file=own)[list(SUMMARY_HIT_COLUMNS)]
    )


def test_columns_without_a_store_come_from_the_computed_table(
    dated: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VN_CORPUS_CACHE", "0")
    whole = corpus_mentions(dated)
    cached.clear()
    pd.testing.assert_frame_equal(
        corpus_mentions(dated, columns=SUMMARY_MENTION_COLUMNS),
        whole[list(SUMMARY_MENTION_COLUMNS)],
    )


def test_a_column_the_stored_table_lacks_is_not_read_alone(
    dated: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    stored(dated, monkeypatch)
    store = cached.corpus_store(dated)
    key = corpus_annotations.key(dated)
    assert store is not None and store.read_columns("mentions", key, ["doc_id"]) is not None
    assert store.read_columns("mentions", key, ["doc_id", "nothing"]) is None
    assert store.read_columns("mentions", "missing", ["doc_id"]) is None


def test_text_codes_of_several_dictionaries_and_nulls() -> None:
    values = pa.chunked_array(
        [
            pa.array(["b", "a", None, "b"]).dictionary_encode(),
            pa.array(["c", "a"]).dictionary_encode(),
        ]
    )
    codes = text_codes(values, 6)
    assert list(codes.categories) == ["a", "b", "c"]
    assert codes.categories.dtype == "str"
    expected = pd.Series(["b", "a", np.nan, "b", "c", "a"], dtype="str")
    pd.testing.assert_series_equal(pd.Series(codes).astype("str"), expected)


def test_the_theme_summaries_are_the_same_from_the_columns_a_report_reads(
    dated: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    tables, _ = stored(dated, monkeypatch)
    whole = tables["theme_hits"]
    slim = corpus_theme_hits(dated, columns=SUMMARY_HIT_COLUMNS, codes=True)
    prevalence = corpus_theme_hits(dated, columns=PREVALENCE_HIT_COLUMNS, codes=True)
    themes = resolve_themes(None)

    def same(make) -> None:
        pd.testing.assert_frame_equal(make(slim), make(whole), check_exact=True)

    for by in ("doc_id", "outlet", "year"):
        same(lambda hits, by=by: theme_prevalence(dated, hits, by=by, themes=themes))
        same(lambda hits, by=by: theme_examples(dated, hits, by=by))
        pd.testing.assert_frame_equal(
            theme_prevalence(dated, prevalence, by=by), theme_prevalence(dated, whole, by=by)
        )
    same(coded_paragraphs)
    same(lambda hits: evidence_table(dated, hits, n=2, themes=themes))
    same(lambda hits: topics(dated, k=3, hits=hits))
    mentions = tables["mentions"]
    pd.testing.assert_frame_equal(
        coverage(
            dated, themes, top_n=10, hits=slim, mentions=mentions[list(SUMMARY_MENTION_COLUMNS)]
        ),
        coverage(dated, themes, top_n=10, hits=whole, mentions=mentions),
    )


def test_the_mention_summaries_are_the_same_from_the_columns_a_report_reads(
    dated: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    tables, _ = stored(dated, monkeypatch)
    whole = tables["mentions"]
    slim = corpus_mentions(dated, columns=SUMMARY_MENTION_COLUMNS)

    def same(make) -> None:
        pd.testing.assert_frame_equal(make(slim), make(whole), check_exact=True)

    for kind in ("country", "party", None):
        same(lambda m, kind=kind: mention_counts(m, kind=kind))
        same(lambda m, kind=kind: mention_examples(dated, m, mention_counts(m, kind=kind)))
    same(country_comentions)
    same(lambda m: comention_examples(dated, m, country_comentions(m)))
