"""Interactive figures (analysis.plots.interactive) and how a page carries them."""

from __future__ import annotations

import html
import json
import re

import matplotlib

matplotlib.use("Agg")

from analysis.annotators.themes import theme_hits, theme_prevalence
from analysis.ingest.corpus import Corpus
from analysis.plots.interactive import (
    MAX_TIMELINE_EVENTS,
    country_comentions_chart,
    event_timeline_chart,
    most_reported_events,
    theme_heatmap_chart,
    top_mentions_chart,
)
from analysis.plots.themes import plot_theme_heatmap
from analysis.site.notebook import chart_html


def _values(chart) -> list[dict]:
    spec = chart.to_dict()
    datasets = spec.get("datasets", {})
    return next(iter(datasets.values())) if datasets else spec["data"]["values"]


def test_heatmap_cells_carry_counts_examples_and_links(samples: Corpus) -> None:
    hits = theme_hits(samples)
    prevalence = theme_prevalence(samples, hits)
    doc_id = samples.documents["doc_id"].iloc[0]
    examples = prevalence.loc[prevalence["doc_id"] == doc_id, ["doc_id", "theme"]].assign(
        text="A sentence of our own that shows the theme. " * 10
    )
    chart = theme_heatmap_chart(prevalence, examples=examples, href_of=lambda d: f"docs/{d}.html")
    values = _values(chart)
    assert len(values) == len(prevalence)
    cell = next(v for v in values if v["group"] == doc_id)
    assert cell["href"] == f"docs/{doc_id}.html"
    assert cell["example"].endswith("…") and len(cell["example"]) <= 220
    assert 0 <= cell["share"] <= 1 and cell["n_coded"] <= cell["n_paragraphs"]
    encoding = chart.to_dict()["encoding"]
    assert {t["field"] for t in encoding["tooltip"]} >= {"share", "n_coded", "example"}
    assert encoding["href"]["field"] == "href"


def test_timeline_and_bars_charts(samples: Corpus) -> None:
    from analysis.annotators.annotate import annotate
    from analysis.annotators.entities import mention_counts

    annotations = annotate(samples)
    events = annotations.events
    chart = event_timeline_chart(events, href_of=lambda d: f"docs/{d}.html")
    layers = chart.to_dict()["layer"]
    assert len(layers) == 2
    values = _values(chart)
    assert len(values) == len(events) > 0
    assert {v["href"] for v in values} == {f"docs/{d}.html" for d in events["doc_id"]}
    from analysis.annotators.entities import mention_examples

    counts = mention_counts(annotations.mentions, kind="country")
    bars = _values(top_mentions_chart(counts, top_n=5))
    assert [b["canonical"] for b in bars] == counts["canonical"].head(5).tolist()
    examples = mention_examples(samples, annotations.mentions, counts)
    assert examples[counts.columns].equals(counts)
    sentences = samples.sentences.set_index(["doc_id", "para_id", "sent_id"])["text"]
    for row in examples.head(5).itertuples(index=False):
        first = annotations.mentions[annotations.mentions["canonical"] == row.canonical].iloc[0]
        assert row.doc_id == first["doc_id"]
        assert first["match"] in row.example
        assert (
            row.example.strip("…") in sentences.loc[tuple(first[["doc_id", "para_id", "sent_id"]])]
        )
    linked = _values(top_mentions_chart(examples, top_n=5, href_of=lambda d: f"docs/{d}.html"))
    assert all(
        b["href"] == f"docs/{d}.html" for b, d in zip(linked, examples["doc_id"], strict=False)
    )


