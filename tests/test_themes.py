"""The theme dictionary and the coding of paragraphs: toy corpora for exact behaviour,
the five samples for the known facts of the corpus."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.annotators.term_index import AnchorIndex, term_anchor
from analysis.annotators.theme_matching import place_coder
from analysis.annotators.theme_slots import coding_plan, slot_terms, theme_index
from analysis.annotators.theme_terms import anchored_matches, required_literals
from analysis.annotators.theme_weighing import sentence_hits
from analysis.annotators.themes import (
    CODING_COLUMNS,
    HIT_COLUMNS,
    ThemeDictionaryError,
    coded_paragraphs,
    compile_terms,
    content_paragraphs,
    content_sentences,
    context_rules,
    counted_hits,
    default_themes_path,
    find_theme_matches,
    load_hand_coded,
    load_themes,
    resolve_themes,
    score_dictionary,
    term_regex,
    theme_cooccurrence,
    theme_evidence,
    theme_hits,
    theme_prevalence,
)
from analysis.core.errors import AnalysisError, ParameterError
from analysis.core.schema import CONTENT_KINDS
from analysis.core.text import count_words, split_sentences_table
from analysis.ingest.corpus import Corpus
from tests.conftest import doc_id_of

HAND_CODED = Path(__file__).parent / "data" / "hand_coded_themes.csv"
REQUIRED_THEMES = {
    "three_pillars",
    "party_to_party",
    "neighbours",
    "major_powers",
    "multilateral",
    "economic",
    "sovereignty",
    "identity",
    "pandemic",
    "research",
    "party_building",
    "information_culture",
    "world_situation",
}

# doc_id, para_id, kind, text, repeat_of
TOY_PARAGRAPHS = [
    ("a", 0, "title", "Bamboo diplomacy and China", -1),
    ("a", 1, "lede", "Vietnam upholds bamboo diplomacy. Laos agrees.", -1),
    ("a", 2, "caption", "Leaders discuss bamboo diplomacy with China (Photo: VNA)", -1),
    (
        "a",
        3,
        "body",
        "Relations with China and the Communist Party of China grew. The pandemic ended.",
        -1,
    ),
    ("a", 4, "boilerplate", "Related: vaccine diplomacy with Laos", -1),
    ("a", 5, "lede", "Vietnam upholds bamboo diplomacy. Laos agrees.", 1),
    ("b", 0, "lede", "Vaccines reached Laos, and the US sent vaccine doses.", -1),
    ("b", 1, "heading", "Trade and investment", -1),
    ("b", 2, "credit", "(VNA/VLLF) bamboo", -1),
]
TOY_DICTIONARY = {
    "themes": [
        {"id": "alpha", "label": "Alpha", "definition": "Bamboo.", "terms": ["bamboo"]},
        {
            "id": "beta",
            "label": "Beta",
            "definition": "Neighbours.",
            "terms": ["china", "laos"],
            "exclude": ["communist party of china"],
        },
        {
            "id": "gamma",
            "label": "Gamma",
            "definition": "Pandemic.",
            "terms": ["pandemic*", "vaccine*"],
        },
    ]
}


def toy_corpus(paragraphs: list[tuple[str, int, str, str, int]] = TOY_PARAGRAPHS) -> Corpus:
    """A tiny hand-built corpus with the columns of ``analysis.core.schema``."""
    paras = pd.DataFrame(paragraphs, columns=["doc_id", "para_id", "kind", "text", "repeat_of"])
    paras = paras.assign(raw=paras["text"] + "\n", line=paras["para_id"] + 1)
    content = paras.loc[paras["kind"].isin(CONTENT_KINDS) & (paras["repeat_of"] < 0)]
    doc_ids = sorted(paras["doc_id"].unique())
    documents = pd.DataFrame(
        {
            "doc_id": doc_ids,
            "title": [f"Title {d}" for d in doc_ids],
            "outlet": ["Outlet One" if d == "a" else "" for d in doc_ids],
            "published": pd.to_datetime(["2021-05-01" if d == "a" else None for d in doc_ids]),
            "n_words": [
                sum(count_words(t) for t in content.loc[content["doc_id"] == d, "text"])
                for d in doc_ids
            ],
            "duplicate_of": ["" for _ in doc_ids],
        }
    )
    sentences = split_sentences_table(paras.loc[paras["kind"] != "boilerplate"])
    return Corpus(
        documents=documents, paragraphs=paras, sentences=sentences, rejected=pd.DataFrame()
    )


@pytest.fixture()
def toy_dictionary(tmp_path: Path) -> Path:
    path = tmp_path / "toy.yaml"
    path.write_text(yaml.safe_dump(TOY_DICTIONARY), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def sample_hits(samples: Corpus) -> pd.DataFrame:
    return theme_hits(samples)


# --- the dictionary ------------------------------------------------------------------


def test_packaged_dictionary_has_the_issue_themes_with_definitions():
    themes = load_themes()
    assert {t.id for t in themes} >= REQUIRED_THEMES
    for theme in themes:
        assert theme.terms and theme.label and theme.definition, theme.id
        assert isinstance(theme.pattern, re.Pattern)


@pytest.mark.parametrize(
    ("term", "text", "matches"),
    [
        ("people-to-people diplomacy", "People to people diplomacy", True),
        ("people-to-people diplomacy", "people–to–people diplomacy", True),
        ("workers' parties", "workers’ parties", True),
        ("diversif*", "diversification", True),
        ("neighbouring countries", "neighboring countries", False),
        ("un", "the UN agreed", True),
        ("un", "united", False),
        ("trade", "trademark", False),
        ("east sea", "East   Sea", True),
        ("re:co-?operation", "cooperation", True),
    ],
)
def test_term_syntax(term: str, text: str, matches: bool):
    assert bool(compile_terms([term]).search(text)) is matches


@given(st.from_regex(r"[A-Za-z]{1,8}([ -][A-Za-z]{1,8}){0,3}", fullmatch=True))
def test_every_plain_term_matches_itself_in_any_case(term: str):
    pattern = compile_terms([term])
    assert pattern.fullmatch(term)
    assert pattern.fullmatch(term.upper())
    assert pattern.search(f"({term}).")


@pytest.mark.parametrize(
    ("theme", "message"),
    [
        ({"label": "No id", "terms": ["x"]}, r"theme #2 \(label 'No id'\) has no 'id'"),
        ({"id": "empty", "terms": []}, r"Theme 'empty'.*'terms' is empty"),
        ({"id": "blank", "terms": ["ok", "  "]}, r"Theme 'blank'.*empty term"),
        ({"id": "good", "terms": ["y"]}, r"Theme 'good'.*duplicate id"),
        (
            {"id": "badre", "terms": ["re:(unclosed"]},
            r"Theme 'badre'.*invalid pattern.*regular expression",
        ),
        ({"id": "stars", "terms": ["a**b"]}, r"Theme 'stars'.*invalid pattern.*'\*\*'"),
        ({"id": "wild", "terms": ["*"]}, r"Theme 'wild'.*invalid pattern.*would match anything"),
        ({"id": "badex", "terms": ["x"], "exclude": ["re:[z"]}, r"Theme 'badex'.*invalid pattern"),
    ],
)
def test_malformed_dictionary_is_rejected_naming_theme_and_problem(tmp_path: Path, theme, message):
    path = tmp_path / "bad.yaml"
    path.write_text(
        yaml.safe_dump({"themes": [{"id": "good", "terms": ["x"]}, theme]}), encoding="utf-8"
    )
    with pytest.raises(ThemeDictionaryError, match=message):
        load_themes(path)


def test_dictionary_errors_belong_to_the_package_hierarchy(tmp_path: Path):
    assert issubclass(ThemeDictionaryError, AnalysisError)
    path = tmp_path / "none.yaml"
    path.write_text("themes: []\n", encoding="utf-8")
    with pytest.raises(ThemeDictionaryError, match="has no themes"):
        load_themes(path)
    with pytest.raises(ThemeDictionaryError, match="Cannot read"):
        load_themes(tmp_path / "missing.yaml")


def test_unknown_theme_ids_are_rejected():
    with pytest.raises(ParameterError, match="nonsense"):
        resolve_themes(None, ["pandemic", "nonsense"])
    assert [t.id for t in resolve_themes(None, ["pandemic"])] == ["pandemic"]


def test_term_regex_rejects_empty_terms():
    with pytest.raises(ValueError, match="empty"):
        term_regex("   ")


# --- coding on a toy corpus ---------------------------------------------------------


def test_toy_hits_are_exactly_the_content_matches(toy_dictionary: Path):
    corpus = toy_corpus()
    before = corpus.paragraphs.copy()
    hits = theme_hits(corpus, toy_dictionary)
    expected = pd.DataFrame(
        [
            ("a", 1, 0, "alpha", "bamboo", "bamboo", 16, 22),
            ("a", 1, 1, "beta", "laos", "Laos", 0, 4),
            ("a", 3, 0, "beta", "china", "China", 15, 20),
            ("a", 3, 1, "gamma", "pandemic*", "pandemic", 4, 12),
            ("b", 0, 0, "gamma", "vaccine*", "Vaccines", 0, 8),
            ("b", 0, 0, "beta", "laos", "Laos", 17, 21),
            ("b", 0, 0, "gamma", "vaccine*", "vaccine", 39, 46),
        ],
        columns=list(HIT_COLUMNS),
    ).astype({"para_id": "int64", "sent_id": "int64", "start": "int64", "end": "int64"})
    expected = expected.assign(weight=1.0, rule="", coded=True)
    pd.testing.assert_frame_equal(hits, expected)
    pd.testing.assert_frame_equal(corpus.paragraphs, before)


def test_offsets_point_at_the_match_in_the_sentence(samples: Corpus, sample_hits: pd.DataFrame):
    keys = ["doc_id", "para_id", "sent_id"]
    joined = sample_hits.merge(samples.sentences[[*keys, "text"]], on=keys)
    assert len(joined) == len(sample_hits) > 0
    sliced = [
        t[s:e] for t, s, e in zip(joined["text"], joined["start"], joined["end"], strict=True)
    ]
    assert sliced == joined["match"].tolist()


def test_captions_boilerplate_titles_and_repeats_never_produce_hits(
    samples: Corpus, sample_hits: pd.DataFrame
):
    kinds = sample_hits.merge(samples.paragraphs, on=["doc_id", "para_id"])
    assert set(kinds["kind"]) <= set(CONTENT_KINDS)
    assert (kinds["repeat_of"] < 0).all()
    # The 000 caption names Xi Jinping and China; the 002 captions name ASEAN and Laos.
    captions = samples.paragraphs.loc[samples.paragraphs["kind"] == "caption"]
    assert captions["text"].str.contains("ASEAN").any()
    assert sample_hits.merge(captions, on=["doc_id", "para_id"]).empty


# --- the samples -----------------------------------------------------------------------


def test_every_theme_matches_somewhere_in_the_samples(sample_hits: pd.DataFrame):
    assert {t.id for t in load_themes()} == set(sample_hits["theme"])


def test_party_to_party_is_prominent_in_000_and_001(samples: Corpus, sample_hits: pd.DataFrame):
    prevalence = theme_prevalence(samples, sample_hits)
    for prefix in ("000", "001"):
        doc = prevalence.loc[prevalence["doc_id"] == doc_id_of(samples, prefix)]
        top = doc.sort_values("share", ascending=False)["theme"].head(2).tolist()
        assert "party_to_party" in top, (prefix, top)
        share = doc.set_index("theme").at["party_to_party", "share"]
        assert share > 0.4
    other = prevalence.loc[prevalence["doc_id"] == doc_id_of(samples, "002")]
    assert other.set_index("theme").at["party_to_party", "share"] < 0.2


def test_pandemic_diplomacy_appears_in_004(samples: Corpus, sample_hits: pd.DataFrame):
    doc = sample_hits.loc[sample_hits["doc_id"] == doc_id_of(samples, "004")]
    pandemic = doc.loc[doc["theme"] == "pandemic"]
    assert pandemic["para_id"].nunique() >= 3
    assert "vaccine diplomacy" in pandemic["match"].str.lower().tolist()


def test_comprehensive_strategic_partnerships_in_003(samples: Corpus, sample_hits: pd.DataFrame):
    doc = sample_hits.loc[
        (sample_hits["doc_id"] == doc_id_of(samples, "003"))
        & (sample_hits["theme"] == "major_powers")
    ]
    matches = doc["match"].str.lower()
    assert (matches == "comprehensive strategic partnership").sum() >= 4


def test_editing_the_dictionary_file_changes_the_results(tmp_path: Path, samples: Corpus):
    data = yaml.safe_load(default_themes_path().read_text(encoding="utf-8"))
    pandemic = next(t for t in data["themes"] if t["id"] == "pandemic")
    pandemic["terms"] = ["therapeutic drugs"]
    pandemic.pop("weights", None)  # they name the removed terms
    data["themes"].append({"id": "bamboo_only", "label": "Bamboo", "terms": ["bamboo"]})
    path = tmp_path / "edited.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    hits = theme_hits(samples, path)
    assert hits.loc[hits["theme"] == "pandemic", "match"].str.lower().unique().tolist() == [
        "therapeutic drugs"
    ]
    text = " ".join(content_paragraphs(samples)["text"]).lower()
    assert (hits["theme"] == "bamboo_only").sum() == text.count("bamboo")


def test_theme_hits_are_deterministic(samples: Corpus, sample_hits: pd.DataFrame):
    pd.testing.assert_frame_equal(theme_hits(samples), sample_hits)


# --- prevalence, co-occurrence, evidence -------------------------------------------------


def test_prevalence_is_a_complete_grid_with_consistent_shares(samples: Corpus, sample_hits):
    prevalence = theme_prevalence(samples, sample_hits)
    n_themes = len(load_themes())
    assert len(prevalence) == len(samples.documents) * n_themes
    content = content_paragraphs(samples).groupby("doc_id").size()
    assert (prevalence["n_paragraphs"] == prevalence["doc_id"].map(content)).all()
    assert prevalence["share"].between(0, 1).all()
    assert (prevalence["n_coded"] <= prevalence["n_hits"]).all()
    per_1000 = 1000 * prevalence["n_hits"] / prevalence["n_words"]
    pd.testing.assert_series_equal(prevalence["hits_per_1000_words"], per_1000, check_names=False)
    assert prevalence["n_hits"].sum() == len(counted_hits(sample_hits)) < len(sample_hits)


def test_prevalence_by_outlet_and_year(samples: Corpus, sample_hits: pd.DataFrame):
    by_year = theme_prevalence(samples, sample_hits, by="year")
    assert {"2019", "2021", "2023", "unknown"} == set(by_year["year"])
    by_outlet = theme_prevalence(samples, sample_hits, by="outlet")
    assert "Communist Review" in set(by_outlet["outlet"])
    for table in (by_year, by_outlet):
        assert table["n_hits"].sum() == len(counted_hits(sample_hits))
    with pytest.raises(ParameterError, match="'by'"):
        theme_prevalence(samples, sample_hits, by="author")


def test_toy_prevalence_counts_paragraphs(toy_dictionary: Path):
    corpus = toy_corpus()
    prevalence = theme_prevalence(corpus, themes=toy_dictionary).set_index(["doc_id", "theme"])
    assert prevalence.at[("a", "beta"), "n_paragraphs"] == 2  # lede and body; repeat skipped
    assert prevalence.at[("a", "beta"), "share"] == 1.0
    assert prevalence.at[("a", "gamma"), "n_coded"] == 1
    assert prevalence.at[("b", "alpha"), "n_hits"] == 0


def test_cooccurrence_on_toy_corpus(toy_dictionary: Path):
    hits = theme_hits(toy_corpus(), toy_dictionary)
    expected = pd.DataFrame(
        {
            "theme_a": ["beta", "alpha"],
            "theme_b": ["gamma", "beta"],
            "n_both": [2, 1],
            "n_a": [3, 1],
            "n_b": [2, 3],
            "jaccard": [2 / 3, 1 / 3],
        }
    )
    pd.testing.assert_frame_equal(theme_cooccurrence(hits), expected, check_dtype=False)


def test_evidence_quotes_sentences_with_source(samples: Corpus, sample_hits: pd.DataFrame):
    quotes = theme_evidence(samples, sample_hits, "pandemic", n=4)
    assert len(quotes) == 4
    assert quotes["rank"].tolist() == [1, 2, 3, 4]
    assert quotes["doc_id"].value_counts().max() <= 2
    assert quotes["text"].str.contains("pandemic|vaccine|covid|health", case=False).all()
    assert {"title", "outlet", "published"} <= set(quotes.columns)
    doc = doc_id_of(samples, "004")
    only = theme_evidence(samples, sample_hits, "pandemic", doc_id=doc, n=3)
    assert set(only["doc_id"]) == {doc} and len(only) == 3
    assert (only["n_terms"].diff().dropna() <= 0).all()
    with pytest.raises(ParameterError, match="nonsense"):
        theme_evidence(samples, sample_hits, "nonsense")


# --- scoring against the hand-coded sample -------------------------------------------------


def test_scores_on_a_toy_sample(toy_dictionary: Path):
    hits = theme_hits(toy_corpus(), toy_dictionary)
    coded = pd.DataFrame(
        [("a", 1, "alpha"), ("a", 3, "beta"), ("b", 0, "alpha"), ("b", 1, "none")],
        columns=["doc_id", "para_id", "theme"],
    )
    scores = score_dictionary(hits, coded).set_index("theme")
    assert scores.loc["alpha", ["tp", "fp", "fn"]].tolist() == [1, 0, 1]
    assert scores.loc["beta", ["tp", "fp", "fn"]].tolist() == [1, 2, 0]  # Laos in a/1 and b/0
    assert scores.loc["gamma", ["tp", "fp", "fn"]].tolist() == [0, 2, 0]
    assert scores.at["alpha", "recall"] == 0.5
    assert scores.at["beta", "precision"] == pytest.approx(1 / 3)
    assert scores.loc["all", ["tp", "fp", "fn"]].tolist() == [2, 4, 1]
    strict = score_dictionary(hits, coded, min_hits=2).set_index("theme")
    assert strict.loc["gamma", ["tp", "fp", "fn"]].tolist() == [0, 1, 0]  # b/0: two vaccines
    assert strict.loc["beta", ["tp", "fp", "fn"]].tolist() == [0, 0, 1]


def test_hand_coded_sample_covers_real_content_paragraphs(samples: Corpus):
    coded = load_hand_coded(HAND_CODED)
    paragraphs = coded[["doc_id", "para_id"]].drop_duplicates()
    assert len(paragraphs) >= 40
    assert set(paragraphs["doc_id"]) == set(samples.documents["doc_id"])
    content = content_paragraphs(samples)[["doc_id", "para_id"]]
    assert len(paragraphs.merge(content)) == len(paragraphs)
    assert set(coded["theme"]) <= {t.id for t in load_themes()} | {"none"}


def test_dictionary_agrees_with_the_hand_coding(sample_hits: pd.DataFrame):
    scores = score_dictionary(sample_hits, load_hand_coded(HAND_CODED)).set_index("theme")
    assert scores.at["all", "f1"] >= 0.6
    assert scores.at["all", "recall"] >= 0.8
    coded_themes = scores.drop(index="all")
    assert (coded_themes.loc[coded_themes["support"] > 0, "recall"] >= 0.5).all()
    strict = score_dictionary(sample_hits, load_hand_coded(HAND_CODED), min_hits=2)
    strict = strict.set_index("theme")
    assert strict.at["all", "precision"] > scores.at["all", "precision"]
    assert strict.at["all", "recall"] < scores.at["all", "recall"]


# --- figures ---------------------------------------------------------------------------------


def _assert_readable(fig) -> None:
    ax = fig.axes[0]
    assert ax.get_title() and ax.get_xlabel() and ax.get_ylabel()
    assert any(t.get_text().startswith("Source:") for t in fig.texts)


def test_figures_are_titled_labelled_and_sourced(samples: Corpus, sample_hits: pd.DataFrame):
    from analysis.annotators.entities import country_comentions, extract_mentions, mention_counts
    from analysis.plots.themes import (
        plot_country_comentions,
        plot_prevalence_by,
        plot_theme_heatmap,
        plot_top_mentions,
    )

    prevalence = theme_prevalence(samples, sample_hits)
    heatmap = plot_theme_heatmap(prevalence)
    _assert_readable(heatmap)
    labels = [t.get_text() for t in heatmap.axes[0].get_xticklabels()]
    assert labels == ["000", "001", "002", "003", "004"]
    assert len(heatmap.axes[0].get_yticklabels()) == len(load_themes())
    by_year = theme_prevalence(samples, sample_hits, by="year")
    _assert_readable(plot_theme_heatmap(by_year, by="year"))
    _assert_readable(plot_prevalence_by(by_year, by="year"))
    mentions = extract_mentions(samples)
    comentions = plot_country_comentions(country_comentions(mentions), top_n=6)
    _assert_readable(comentions)
    assert len(comentions.axes[0].get_xticklabels()) == 6
    parties = plot_top_mentions(mention_counts(mentions, kind="party"), top_n=4)
    _assert_readable(parties)
    assert parties.axes[0].get_title() == "Most mentioned parties"
    assert len(parties.axes[0].patches) == 4


def test_figures_of_empty_tables_say_so(samples: Corpus, sample_hits: pd.DataFrame):
    from analysis.annotators.entities import country_comentions, extract_mentions, mention_counts
    from analysis.plots.themes import plot_country_comentions, plot_top_mentions

    nothing = extract_mentions(samples).head(0)
    for fig in (
        plot_country_comentions(country_comentions(nothing)),
        plot_top_mentions(mention_counts(nothing)),
    ):
        assert any("Nothing to show" in t.get_text() for t in fig.axes[0].texts)


# --- the notebook ------------------------------------------------------------------------------

NOTEBOOK = Path(__file__).resolve().parents[1] / "analysis" / "notebooks" / "thematic.ipynb"
EXPECTED_PARAMETERS = {
    "seeds_dir": "seeds",
    "outlets": [],
    "date_from": "",
    "date_to": "",
    "doc_ids": [],
    "themes": [],
    "top_n": 10,
    "k_topics": 6,
    "theme_file": "",
    "validation_file": "",
    "count_stories_once": True,
}


def _notebook():
    import nbformat

    return nbformat.read(NOTEBOOK, as_version=4)


def test_notebook_parameters_are_commented_literals():
    from analysis.site.reports import NOTEBOOKS_DIR, read_parameters

    nb = _notebook()
    assert nb.nbformat == 4
    first = nb.cells[0]
    assert first.metadata.get("tags") == ["parameters"]
    params = read_parameters(NOTEBOOKS_DIR / "thematic.ipynb", nb)
    assert {name: p.default for name, p in params.items()} == EXPECTED_PARAMETERS
    assert all(p.help for p in params.values())
    assert "corpus = start_report(seeds_dir=seeds_dir" in nb.cells[1].source
    assert "from analysis.site.notebook import" in nb.cells[1].source


def test_notebook_is_thin_prose_between_calls():
    import ast

    nb = _notebook()
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(not c.outputs and c.execution_count is None for c in code)
    for cell in code[2:]:
        tree = ast.parse(cell.source)
        banned = (ast.FunctionDef, ast.ClassDef, ast.For, ast.While, ast.With, ast.Lambda)
        assert not any(isinstance(n, banned) for n in ast.walk(tree)), cell.source
        assert "open(" not in cell.source and "to_csv" not in cell.source
        assert 1 <= len(tree.body) <= 3, cell.source
        assert isinstance(tree.body[-1], ast.Expr), cell.source  # ends in a table or figure
    kinds = [c.cell_type for c in nb.cells[2:]]
    assert "code,code" not in ",".join(kinds)  # prose between every two calls
    guides = [
        c.source for c in nb.cells if c.cell_type == "markdown" and "Reading guide" in c.source
    ]
    assert len(guides) == len(code) - 2


@pytest.mark.slow
def test_notebook_runs_under_papermill_and_shows_every_figure(tmp_path: Path):
    import nbformat
    import papermill

    out = tmp_path / "thematic.ipynb"
    papermill.execute_notebook(
        str(NOTEBOOK),
        str(out),
        parameters={"themes": ["pandemic", "party_to_party"], "k_topics": 3, "top_n": 5},
        cwd=str(NOTEBOOK.parents[1]),
        kernel_name="python3",
        progress_bar=False,
    )
    nb = nbformat.read(out, as_version=4)
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    html = "".join(o.get("data", {}).get("text/html", "") for o in outputs)
    assert html.count("<img") == 6
    assert "Pandemic and vaccine diplomacy" in html
    assert "Three pillars" not in html  # the themes parameter filters the evidence


def test_the_prefilter_never_changes_the_matches(samples: Corpus):
    themes = load_themes()
    texts = [*content_sentences(samples)["text"], "Vaccines; UNCLOS; people to people"]
    plain = [find_theme_matches(t, theme) for t in texts for theme in themes]
    filtered = [find_theme_matches(t, theme, t.lower()) for t in texts for theme in themes]
    assert plain == filtered
    assert sum(map(len, plain)) > 0
    assert not next(t for t in themes if t.id == "pandemic").may_match("trade and investment")


# --- coding rules: weights, thresholds, actors, contexts (issue 18) ----------------------------

RULES_DICTIONARY = {
    "themes": [
        {
            "id": "goals",
            "terms": ["sovereignty", "prestige", "border"],
            "weights": {"border": 0.5},
        },
        {
            "id": "parties",
            "terms": ["party-to-party"],
            "exclude": ["party of japan"],
            "actors": [
                {
                    "id": "party_cue",
                    "note": "A listed party with a mechanism cue.",
                    "names": ["Komeito", "LDP"],
                    "cues": ["talks", "delegation"],
                },
                {
                    "id": "gazetteer_party",
                    "note": "A Cuban party from the gazetteer, on its own.",
                    "gazetteer": {"kinds": ["party"], "countries": ["Cuba"]},
                    "weight": 0.5,
                },
            ],
        },
        {"id": "congress", "terms": ["party congress"], "threshold": 2},
    ],
    "contexts": [
        {
            "id": "stock",
            "note": "Stock goals.",
            "themes": ["goals"],
            "weight": 0,
            "list_items": ["peace", "stability", "sovereignty", "prestige"],
            "min_items": 3,
        },
        {
            "id": "date",
            "note": "A Congress as a date.",
            "themes": ["congress"],
            "weight": 0.5,
            "phrases": ["since the party congress"],
        },
    ],
}
RULES_PARAGRAPHS = [
    ("r", 0, "body", "They defended sovereignty at sea.", -1),
    ("r", 1, "body", "We work for peace, stability and sovereignty in the region.", -1),
    ("r", 2, "body", "The border was quiet.", -1),
    ("r", 3, "body", "The border was quiet. The border guards met.", -1),
    ("r", 4, "body", "The LDP held talks with the delegation.", -1),
    ("r", 5, "body", "The ldp held talks. Komeito was absent.", -1),
    ("r", 6, "body", "The Communist Party of Cuba sent a letter. The PCC agreed.", -1),
    ("r", 7, "body", "Liberal Democratic Party of Japan talks: no actor inside it.", -1),
    ("r", 8, "body", "Since the party congress, the party congress has met twice.", -1),
    ("r", 9, "body", "The party congress met. The party congress voted.", -1),
]


@pytest.fixture()
def rules_hits(tmp_path: Path) -> pd.DataFrame:
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump(RULES_DICTIONARY), encoding="utf-8")
    return theme_hits(toy_corpus(RULES_PARAGRAPHS), path)


def _coded(hits: pd.DataFrame) -> set[tuple[int, str]]:
    return {(p, t) for p, t in coded_paragraphs(hits)[["para_id", "theme"]].itertuples(index=False)}


def test_weights_thresholds_actors_and_contexts_decide_the_codes(rules_hits: pd.DataFrame):
    assert list(rules_hits.columns) == [*HIT_COLUMNS, *CODING_COLUMNS]
    assert _coded(rules_hits) == {
        (0, "goals"),  # a plain term
        (3, "goals"),  # two half-weight terms reach the threshold of 1; one (para 2) does not
        (4, "parties"),  # an actor with a cue in its sentence
        (6, "parties"),  # two half-weight gazetteer actors (name and abbreviation)
        (9, "congress"),  # two mentions for a threshold of 2
    }
    by_para = rules_hits.set_index(["para_id", "theme"])
    stock = by_para.loc[(1, "goals")]
    assert stock["rule"] == "stock" and stock["weight"] == 0 and not stock["coded"]
    date = rules_hits.loc[rules_hits["para_id"] == 8, ["weight", "rule"]]
    assert date.values.tolist() == [[0.5, "date"], [1.0, ""]]  # 1.5 < threshold 2
    actor = by_para.loc[(4, "parties")]
    assert (actor["term"], actor["match"], actor["rule"]) == (
        "actor:party_cue",
        "LDP",
        "actor:party_cue",
    )
    assert 5 not in set(
        rules_hits["para_id"]
    )  # "ldp" is not the upper-case LDP; no cue for Komeito
    assert 7 not in set(rules_hits["para_id"])  # the party's name holds "Japan": excluded


def test_counted_hits_drive_prevalence_and_evidence(rules_hits: pd.DataFrame):
    counted = counted_hits(rules_hits)
    assert counted["coded"].all() and (counted["weight"] > 0).all()
    assert len(counted) < len(rules_hits)
    n_hits = coded_paragraphs(rules_hits).set_index(["para_id", "theme"])["n_hits"]
    assert n_hits.loc[(9, "congress")] == 2 and n_hits.loc[(6, "parties")] == 2


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"weights": {"nope": 2}}, r"Theme 'goals' in .*rules\.yaml: weights names \['nope'\]"),
        ({"weights": {"border": -1}}, r"weights of 'border' is -1; give a number >= 0"),
        ({"threshold": "high"}, r"Theme 'goals' in .*: threshold is 'high'"),
        ({"actors": [{"id": "a", "names": ["x"]}]}, r"actor rule 'a' has no 'note'"),
        ({"actors": [{"id": "a", "note": "n"}]}, r"actor rule 'a' names no actor"),
        (
            {"actors": [{"id": "a", "note": "n", "gazetteer": {"kinds": ["planet"]}}]},
            r"actor rule 'a': gazetteer kinds \['planet'\] must be among",
        ),
        ({"actors": [{"id": "a", "note": "n", "names": ["x"], "colour": 1}]}, "unknown keys"),
    ],
)
def test_malformed_coding_rules_are_rejected_naming_file_and_entry(tmp_path, change, message):
    data = yaml.safe_load(yaml.safe_dump(RULES_DICTIONARY))
    data["themes"][0].update(change)
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(ThemeDictionaryError, match=message):
        load_themes(path)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"themes": ["nothere"]}, r"rules\.yaml: context rule 'stock': themes \['nothere'\]"),
        ({"note": ""}, r"context rule 'stock' has no 'note'"),
        ({"phrases": ["x"]}, r"context rule 'stock' needs either 'phrases' or 'list_items'"),
        ({"min_items": 1}, r"context rule 'stock': min_items is 1; give a number >= 2"),
        ({"weight": "none"}, r"context rule 'stock': weight is 'none'"),
    ],
)
def test_malformed_context_rules_are_rejected_naming_file_and_rule(tmp_path, change, message):
    data = yaml.safe_load(yaml.safe_dump(RULES_DICTIONARY))
    data["contexts"][0].update(change)
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(ThemeDictionaryError, match=message):
        load_themes(path)


def test_packaged_rules_have_notes_and_fire_on_the_issue_boundaries():
    themes = {t.id: t for t in load_themes()}
    assert all(r.note for t in themes.values() for r in (*t.actors, *t.contexts))
    assert {r.id for t in themes.values() for r in t.contexts} >= {
        "stock_list",
        "congress_time_marker",
        "integration_set_phrase",
        "pandemic_time_marker",
    }
    paragraphs = [
        ("i", 0, "body", "Since the 13th National Party Congress, trips abroad have doubled.", -1),
        (
            "i",
            1,
            "body",
            "The ministry reviewed external relations and international integration.",
            -1,
        ),
        ("i", 2, "body", "After the pandemic, exchanges of students resumed.", -1),
        ("i", 3, "body", "The CPP and the CPV agreed to exchange delegations.", -1),
        ("i", 4, "body", "Xi Jinping met the General Secretary in Beijing.", -1),
    ]
    hits = theme_hits(toy_corpus(paragraphs))
    assert _coded(hits) >= {(3, "party_to_party"), (3, "neighbours"), (4, "party_to_party")}
    assert not {(0, "party_building"), (1, "economic"), (2, "pandemic")} & _coded(hits)
    rules = set(hits["rule"])
    assert {"congress_time_marker", "integration_set_phrase", "pandemic_time_marker"} <= rules


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "party",
                "Party",
                "parties",
                "communist",
                "diversification",
                "diversif",
                "vaccine",
                "the",
                "US",
                "us",
                "U.S.",
                "China",
                "Lao",
                "people",
                "to",
                "people-to-people",
                "PARTY",
                "Communist Party of Cuba",
                "σ",
                "ſtate",
                "state diplomacy",
                "-",
                " ",
                ", ",
                "'s",
                "\u2019s",
                ".",
                "(",
                ")",
            ]
        ),
        max_size=25,
    ).map(" ".join)
)
def test_anchored_matching_equals_a_full_scan(text: str):
    """The per-word sub-patterns find exactly what each theme's whole pattern finds."""
    for theme in load_themes():
        full = [(m.span(), m.lastgroup) for m in theme.pattern.finditer(text)]
        assert [(m.span(), m.lastgroup) for m in _anchored(theme, text)] == full, theme.id


