"""Outputs that stay right and safe whatever the input looks like (issue 11): one heatmap
column per document, bounded evidence, CSV cells Excel will not run, YAML without aliases."""

from __future__ import annotations

import csv
import itertools
import re
import shutil
import tracemalloc
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis import Corpus, annotate, load_corpus
from analysis.analyses.profile import themes_by_document
from analysis.analyses.tables import (
    EXCEL_CELL_LIMIT,
    EXCEL_FORMULA_STARTS,
    TRUNCATION_MARKER,
)
from analysis.annotators import date_table
from analysis.annotators.themes import evidence_table, theme_hits, theme_prevalence
from analysis.core.errors import ParameterError
from analysis.core.text import (
    EVIDENCE_WINDOW_CHARS,
    MAX_SENTENCE_CHARS,
    bound_span,
    evidence_window,
    iter_sentence_spans,
)
from analysis.ingest import layout
from analysis.plots.themes import MAX_DOC_LABEL, plot_theme_heatmap, short_doc_labels
from benchmarks.abuse import make_text

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def _renamed_samples(folder: Path, names: list[str]) -> Corpus:
    """The five samples copied into ``folder`` under ``names`` (in doc_id order), loaded."""
    folder.mkdir()
    for path, name in zip(sorted(SEEDS.glob("*.txt")), names, strict=True):
        shutil.copyfile(path, folder / f"{name}.txt")
    return load_corpus(folder, cache=False)


def _heatmap_cells(fig) -> tuple[list[str], np.ndarray]:
    """The column labels of a heatmap figure and the matrix it draws."""
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_xticklabels()]
    return labels, np.asarray(ax.get_images()[0].get_array(), dtype=float)


# --- 1. the "Themes by document" heatmap: one column per document, shares stay shares ---


@pytest.mark.parametrize(
    "names",
    [
        [f"article_{i}" for i in range(1, 6)],
        [f"vietnam_foreign_affairs_from_the_archive_part_{i:03d}" for i in range(5)],
    ],
    ids=["same-prefix", "long-same-start"],
)
def test_heatmap_has_one_column_per_document_and_shares_at_most_one(tmp_path, names):
    corpus = _renamed_samples(tmp_path / "seeds", names)
    prevalence = theme_prevalence(corpus, theme_hits(corpus))
    labels, matrix = _heatmap_cells(plot_theme_heatmap(prevalence))
    assert len(labels) == 5 and len(set(labels)) == 5, labels
    assert all(len(label) <= MAX_DOC_LABEL for label in labels)
    assert np.nanmax(matrix) <= 1.0
    # every column is exactly one document's shares
    expected = prevalence.pivot(index="theme", columns="doc_id", values="share")
    labelled = expected.rename(columns=short_doc_labels(expected.columns))
    assert np.allclose(matrix, labelled[labels].to_numpy(), equal_nan=True)


def test_short_doc_labels_are_distinct_and_keep_unique_prefixes():
    ids = ["000_5a1a", "001_2f82", "gen_01_000001", "gen_01_000002", "x" * 40, "x" * 39 + "y"]
    labels = short_doc_labels(ids, width=12)
    assert labels["000_5a1a"] == "000" and labels["001_2f82"] == "001"
    assert len(set(labels.values())) == len(ids)
    assert all(len(label) <= 12 + 3 for label in labels.values())
    # coinciding shortened labels get a suffix, not a shared column
    clash = short_doc_labels(["ab_" + "z" * 30 + "_1", "ab_" + "z" * 30 + "_1x"], width=8)
    assert len(set(clash.values())) == 2


def test_heatmap_top_groups_are_documents_not_prefixes(tmp_path):
    corpus = _renamed_samples(tmp_path / "seeds", [f"gen_{i:06d}" for i in range(5)])
    prevalence = theme_prevalence(corpus, theme_hits(corpus))
    fig = plot_theme_heatmap(prevalence, max_groups=3)
    labels, matrix = _heatmap_cells(fig)
    assert len(labels) == 3 and len(set(labels)) == 3
    assert "top 3 of 5" in fig.axes[0].get_title()
    assert np.nanmax(matrix) <= 1.0


# --- 4. YAML: no anchors or aliases, so no alias bomb ------------------------------------