def test_the_comention_chart_draws_the_pngs_cells_with_a_quote_and_a_paragraph_link(
    samples: Corpus,
) -> None:
    from analysis.annotators.annotate import annotate
    from analysis.annotators.country_tables import comention_examples, country_comentions
    from analysis.plots.themes import plot_country_comentions

    mentions = annotate(samples).mentions
    pairs = country_comentions(mentions)
    examples = comention_examples(samples, mentions, pairs)
    chart = country_comentions_chart(examples, top_n=6, href_of=lambda d: f"docs/{d}.html")
    cells = _values(chart)
    figure = plot_country_comentions(pairs, top_n=6)
    countries = {t.get_text() for t in figure.axes[0].get_xticklabels()}
    assert {c["row"] for c in cells} | {c["col"] for c in cells} <= countries
    drawn = {(c["row"], c["col"]): c for c in cells}
    assert all((col, row) in drawn for row, col in drawn)  # symmetric, as the PNG
    sentences = samples.sentences
    for cell in cells:
        pair = pairs.loc[
            (pairs["country_a"] == min(cell["row"], cell["col"]))
            & (pairs["country_b"] == max(cell["row"], cell["col"]))
        ].iloc[0]
        assert cell["n_paragraphs"] == pair["n_paragraphs"] and cell["n_docs"] == pair["n_docs"]
        doc_id, para_id = re.fullmatch(r"docs/(.+)\.html#p(\d+)", cell["href"]).groups()
        paragraph = " ".join(
            sentences.loc[
                (sentences["doc_id"] == doc_id) & (sentences["para_id"] == int(para_id)), "text"
            ]
        )
        assert all(q.strip("…") in paragraph for q in cell["example"].split(" … ")), cell
    unlinked = _values(country_comentions_chart(pairs, top_n=6))
    assert len(unlinked) == len(cells) and all(c["href"] == "" for c in unlinked)
    assert [layer["mark"]["type"] for layer in chart.to_dict()["layer"]] == ["rect", "text"]


def test_a_page_carries_the_chart_and_keeps_the_png(samples: Corpus) -> None:
    prevalence = theme_prevalence(samples, theme_hits(samples))
    page = chart_html(plot_theme_heatmap(prevalence), theme_heatmap_chart(prevalence))
    assert 'src="data:image/png;base64,' in page
    spec = json.loads(html.unescape(re.search(r'data-spec="([^"]*)"', page).group(1)))
    assert (
        spec["mark"]["type"] == "rect" if isinstance(spec["mark"], dict) else spec["mark"] == "rect"
    )
    assert "http" not in json.dumps(spec.get("data", {}))


def test_theme_examples_quote_a_coded_sentence_per_group_and_theme(samples: Corpus) -> None:
    from analysis.annotators.themes import counted_hits, theme_examples

    hits = theme_hits(samples)
    for by in ("doc_id", "outlet", "year"):
        examples = theme_examples(samples, hits, by=by)
        assert not examples.duplicated([by, "theme"]).any()
        sentences = samples.sentences.set_index(["doc_id", "para_id", "sent_id"])["text"]
        for row in examples.head(10).itertuples(index=False):
            sentence = sentences.loc[(row.doc_id, row.para_id, row.sent_id)]
            assert row.text.strip("…") in sentence
        coded = counted_hits(hits)[["doc_id", "para_id", "sent_id", "theme"]]
        assert len(examples.merge(coded.drop_duplicates())) == len(examples)
    prevalence = theme_prevalence(samples, hits, by="outlet")
    chart = theme_heatmap_chart(
        prevalence, by="outlet", examples=theme_examples(samples, hits, by="outlet"),
        href_of=lambda d: f"docs/{d}.html",
    )  # fmt: skip
    cells = [v for v in _values(chart) if v["n_coded"] > 0]
    assert cells and all(v["example"] and v["href"].startswith("docs/") for v in cells)


def test_timeline_of_many_events_draws_the_most_reported_and_says_so(samples: Corpus) -> None:
    """6,000 events (more than the 5,000 rows Altair accepts, as a 10,000-article corpus
    gives) make a chart of the ``MAX_TIMELINE_EVENTS`` with the most sources, titled with
    both counts; fewer events are all drawn under the title as given."""
    import pandas as pd

    from analysis.annotators.annotate import annotate

    events = annotate(samples).events
    repeats = -(-6_000 // len(events))
    many = pd.concat([events] * repeats, ignore_index=True).head(6_000)
    many["n_sources"] = [1 + (i * 7919) % 50 for i in range(len(many))]
    chart = event_timeline_chart(many, href_of=lambda d: f"docs/{d}.html")
    spec = chart.to_dict()
    values = _values(chart)
    assert len(values) == MAX_TIMELINE_EVENTS
    assert f"{MAX_TIMELINE_EVENTS:,}" in spec["title"] and "6,000" in spec["title"]
    cut = sorted(many["n_sources"], reverse=True)[MAX_TIMELINE_EVENTS - 1]
    assert min(v["sources"] for v in values) == cut
    assert sum(v["sources"] > cut for v in values) == (many["n_sources"] > cut).sum()
    kept = most_reported_events(many, MAX_TIMELINE_EVENTS)
    assert kept.index.is_monotonic_increasing and len(kept) == MAX_TIMELINE_EVENTS
    assert most_reported_events(events, MAX_TIMELINE_EVENTS) is events
    assert event_timeline_chart(events, title="Dated events").to_dict()["title"] == "Dated events"
