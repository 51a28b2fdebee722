"""The validation workflow: scoring the dictionary on a coded sample with confidence
intervals, and the errors; end to end on a small coded fixture and on the development
sample (drawing the sample and reading the codes: ``test_coding_sheet.py``)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from analysis.analyses.coding_sheet import read_coded_sample
from analysis.analyses.validation import (
    DEFAULT_CODING_FILE,
    find_coding_file,
    load_validation,
    paragraph_corpus,
    prevalence_with_validation,
    validate_coding,
    validation_errors,
    validation_table,
    validation_terms,
    wilson_interval,
)
from analysis.annotators.theme_evidence import dictionary_only, with_word_model
from analysis.annotators.themes import load_themes, theme_hits, theme_prevalence
from analysis.core.errors import ParameterError
from analysis.ingest.corpus import Corpus
from tests.conftest import SEEDS

DATA = Path(__file__).parent / "data"
FIXTURE = DATA / "coded_fixture.csv"
DEV_SAMPLE = DATA / "theme_sample.csv"
NOTEBOOK = Path(__file__).parents[1] / "analysis" / "notebooks" / "validate.ipynb"


# --- scoring ---------------------------------------------------------------------------------


def test_wilson_interval_matches_the_textbook_values():
    low, high = wilson_interval(8, 10)
    assert (round(low, 3), round(high, 3)) == (0.49, 0.943)
    assert wilson_interval(0, 5)[0] == 0.0 and wilson_interval(5, 5)[1] == 1.0
    assert all(pd.isna(x) for x in wilson_interval(0, 0))
    narrow, wide = wilson_interval(80, 100), wilson_interval(8, 10)
    assert narrow[1] - narrow[0] < wide[1] - wide[0]


def test_fixture_end_to_end_scores_errors_and_terms():
    """The fixture has 11 rows, one not coded yet; the dictionary alone codes eight themes
    right, misses the detained fishermen ('embassy' alone is too weak) and reads 'research'
    into a prestige paragraph.
    The stock list, the Congress as a date and the integration set phrase code nothing."""
    result = validate_coding(FIXTURE, dictionary_only(load_themes()))
    assert result.n_paragraphs == 10
    scores = result.scores.set_index("theme")
    assert scores.loc["all", ["support", "tp", "fp", "fn"]].tolist() == [9, 8, 1, 1]
    assert scores.loc["research", ["tp", "fp", "fn"]].tolist() == [1, 1, 0]
    assert scores.loc["information_culture", ["tp", "fp", "fn"]].tolist() == [0, 0, 1]
    assert scores.loc["sovereignty", "fp"] == scores.loc["economic", "fp"] == 0
    assert "party_building" not in scores.index  # its only hit, a Congress as a date, weighs 0
    low, high = scores.loc["research", ["precision_low", "precision_high"]]
    assert low < scores.loc["research", "precision"] == 0.5 < high
    errors = result.errors.set_index(["doc_id", "para_id", "theme"])
    assert errors.loc[("f3", 3, "research"), "error"] == "false positive"
    assert errors.loc[("f3", 3, "research"), "terms"] == "research*"
    assert errors.loc[("f3", 0, "information_culture"), "error"] == "false negative"
    assert "fishermen" in errors.loc[("f3", 0, "information_culture"), "text"]
    assert errors.loc[("f3", 0, "information_culture"), "terms"] == "embassy"
    terms = result.terms.set_index(["theme", "term"])
    assert terms.loc[("research", "research*"), ["n_fp", "n_fn"]].tolist() == [1, 0]
    assert terms.loc[("information_culture", "embassy"), ["n_fp", "n_fn"]].tolist() == [0, 1]


def test_the_word_model_codes_the_fishermen_and_nothing_on_the_boundaries():
    """With the packaged word model switched on (the file ships it off) the fishermen
    paragraph is coded (the hit names the words that weighed most and the probability); the
    stock list, the Congress as a date and the integration set phrase still code nothing,
    and no other code changes. The default coder is the dictionary alone."""
    assert validate_coding(FIXTURE).scores.equals(
        validate_coding(FIXTURE, dictionary_only(load_themes())).scores
    )
    result = validate_coding(FIXTURE, with_word_model())
    scores = result.scores.set_index("theme")
    assert scores.loc["all", ["support", "tp", "fp", "fn"]].tolist() == [9, 9, 1, 0]
    errors = result.errors
    assert errors[["doc_id", "para_id", "theme"]].values.tolist() == [["f3", 3, "research"]]
    hits = theme_hits(paragraph_corpus(read_coded_sample(FIXTURE)), with_word_model())
    model = hits.loc[hits["rule"].str.startswith("model:")]
    assert model[["doc_id", "para_id", "theme"]].values.tolist() == [
        ["f3", 0, "information_culture"]
    ]
    assert model["term"].iloc[0].startswith("model: ") and "embassy" in model["term"].iloc[0]
    assert 0.5 < float(model["rule"].iloc[0].removeprefix("model:")) < 1


def test_development_sample_meets_the_targets():
    """Regression guard on the written development sample (each paragraph coded by the
    theme definitions before the coder was run on it), for the dictionary alone (the word
    model was trained on this sample: its in-sample figures mean nothing, see below).
    Before the adaptation audit every theme reached the issue's 0.85 (P 0.91 R 0.93); the
    audit rewrote 130 paragraphs (same codes, new wording) and the dictionary, unchanged,
    measured P 0.89 R 0.90 with five themes below 0.85. Round 5 (vocabulary from the
    definitions, weights, exclusions, one context rule) brought it to P 0.91 R 0.93, every
    theme >= 0.86 on both (themes_results.md, round 5)."""
    scores = validate_coding(DEV_SAMPLE, dictionary_only(load_themes())).scores.set_index("theme")
    assert scores.at["all", "precision"] >= 0.9 and scores.at["all", "recall"] >= 0.9
    per_theme = scores.drop(index="all")
    assert len(per_theme) == 14
    assert (per_theme["recall"] >= 0.85).all(), per_theme["recall"]
    assert (per_theme["precision"] >= 0.85).all(), per_theme["precision"]


@pytest.mark.slow  # trains the model five times
def test_the_word_model_raises_cross_validated_recall_and_keeps_precision():
    """5-fold cross-validation on the development sample: the model is trained on four
    folds and the fifth is coded by the dictionary alone and with the model (packaged
    thresholds). Recall rises, precision stays >= 0.85 (measured: P 0.91 R 0.93 -> P 0.88
    R 0.95, themes_results.md round 4)."""
    import numpy as np

    from analysis.annotators.theme_evidence import build_model, train_weights

    table = read_coded_sample(DEV_SAMPLE)
    themes = dictionary_only(load_themes())
    ids = [t.id for t in themes]
    packaged = with_word_model()[0].model
    codes = [set(c.split(";")) - {"none"} for c in table["themes"]]
    order = np.random.default_rng(0).permutation(len(table))
    totals = {"alone": np.zeros(3), "model": np.zeros(3)}
    for fold in range(5):
        test = np.sort(order[fold::5])
        train = np.setdiff1d(np.arange(len(table)), test)
        weights = train_weights(table["text"].iloc[train].tolist(), [codes[i] for i in train], ids)
        model = build_model(weights, thresholds=packaged.thresholds)
        held = table.iloc[test].reset_index(drop=True)
        for name, coder in (
            ("alone", themes),
            ("model", tuple(replace(t, model=model) for t in themes)),
        ):
            scores = validate_coding(held, coder).scores.set_index("theme")
            totals[name] += scores.loc["all", ["tp", "fp", "fn"]].to_numpy(dtype=float)
    (tp0, _, fn0), (tp1, fp1, fn1) = totals["alone"], totals["model"]
    assert tp1 / (tp1 + fn1) > tp0 / (tp0 + fn0) + 0.01
    assert tp1 / (tp1 + fp1) >= 0.85


def test_report_tables_work_with_and_without_a_coded_sample(samples: Corpus, tmp_path: Path):
    assert find_coding_file("", tmp_path) is None
    assert load_validation("", seeds_dir=tmp_path) is None
    with pytest.raises(ParameterError, match="validation_file"):
        find_coding_file(tmp_path / "missing.csv")
    prevalence = theme_prevalence(samples)
    empty = prevalence_with_validation(prevalence, None)
    assert len(empty) == prevalence["theme"].nunique() and empty["precision"].isna().all()
    assert validation_table(None)["theme"].tolist() == ["(no coded sample yet)"]
    assert validation_errors(None).empty and validation_terms(None).empty

    (tmp_path / DEFAULT_CODING_FILE).write_bytes(FIXTURE.read_bytes())
    assert find_coding_file("", tmp_path) == tmp_path / DEFAULT_CODING_FILE
    validation = load_validation("", seeds_dir=tmp_path)
    merged = prevalence_with_validation(prevalence, validation).set_index("theme")
    assert merged.at["research", "precision"] == 0.5
    n_coded = prevalence.groupby("theme")["n_coded"].sum()
    assert merged["n_coded"].equals(n_coded.loc[merged.index].rename("n_coded"))
    table = validation_table(validation).set_index("theme")
    assert table.at["research", "precision (95% CI)"].startswith("0.50 (")


# --- notebook ----------------------------------------------------------------------------


@pytest.mark.slow
def test_validate_notebook_runs_on_the_samples_with_a_coded_file(tmp_path: Path):
    """The validation workflow as the README gives it for the word model: a copy of the theme
    file with the model switched on (use: true), scored on a coded file."""
    import nbformat
    import papermill

    from analysis.annotators.theme_dictionary import default_themes_path

    text = default_themes_path().read_text(encoding="utf-8")
    theme_file = tmp_path / "my_themes.yaml"
    theme_file.write_text(text.replace("\n  use: false\n", "\n  use: true\n"), encoding="utf-8")
    out = tmp_path / "validate.ipynb"
    papermill.execute_notebook(
        str(NOTEBOOK),
        str(out),
        parameters={
            "seeds_dir": str(SEEDS),
            "n_sample": 8,
            "validation_file": str(FIXTURE),
            "sample_out": str(tmp_path / "sheet.csv"),
            "theme_file": str(theme_file),
        },
        cwd=str(tmp_path),
        kernel_name="python3",
        progress_bar=False,
    )
    nb = nbformat.read(out, as_version=4)
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    html = "".join(o.get("data", {}).get("text/html", "") for o in outputs)
    assert "false positive" in html and "research*" in html
    assert "fishermen" not in html  # not a false negative: the switched-on word model codes it
    assert len(pd.read_csv(tmp_path / "sheet.csv", encoding="utf-8-sig")) == 8


def test_a_coded_sample_in_the_seeds_folder_is_not_an_article(tmp_path: Path):
    import shutil

    from analysis.ingest.corpus import load_corpus

    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    (seeds / DEFAULT_CODING_FILE).write_bytes(FIXTURE.read_bytes())
    corpus = load_corpus(seeds, cache=False)
    assert corpus.rejected.empty or not corpus.rejected["path"].str.contains("coding").any()
    assert load_validation("", seeds_dir=seeds).n_paragraphs == 10