def _anchored(theme, text: str):
    index = theme_index((theme,))
    starts, words = index.candidates_and_words(text)
    return anchored_matches(theme.anchored, text, starts[0], words)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "party",
                "parties",
                "communist",
                "the",
                "two",
                "US",
                "us",
                "China",
                "Lao",
                "CPP",
                "Xi Jinping",
                "General Secretary",
                "talks",
                "delegation",
                "since",
                "13th",
                "National Party Congress",
                "peace",
                "stability",
                "sovereignty",
                "prestige",
                "position",
                "pandemic",
                "after",
                "the pandemic",
                "vaccine",
                "Komeito of Japan",
                "Japan",
                "visited",
                "trade",
                "integration",
                "external relations and",
                "σ",
                "’s",
                ",",
                ".",
                " and ",
                "-",
                "(",
                ")",
            ]
        ),
        max_size=30,
    ).map(" ".join)
)
def test_indexed_coding_equals_full_scans_of_every_pattern(text: str):
    """The one-pass coding of a sentence (anchored words, sub-patterns, actor names and
    exclusions tried only where they can start) equals scanning every pattern everywhere."""
    themes = load_themes()
    index, plan = theme_index(themes), coding_plan(themes)
    fast = sentence_hits(text, themes, index.anchored_words(text), plan, index.full_scan)
    slow = sentence_hits(text, themes, [], plan, range(index.n_patterns))
    assert fast == slow