def _alias_bomb(levels: int, width: int = 9) -> str:
    """A "billion laughs" theme file: ``width ** levels`` strings from a few hundred bytes,
    under a theme with no id (whose error message quotes the label)."""
    lines = ['l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, levels):
        lines.append(f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * width)}]")
    lines += ["themes:", f"  - label: *l{levels - 1}", "    terms: [x]"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("levels", [7, 9], ids=["4.8-million", "387-million"])
def test_alias_bomb_theme_file_fails_fast_naming_the_file(tmp_path, levels):
    from analysis.annotators.theme_dictionary import ThemeDictionaryError, load_themes
    from analysis.site.reports import discover_notebooks, validate_parameters

    bomb = tmp_path / "my_themes.yaml"
    bomb.write_text(_alias_bomb(levels), encoding="utf-8")
    tracemalloc.start()
    try:
        with pytest.raises(ThemeDictionaryError) as info:
            load_themes(bomb)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    message = str(info.value)
    assert str(bomb) in message and "alias" in message and len(message) < 1000
    assert peak < 5_000_000
    samples = load_corpus(SEEDS)
    with pytest.raises(ParameterError, match=r"'theme_file'.*my_themes\.yaml.*anchor"):
        validate_parameters(discover_notebooks(), {"theme_file": str(bomb)}, samples)


# --- 3. CSV export: no cell Excel would run, no cell over Excel's limit ----------------

NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:e-?\d+)?")
HOSTILE_METADATA = {
    "title": '=HYPERLINK("http://example.org/x","Read the full report")',
    "author": "@SUM(1+1)*cmd|' /C calc'!A0",
    "outlet": "+Daily Placeholder",
    "url": "-2+3+cmd|' /C notepad'!'A1'",
}
LONG_SENTENCE = (
    "The placeholder delegation discussed cooperation in trade, education and climate "
    "adaptation, and both sides agreed to meet again in the coming year. "
)


def _hostile_seeds(folder: Path) -> tuple[Path, str]:
    """The samples plus one article of our own whose paragraphs start with formula
    characters and whose last paragraph is over 40,000 characters, and a metadata.csv
    giving the first sample hostile metadata. Returns the folder and that sample's id."""
    folder.mkdir()
    for path in sorted(SEEDS.glob("*.txt")):
        shutil.copyfile(path, folder / path.name)
    first = sorted(SEEDS.glob("*.txt"))[0].stem
    article = [
        "Placeholder talks on regional cooperation",
        "Hanoi, March 3, 2024",
        "=1+2 was the code name a placeholder clerk gave to the agenda of these talks, "
        "which covered trade, investment and education in some detail over two days.",
        "+84 24 0000 0000 is the placeholder number the press office listed for questions "
        "about the talks, the delegations and the joint statement that followed them.",
        "- The two sides agreed to expand cooperation in trade and investment, to hold "
        "regular consultations and to support each other at multilateral forums.",
        "@placeholder_press wrote that the talks were frank and constructive and that the "
        "delegations reviewed the implementation of earlier agreements in detail.",
        LONG_SENTENCE * 300,
    ]
    (folder / "zz_hostile_cells.txt").write_text("\n\n".join(article) + "\n", encoding="utf-8")
    header = ["doc_id", *HOSTILE_METADATA]
    row = [first, *HOSTILE_METADATA.values()]
    with (folder / "metadata.csv").open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([header, row])
    return folder, first


def _csv_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


@pytest.fixture(scope="module")
def hostile_exports(tmp_path_factory) -> dict[str, Path]:
    from analysis import cli

    seeds, _ = _hostile_seeds(tmp_path_factory.mktemp("hostile") / "seeds")
    out = tmp_path_factory.mktemp("exports")
    runs = {
        "documents.csv": ["documents"],
        "paragraphs.csv": ["paragraphs"],
        "paragraphs-raw.csv": ["paragraphs", "--no-excel-safe"],
        "paragraphs.parquet": ["paragraphs", "--format", "parquet"],
        "documents-raw.csv": ["documents", "--no-excel-safe"],
    }
    for name, args in runs.items():
        assert cli.main(["export", *args, "--seeds", str(seeds), "--out", str(out / name)]) == 0
    return {name: out / name for name in runs}


