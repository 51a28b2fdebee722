"""The word model beyond the dictionary's exact phrases
(``analysis/annotators/theme_evidence.py``): off in the packaged coder, switched on in a copy of
the theme file, adding evidence only where the dictionary's is weak."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
import yaml

from analysis.annotators.themes import (
    HIT_COLUMNS,
    ThemeDictionaryError,
    coded_paragraphs,
    content_paragraphs,
    counted_hits,
    default_themes_path,
    load_themes,
    theme_hits,
)
from analysis.ingest.corpus import Corpus
from tests.conftest import _paragraph_hits

# Sentences of our own: new wordings the dictionary's phrases do not hold, and the boundary
# cases the model must leave alone (a stock list of goals, a Congress as a time marker, a
# country named only as a venue or a donor).
NEW_WORDING = {
    "standing": "Partners now seek Vietnam's view on the energy transition, a sign of the "
    "weight it carries abroad.",
    # "told", not "briefed": since round 5 "briefed" is a half-weight research term, and
    # with "scholars" the dictionary alone would code the paragraph.
    "research": "The scholars of the academy told the Central Committee's commission how "
    "the conflict might evolve.",
}


BOUNDARIES = [
    "Peace, stability, cooperation, development and sovereignty remain the goals of foreign "
    "affairs, the minister said.",
    "Independence, sovereignty, unity and territorial integrity, peace and development are "
    "the tasks set for the sector.",
    "Since the 13th National Party Congress, the ministry has received many foreign delegations.",
    "In the run-up to the 14th National Party Congress, the provincial museum opened a new wing.",
    "The conference on urban planning was held in Beijing, and engineers from many countries "
    "took part.",
    "The workshop in Vientiane gathered engineers to discuss irrigation canals.",
    "Japan donated medical equipment to the hospital in Hue, the provincial authorities said.",
    "The United States donated two million doses to the provinces of the Mekong delta through "
    "the COVAX facility.",
]


@pytest.fixture(scope="module")
def model_themes() -> tuple:
    """The packaged dictionary with its word model switched on (the file says use: false)."""
    from analysis.annotators.theme_evidence import with_word_model

    return with_word_model(load_themes())


def _use_model(tmp_path: Path, use: str, **changes: str) -> Path:
    """A copy of the packaged theme file (comments kept) whose model says ``use: <use>``,
    with other ``model:`` lines replaced (``changes``: key -> new value)."""
    text = default_themes_path().read_text(encoding="utf-8")
    assert text.count("\n  use: false\n") == 1
    text = text.replace("\n  use: false\n", f"\n  use: {use}\n")
    for key, value in changes.items():
        text, n = re.subn(rf"(?m)^  {key}: .*$", f"  {key}: {value}", text)
        assert n == 1, key
    path = tmp_path / "themes.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_packaged_coder_is_the_dictionary_alone(
    samples: Corpus, sample_hits: pd.DataFrame, model_themes: tuple
):
    """The packaged file ships the word model off (use: false): its themes carry no model
    and no hit on the samples comes from one; with_word_model switches it on without editing
    the file (it then adds hits), and the dictionary's own hits are the same either way."""
    from analysis.annotators.theme_evidence import dictionary_only

    assert all(t.model is None for t in load_themes())
    assert not sample_hits["rule"].str.startswith("model:").any()
    with_model = theme_hits(samples, model_themes)
    assert with_model["rule"].str.startswith("model:").any()
    pd.testing.assert_frame_equal(theme_hits(samples, dictionary_only(model_themes)), sample_hits)


def test_use_true_in_a_copy_of_the_theme_file_switches_the_model_on(
    tmp_path: Path, samples: Corpus, model_themes: tuple
):
    """An analyst's copy with use: true codes with the model, exactly as with_word_model
    does; with use: false its weights file is not even read (a missing one is no error until
    the model is asked for, and then the message names it)."""
    from analysis.annotators.theme_evidence import with_word_model

    on = _use_model(tmp_path, "true")
    assert load_themes(on)[0].model is not None
    pd.testing.assert_frame_equal(theme_hits(samples, on), theme_hits(samples, model_themes))
    off = _use_model(tmp_path, "false", file="missing.csv")
    assert all(t.model is None for t in load_themes(off))
    with pytest.raises(ThemeDictionaryError, match=r"missing\.csv: \(file\): cannot be read"):
        with_word_model(off)


def test_with_word_model_needs_a_model_entry(tmp_path: Path):
    from analysis.annotators.theme_evidence import with_word_model

    data = yaml.safe_load(default_themes_path().read_text(encoding="utf-8"))
    data.pop("model")
    path = tmp_path / "no_model.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    assert all(t.model is None for t in load_themes(path))
    with pytest.raises(ThemeDictionaryError, match=r"no_model\.yaml has no 'model:' entry"):
        with_word_model(path)


def test_the_model_codes_a_new_wording_and_names_its_words(model_themes: tuple):
    """A standing paragraph with none of the dictionary's phrases is coded by the model
    alone; its hit names the words that weighed most (the weight it carries) and the
    probability, and points at one of them in the sentence."""
    text = NEW_WORDING["standing"]
    alone = _paragraph_hits([text])
    assert "international_standing" not in set(counted_hits(alone)["theme"])
    hits = _paragraph_hits([text], model_themes)
    model = hits.loc[hits["rule"].str.startswith("model:")]
    assert model["theme"].tolist() == ["international_standing"]
    row = model.iloc[0]
    assert row["coded"] and row["weight"] == 1.0
    assert row["term"].startswith("model: ") and "weight" in row["term"].split(": ")[1]
    probability = float(row["rule"].removeprefix("model:"))
    threshold = model_themes[0].model.thresholds["international_standing"]
    assert threshold <= probability < 1
    assert text[row["start"] : row["end"]] == row["match"]
    assert row["match"].lower() in row["term"]