def _dictionary_pieces() -> list[str]:
    """Every literal term, exclusion, actor name and context phrase of the packaged
    dictionary (a ``*`` filled in or dropped), and each of their words."""
    out: set[str] = set()
    for terms in slot_terms(load_themes()):
        for term in terms:
            if term.startswith("re:"):
                continue
            out.update({term.replace("*", "s"), term.replace("*", ""), *term.split()})
    return sorted(out)


# Between pieces: what a term's hyphen, space or apostrophe may match, and what it may not.
JOINTS = [" ", " ", " ", "-", "\u2013", "  ", "\n", " \n", ", ", ". ", "\u2019", "'s ", "(", ""]
CASES = [str, str.lower, str.upper, str.title]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from([*_dictionary_pieces(), "σ", "İ", "K", "Đà Nẵng", "x"]),
            st.sampled_from(CASES),
            st.sampled_from(JOINTS),
        ),
        max_size=20,
    ).map(lambda parts: "".join(case(piece) + joint for piece, case, joint in parts))
)
def test_whole_term_coding_equals_full_scans_of_every_pattern(text: str):
    """Coding from the places where whole literal terms occur (``PlaceCoder``: one
    Aho-Corasick pass of every term, name and context phrase) equals scanning every pattern
    everywhere, on texts made of the dictionary's own terms, cases and joints; a text it
    does not read (a whitespace run, odd case folding) is coded by ``theme_index``."""
    themes = load_themes()
    index, plan = theme_index(themes), coding_plan(themes)
    slow = sentence_hits(text, themes, [], plan, range(index.n_patterns))
    scanned = place_coder(themes).scan(text)
    if scanned is None:
        assert re.search(r"\s\s", text) or not text.isascii()
        return
    fast = sentence_hits(text, themes, [], plan, index.full_scan, scanned)
    assert fast == slow


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "peace",
                "Peace",
                "stability",
                "sovereignty",
                "development",
                "the",
                "its",
                "international position",
                "prestige",
                "and",
                "or",
                ",",
                ";",
                "xpeace",
                "Since",
                "the 13th National Party Congress",
                "external relations and international",
                "integration",
                "after",
                "the pandemic",
                "COVID-19",
                "years",
                "of",
                "σ",
                "İ",
                "China",
                "Laos",
                "the United States",
                "Japan",
                "US",
                "U.S.",
                "Chinese",
            ]
        ),
        max_size=25,
    ).map(" ".join)
)
def test_context_spans_equal_a_full_case_insensitive_scan(text: str):
    """Gates, the lower-cased pattern and the word-start check change no context span; nor
    does trying a context only where the index says one of its phrases can begin."""
    for rule in context_rules(load_themes()):
        expected = [m.span() for m in rule.pattern.finditer(text)]
        assert rule.spans(text, text.lower()) == expected, rule.id
        starts = AnchorIndex([[term_anchor(t) for t in rule.terms]], ignore_case=True)
        where = starts.candidates(text)[0]
        if where is not None:  # raw regular expressions are not indexed
            assert rule.spans_at(text, text.lower(), where) == expected, rule.id