def test_csv_export_has_no_cell_excel_would_run_or_cut(hostile_exports):
    for name in ("documents.csv", "paragraphs.csv"):
        rows = _csv_rows(hostile_exports[name])
        cells = [cell for row in rows for cell in row]
        formulas = [c for c in cells if c[:1] and c[0] in EXCEL_FORMULA_STARTS]
        assert all(NUMBER.fullmatch(c) for c in formulas), name  # numbers (-1) are data
        assert max(len(c.encode("utf-16-le")) // 2 for c in cells) <= EXCEL_CELL_LIMIT
    documents = _csv_rows(hostile_exports["documents.csv"])
    title = documents[0].index("title")
    assert "'" + HOSTILE_METADATA["title"] in [row[title] for row in documents]
    rows = _csv_rows(hostile_exports["paragraphs.csv"])
    paragraphs = [row[rows[0].index("text")] for row in rows]
    assert [p for p in paragraphs if p.startswith("'=1+2 was the code name")]
    assert [p for p in paragraphs if p.startswith("'- The two sides")]
    assert [p for p in paragraphs if p.startswith("'@placeholder_press")]
    cut = [p for p in paragraphs if p.endswith(TRUNCATION_MARKER)]
    assert len(cut) == 1 and cut[0].startswith(LONG_SENTENCE)


def test_csv_export_without_excel_safety_and_parquet_keep_every_cell(hostile_exports):
    full = pd.read_parquet(hostile_exports["paragraphs.parquet"])
    assert full["text"].str.len().max() >= len(LONG_SENTENCE * 300) - 1
    raw = pd.read_csv(
        hostile_exports["paragraphs-raw.csv"],
        dtype=str,
        keep_default_na=False,
        encoding="utf-8-sig",
    )
    assert raw["text"].tolist() == full["text"].fillna("").tolist()
    documents = pd.read_csv(
        hostile_exports["documents-raw.csv"], dtype=str, keep_default_na=False, encoding="utf-8-sig"
    )
    assert HOSTILE_METADATA["title"] in documents["title"].tolist()


# --- 2. resource abuse: evidence is a bounded window, a one-sentence page stays small ---


def _one_page(folder: Path, shape: str, mb: float) -> Corpus:
    """A seeds folder holding one generated hostile page (``benchmarks/abuse.py``)."""
    folder.mkdir()
    (folder / f"abuse_{shape}.txt").write_text(make_text(shape, int(mb * 1e6)), encoding="utf-8")
    return load_corpus(folder, cache=False)


def test_evidence_is_a_bounded_window_around_the_match(tmp_path):
    corpus = _one_page(tmp_path / "seeds", "one_sentence", 0.05)
    assert corpus.paragraphs["text"].str.len().max() > 40_000  # one run-on "sentence"
    longest = corpus.sentences["text"].str.len().max()
    assert EVIDENCE_WINDOW_CHARS < longest <= MAX_SENTENCE_CHARS  # cut into bounded pieces
    tables = annotate(corpus)
    assert len(tables.events) > 50
    for table in (tables.events, tables.claims):
        assert (table["evidence"].str.len() <= EVIDENCE_WINDOW_CHARS).all()
    quotes = evidence_table(corpus, tables.theme_hits, n=3)["text"]
    profile_quotes = themes_by_document(corpus, tables.theme_hits)["quote"]
    assert len(quotes) and len(profile_quotes)
    assert (pd.concat([quotes, profile_quotes]).str.len() <= EVIDENCE_WINDOW_CHARS).all()
    sentences = corpus.sentences.set_index(["doc_id", "para_id", "sent_id"])["text"]
    for row in tables.events.head(20).itertuples():
        evidence = row.evidence.strip("…")
        assert evidence in sentences[(row.doc_id, row.para_id, row.sent_id)]
        assert row.date_text in evidence  # the window is around the event's date
        assert not evidence.startswith(" ") and not evidence.endswith(" ")


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("Kept whole: short.", 6, 10, "Kept whole: short."),
        ("alpha beta gamma delta epsilon zeta", 17, 22, "…gamma delta…"),
        ("alpha beta gamma delta epsilon zeta", 0, 5, "alpha beta gamma…"),
        ("alpha beta gamma delta epsilon zeta", 31, 35, "…delta epsilon zeta"),
    ],
)
def test_evidence_window_cuts_at_spaces_with_ellipses(text, start, end, expected):
    assert evidence_window(text, start, end, width=20) == expected