def test_the_model_adds_to_weak_dictionary_evidence(model_themes: tuple):
    """Half-weight research words alone do not code the briefing; with the model's hit the
    paragraph is coded and both the words and the model are shown."""
    text = NEW_WORDING["research"]
    alone = _paragraph_hits([text])
    research = alone.loc[alone["theme"] == "research"]
    assert len(research) and not research["coded"].any() and research["weight"].sum() < 1
    hits = _paragraph_hits([text], model_themes)
    research = hits.loc[hits["theme"] == "research"]
    assert research["coded"].all()
    assert research["rule"].str.startswith("model:").sum() == 1
    assert (~research["rule"].str.startswith("model:")).sum() == len(
        alone.query("theme == 'research'")
    )


def test_the_model_leaves_the_boundary_cases_alone(model_themes: tuple):
    """Stock lists of goals, a Congress as a time marker, a country as a venue or a donor:
    the model adds no code to any of them (what the dictionary codes is unchanged)."""
    hits = _paragraph_hits(BOUNDARIES, model_themes)
    assert not hits["rule"].str.startswith("model:").any()
    alone = _paragraph_hits(BOUNDARIES)
    assert coded_paragraphs(hits).equals(coded_paragraphs(alone))
    first_four = coded_paragraphs(hits).query("doc_id in ['p0', 'p1', 'p2', 'p3']")
    assert first_four.empty  # the stock lists and the Congress as a date code nothing


def test_the_model_is_not_consulted_where_the_dictionary_codes(
    samples: Corpus, sample_hits: pd.DataFrame, model_themes: tuple
):
    """On the five samples the model only adds hits where the dictionary alone does not code
    the paragraph with the theme; every other hit is the dictionary's, unchanged."""
    hits = theme_hits(samples, model_themes)
    is_model = hits["rule"].str.startswith("model:")
    assert 0 < is_model.sum() < 0.02 * len(hits)
    keys = ["doc_id", "para_id", "theme"]
    dictionary_coded = set(map(tuple, coded_paragraphs(sample_hits)[keys].values.tolist()))
    added = set(map(tuple, hits.loc[is_model, keys].values.tolist()))
    assert added and not added & dictionary_coded
    columns = [*HIT_COLUMNS, "weight", "rule"]
    pd.testing.assert_frame_equal(
        hits.loc[~is_model, columns].reset_index(drop=True), sample_hits[columns]
    )


def test_model_words_are_scikit_learn_tokens(samples: Corpus, model_themes: tuple):
    """The words the model looks up (mask and split) are the tokens it was trained on
    (scikit-learn's two-letter-or-more words, lower case), on the samples' paragraphs."""
    from sklearn.feature_extraction.text import CountVectorizer

    from analysis.annotators.theme_evidence import paragraph_words, present_features

    model = model_themes[0].model
    analyzer = CountVectorizer().build_analyzer()
    for text in content_paragraphs(samples)["text"].head(60):
        assert set(paragraph_words(text)) == set(analyzer(text))
        expected = {model.index[w] for w in analyzer(text) if w in model.index}
        assert set(present_features(model, text)) == expected


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda m: m.update(colour="red"), r"model has unknown keys \['colour'\]"),
        (lambda m: m.pop("note"), r"model needs a 'note'"),
        (lambda m: m.update(threshold=1.5), r"model threshold is 1\.5; give a number from 0 to 1"),
        (lambda m: m.update(thresholds={"nope": 0.5}), r"thresholds must map theme ids"),
        (lambda m: m.update(use="yes"), r"model\.use: must be boolean .*'use: true'"),
        (
            lambda m: m.update(file="missing.csv", use=True),
            r"missing\.csv: \(file\): cannot be read",
        ),
    ],
)
def test_a_bad_model_entry_names_the_problem(tmp_path: Path, change, message: str):
    data = yaml.safe_load(default_themes_path().read_text(encoding="utf-8"))
    change(data["model"])
    path = tmp_path / "themes.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(ThemeDictionaryError, match=message):
        load_themes(path)


def test_an_analysts_copy_uses_the_packaged_weights_for_its_themes(tmp_path: Path):
    """A copy of themes.yaml elsewhere finds the packaged weights; a theme it drops is
    dropped from the model too, and a theme it adds has no model evidence."""
    data = yaml.safe_load(default_themes_path().read_text(encoding="utf-8"))
    data["themes"] = [t for t in data["themes"] if t["id"] != "research"]
    data["focus"]["thin_evidence"]["factors"].pop("research")  # a dropped theme has no factor
    data["themes"].append({"id": "bamboo_only", "label": "Bamboo", "terms": ["bamboo"]})
    data["model"]["use"] = True
    path = tmp_path / "themes.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    model = load_themes(path)[0].model
    assert "research" not in model.themes and "international_standing" in model.themes
    assert model.column("bamboo_only") is None
    assert model.weights.shape == (len(model.words), len(model.themes))