def test_required_literals_gate_raw_context_phrases():
    """A raw-regex context is skipped in a sentence without the words it must contain."""
    assert required_literals(r"(?:since|after)\s+the\s+(?:\w+\s+){0,3}congress") == (
        "the",
        "congress",
    )
    assert required_literals("colou?r|x") == ()  # an alternative at the top: nothing required
    assert required_literals(r"ab{2}c[xy]d") == ("a", "c", "d")
    marker = next(r for r in context_rules(load_themes()) if r.id == "congress_time_marker")
    text = "Since the 13th Congress, relations have grown."
    assert marker.spans(text, text.lower()) == [(0, 23)]
    assert not marker.may_match("since the 13th plenum, relations have grown.")


# --- the word model (analysis.annotators.theme_evidence) ---------------------------------------------

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


def _paragraph_hits(texts: list[str], themes=None) -> pd.DataFrame:
    from analysis.analyses.validation import paragraph_corpus

    table = pd.DataFrame({"doc_id": [f"p{i}" for i in range(len(texts))], "para_id": 0})
    return theme_hits(paragraph_corpus(table.assign(text=texts)), themes)


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
    data["themes"].append({"id": "bamboo_only", "label": "Bamboo", "terms": ["bamboo"]})
    data["model"]["use"] = True
    path = tmp_path / "themes.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    model = load_themes(path)[0].model
    assert "research" not in model.themes and "international_standing" in model.themes
    assert model.column("bamboo_only") is None
    assert model.weights.shape == (len(model.words), len(model.themes))