def test_claim_evidence_is_windowed_and_offsets_still_point_into_the_sentence(tmp_path):
    claim = "the Communist Party of Vietnam has relations with 247 political parties"
    filler = "and the placeholder delegation met partners in Hanoi over several days "
    page = (
        "Placeholder page on relations\n\nHanoi, March 3, 2024\n\n"
        + filler * 200
        + claim
        + " "
        + filler * 200
        + "\n"
    )
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "claim_page.txt").write_text(page, encoding="utf-8")
    corpus = load_corpus(tmp_path / "seeds", cache=False)
    claims = annotate(corpus).claims
    assert len(claims) >= 1
    row = claims.iloc[0]
    sentence = corpus.sentences.set_index(["doc_id", "para_id", "sent_id"])["text"][
        (row["doc_id"], row["para_id"], row["sent_id"])
    ]
    assert sentence[row["start"] : row["end"]] == row["text"]
    assert len(row["evidence"]) <= EVIDENCE_WINDOW_CHARS and row["text"] in row["evidence"]


def test_a_half_megabyte_one_sentence_page_annotates_in_bounded_memory(tmp_path):
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "abuse_one_sentence.txt").write_text(
        make_text("one_sentence", 500_000), encoding="utf-8"
    )
    tracemalloc.start()
    try:
        tables = annotate(load_corpus(folder, cache=False))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(tables.events) > 100
    # the old code held one copy of the 0.5 MB sentence per event candidate: > 3 GB
    assert peak < 300_000_000, f"peak traced memory {peak / 1e6:,.0f} MB"


_spans = st.lists(
    st.tuples(st.integers(0, 60), st.integers(1, 15)).map(lambda t: (t[0], t[0] + t[1])),
    max_size=12,
)
_query = st.tuples(st.integers(0, 70), st.integers(1, 15)).map(lambda t: (t[0], t[0] + t[1]))


@given(_spans, _query)
def test_span_index_answers_as_a_full_scan(spans, query):
    from analysis.annotators.event_candidates import _Spans

    start, end = query
    index = _Spans(spans)
    assert index.overlaps(start, end) == any(start < e and end > s for s, e in spans)
    assert index.contains(start, end) == any(start >= s and end <= e for s, e in spans)


@given(_spans, _query)
def test_mention_index_finds_what_a_full_scan_finds(spans, clause):
    from analysis.annotators.event_candidates import _Mention, _MentionIndex

    mentions = [_Mention(s, e, f"m{i}", "country", "X") for i, (s, e) in enumerate(spans)]
    lo, hi = clause
    expected = [m for m in mentions if m.start >= lo and m.end <= hi]
    assert _MentionIndex(mentions).within(lo, hi) == expected


@given(_spans)
def test_taken_spans_refuse_exactly_the_overlapping_ones(spans):
    from analysis.annotators.claims import _Taken

    taken, kept = _Taken(), []
    for start, end in spans:
        overlap = any(start < e and end > s for s, e in kept)
        assert taken.overlaps(start, end) == overlap
        if not overlap:
            taken.add(start, end)
            kept.append((start, end))


@given(_spans, st.integers(0, 80), st.lists(st.booleans(), min_size=12, max_size=12))
def test_earlier_dates_give_the_last_date_a_full_scan_gives(spans, position, undated):
    from types import SimpleNamespace

    from analysis.annotators.claims import _EarlierDates

    matches = [
        SimpleNamespace(
            start=s,
            end=e,
            date_start=None if undated[i] else pd.Timestamp(2020, 1, 1),
            kind="date",
            precision="day",
        )
        for i, (s, e) in enumerate(sorted(spans))
    ]
    before = [m for m in matches if m.end <= position and m.date_start is not None]
    assert _EarlierDates(matches).last_before(position) is (before[-1] if before else None)


def test_real_sentences_are_quoted_whole(samples):
    tables = annotate(samples)
    sentences = samples.sentences.set_index(["doc_id", "para_id", "sent_id"])["text"]
    assert sentences.str.len().max() > EVIDENCE_WINDOW_CHARS  # some are long, none cut
    for table in (tables.events, tables.claims):
        assert len(table)
        keys = list(zip(table["doc_id"], table["para_id"], table["sent_id"], strict=True))
        assert table["evidence"].tolist() == sentences.loc[keys].tolist()


