"""The theme dictionary and the coding of paragraphs: toy corpora for exact behaviour,
the five samples for the known facts of the corpus."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import yaml

from analysis.annotators.themes import (
    coded_paragraphs,
    content_paragraphs,
    content_sentences,
    default_themes_path,
    find_theme_matches,
    load_hand_coded,
    load_themes,
    theme_hits,
    theme_prevalence,
)
from analysis.ingest.corpus import Corpus
from tests.conftest import _paragraph_hits, doc_id_of

HAND_CODED = Path(__file__).parent / "data" / "hand_coded_themes.csv"

# --- the samples -----------------------------------------------------------------------


def test_every_theme_matches_somewhere_in_the_samples(sample_hits: pd.DataFrame):
    assert {t.id for t in load_themes()} == set(sample_hits["theme"])


def test_party_to_party_is_prominent_in_000_and_001(samples: Corpus, sample_hits: pd.DataFrame):
    prevalence = theme_prevalence(samples, sample_hits)
    hand = load_hand_coded(HAND_CODED)
    for prefix in ("000", "001"):
        doc_id = doc_id_of(samples, prefix)
        doc = prevalence.loc[prevalence["doc_id"] == doc_id]
        top = doc.sort_values("share", ascending=False)["theme"].head(2).tolist()
        assert "party_to_party" in top, (prefix, top)
        share = doc.set_index("theme").at["party_to_party", "share"]
        # The hand coding's share (about 0.44 in both): the coder's stays within 0.15 of it.
        coded = hand.loc[hand["doc_id"] == doc_id]
        by_hand = (coded["theme"] == "party_to_party").sum() / coded["para_id"].nunique()
        assert by_hand > 0.4
        assert abs(share - by_hand) <= 0.15, (prefix, share, by_hand)
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


# --- figures ---------------------------------------------------------------------------------


def _assert_readable(fig) -> None:
    ax = fig.axes[0]
    assert ax.get_title() and ax.get_xlabel() and ax.get_ylabel()
    assert any(t.get_text().startswith("Source:") for t in fig.texts)


def test_figures_are_titled_labelled_and_sourced(samples: Corpus, sample_hits: pd.DataFrame):
    from analysis.annotators.country_tables import country_comentions
    from analysis.annotators.entities import extract_mentions, mention_counts
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
    from analysis.annotators.country_tables import country_comentions
    from analysis.annotators.entities import extract_mentions, mention_counts
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


# --- the word model (analysis.annotators.theme_evidence) ---------------------------------------------


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