# Round 5 (after the audit): placeholder paragraphs of our own, one per general change.
ROUND5_CODED = [
    (
        "Fisheries officers of the two countries met over a fishing incident in the Gulf of "
        "Tonkin.",
        "sovereignty",
    ),
    (
        "The minister said the country would integrate deeply while preserving independence.",
        "identity",
    ),
    (
        "A donor's shipment of syringes and cold chain freezers reached the northern provinces.",
        "pandemic",
    ),
    (
        "Researchers of the institute briefed the commission on the likely course of the talks.",
        "research",
    ),
    (
        "A visiting premier said his government counts Vietnam among its closest partners in "
        "the region.",
        "international_standing",
    ),
]
ROUND5_NOT_CODED = [
    (
        "The Fatherland Front of the province held a festival for the young people of the "
        "border villages.",
        "sovereignty",
    ),
    (
        "The country is a friend to all partners, but not at the expense of its independence "
        "and sovereignty.",
        "sovereignty",
    ),
    (
        "Fruit exporters sent their first lorries under a simplified quarantine procedure.",
        "pandemic",
    ),
    (
        "The two governments will fund research fellowships for young chemists and a joint "
        "laboratory.",
        "research",
    ),
    (
        "The map labelled the islands with another country's name, the spokesperson said.",
        "international_standing",
    ),
]