# --- 2b. resource abuse: the work one document costs is bounded (caps, not timings) ---


def _dated_list_page(n: int) -> str:
    """A placeholder article whose body is one paragraph of ``n`` dated sentences."""
    body = " ".join(
        f"The placeholder delegation visited Laos on {1 + i % 28} May {1990 + i % 30}."
        for i in range(n)
    )
    return "Placeholder page on relations\n\nHanoi, March 3, 2024\n\n" + body + "\n"


def test_a_page_with_more_dates_than_the_cap_gives_the_cap_and_a_flag(
    tmp_path, monkeypatch, caplog
):
    monkeypatch.setattr(date_table, "MAX_DATES_PER_DOCUMENT", 25)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "dated_list.txt").write_text(_dated_list_page(60), encoding="utf-8")
    corpus = load_corpus(tmp_path / "seeds", cache=False)
    dates = annotate(corpus).dates
    assert len(dates) == 25
    flagged = dates[dates["flags"].str.contains(date_table.DATE_CAP_FLAG)]
    assert len(flagged) == 1
    assert flagged.index[0] == dates.index[-1]  # the last kept expression, in text order
    assert "dated_list" in caplog.text and "MAX_DATES_PER_DOCUMENT" in caplog.text
    # under the cap: every expression (the 60 visits, the dateline's date) and no flag
    monkeypatch.setattr(date_table, "MAX_DATES_PER_DOCUMENT", 1000)
    everything = annotate(corpus).dates
    assert len(everything) == 61 and everything["text"].str.contains("May").sum() == 60
    assert not everything["flags"].str.contains(date_table.DATE_CAP_FLAG).any()
    kept = ["para_id", "sent_id", "start", "text", "date_start"]
    pd.testing.assert_frame_equal(dates[kept], everything[kept].head(25))  # the first 25


def test_a_run_on_sentence_is_cut_into_bounded_pieces_pointing_into_the_paragraph():
    paragraph = " ".join(f"the delegation went to Hue on {1 + i % 28} May 2001" for i in range(400))
    spans = list(iter_sentence_spans(paragraph))
    assert len(spans) > 1
    for (_, end), (next_start, _) in itertools.pairwise(spans):
        assert end < next_start and paragraph[end:next_start].isspace()  # cut at a space
    for start, end in spans:
        assert 0 < end - start <= MAX_SENTENCE_CHARS
        assert not paragraph[start].isspace() and not paragraph[end - 1].isspace()
    # nothing but the whitespace between pieces is left out
    assert " ".join(paragraph[s:e] for s, e in spans) == paragraph
    # a sentence under the bound is never cut
    short = "Mr. Trung met the U.S. envoy. Talks went well."
    assert list(iter_sentence_spans(short)) == [(0, 29), (30, 46)]


def test_a_piece_without_whitespace_is_cut_at_the_bound():
    text = "x" * 25
    assert list(bound_span(text, 0, 25, limit=10)) == [(0, 10), (10, 20), (20, 25)]


def test_datelines_are_looked_for_only_near_either_end_of_a_long_page():
    assert layout.near_edge(0, 10_000) and layout.near_edge(9_999, 10_000)
    assert not layout.near_edge(5_000, 10_000)
    assert all(layout.near_edge(i, 2 * layout.DATELINE_EDGE_PARAGRAPHS) for i in range(600))


def test_a_long_text_is_counted_and_fingerprinted_within_bounds(monkeypatch):
    from analysis.core.text import WORD_PATTERN, count_words
    from analysis.ingest import stories

    long_text = "Hanoi and Vientiane signed 12 accords, " * 5_000  # over 100,000 characters
    assert count_words(long_text) == len(WORD_PATTERN.findall(long_text)) == 30_000
    numbered = " ".join(f"accord number {i} was signed in Hanoi" for i in range(3_000))
    full, start = stories.shingle_sets([numbered, numbered[:1_000]])
    assert len(full) > 10 * len(start)
    monkeypatch.setattr(stories, "MAX_SHINGLE_TEXT_CHARS", 1_000)
    capped, start = stories.shingle_sets([numbered, numbered[:1_000]])
    assert np.array_equal(capped, start)  # only the start of a long text is fingerprinted