@pytest.mark.parametrize(("text", "theme"), ROUND5_CODED)
def test_round5_vocabulary_codes_the_concept_in_other_words(text: str, theme: str):
    """Each round-5 group codes a paragraph that words its theme's concept differently."""
    coded = coded_paragraphs(_paragraph_hits([text]))
    assert theme in set(coded["theme"])


@pytest.mark.parametrize(("text", "theme"), ROUND5_NOT_CODED)
def test_round5_exclusions_and_weights_drop_the_false_positives(text: str, theme: str):
    """The round-5 exclusions, half weights and context rule leave these paragraphs uncoded
    for the theme, though each contains one of its terms."""
    hits = _paragraph_hits([text])
    assert theme not in set(coded_paragraphs(hits)["theme"])


def test_every_packaged_term_is_searched_for_whole():
    """Every term and exclusion of the packaged dictionary is literal (no ``re:``, no
    wildcard but one at the end), so it is found by the phrase index. A wildcard inside
    a phrase ("preserv* independence", tried in round 5) sends matching through the
    anchored-word path: measured 35 us per sentence against 29 at ff9c539."""
    from analysis.annotators.term_index import literal_key

    phrases = [(t.id, p) for t in load_themes() for p in (*t.terms, *t.exclude)]
    assert len(phrases) > 1000
    assert [(theme, p) for theme, p in phrases if literal_key(p) is None] == []
    assert literal_key("preserv* independence") is None
