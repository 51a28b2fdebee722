"""Figures for the thematic analysis, drawn from the tables of ``analysis.annotators.themes`` and
``analysis.annotators.entities``. Nothing is computed here beyond arranging a table for drawing.

Every function returns a titled, axis-labelled ``matplotlib.figure.Figure`` with a
source note. Figures are created through pyplot (so a notebook knows how to display
them) and closed at once, so batch runs never accumulate open figures and a notebook
shows each returned figure exactly once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from analysis.plots.common import finish_figure, show_nothing

SOURCE_NOTE = "Source: articles in the seeds folder; theme dictionary analysis/data/themes.yaml"
ENTITY_NOTE = "Source: articles in the seeds folder; gazetteer analysis/data/gazetteer_*.csv"
PLURALS = {
    "country": "countries",
    "party": "parties",
    "person": "people",
    "organisation": "organisations",
}
MAX_HEATMAP_GROUPS = 40
"""A theme heatmap shows at most this many columns (documents, outlets or years): those
with the highest total over the themes; the title says how many were left out."""
COMENTION_TITLE = "Countries referred to in the same paragraph"
MAX_DOC_LABEL = 18
"""A document's column label is at most this many characters (see ``short_doc_labels``)."""
VALUE_LABELS = {
    "share": "share of paragraphs coded with the theme",
    "hits_per_1000_words": "theme matches per 1,000 words",
    "n_coded": "paragraphs coded with the theme",
    "n_hits": "theme matches",
}


def _new_figure(figsize: tuple[float, float]) -> Figure:
    """A figure that pyplot does not keep open (see the module docstring)."""
    fig = plt.figure(figsize=figsize)
    plt.close(fig)
    return fig


def short_doc_label(doc_id: str) -> str:
    """The part of a doc_id before its first underscore (not unique on its own: a figure
    labels documents with ``short_doc_labels``)."""
    return str(doc_id).split("_", 1)[0]


def _shorten(text: str, width: int) -> str:
    """``text`` if it fits in ``width`` characters, else its start and end around "…"."""
    if len(text) <= width:
        return text
    head = (width - 1) // 2
    return f"{text[:head]}…{text[len(text) - (width - 1 - head) :]}"


def short_doc_labels(doc_ids: Iterable[str], *, width: int = MAX_DOC_LABEL) -> dict[str, str]:
    """One distinct short label per distinct doc_id, as ``{doc_id: label}``.

    A document is labelled by the part of its id before the first underscore when no other
    document shares that part ("000_5a1a..." -> "000"), else by its whole id; a label over
    ``width`` characters keeps its start and end around "…". Labels that still coincide
    get a "~1", "~2", ... suffix in doc_id order, so no two documents share a column.

    >>> short_doc_labels(["000_a", "001_b"])
    {'000_a': '000', '001_b': '001'}
    >>> short_doc_labels(["gen_1", "gen_2"])
    {'gen_1': 'gen_1', 'gen_2': 'gen_2'}
    """
    ids = sorted({str(d) for d in doc_ids})
    prefixes = Counter(short_doc_label(d) for d in ids)
    labels = {}
    for doc_id in ids:
        prefix = short_doc_label(doc_id)
        labels[doc_id] = _shorten(prefix if prefix and prefixes[prefix] == 1 else doc_id, width)
    return _disambiguate(labels)


def _disambiguate(labels: dict[str, str]) -> dict[str, str]:
    """``labels`` with a "~N" suffix on every label shared by several keys (in key order)
    until all labels are distinct."""
    taken = Counter(labels.values())
    out, used = {}, set()
    for key, label in labels.items():
        if taken[label] == 1:
            out[key] = label
            used.add(label)
    for key, label in labels.items():
        if key in out:
            continue
        n = 1
        while f"{label}~{n}" in used or f"{label}~{n}" in taken:
            n += 1
        out[key] = f"{label}~{n}"
        used.add(out[key])
    return {key: out[key] for key in labels}


def _heatmap(
    fig: Figure, matrix: pd.DataFrame, *, cmap: str, fmt: str, colorbar_label: str
) -> object:
    ax = fig.add_subplot()
    if matrix.empty:
        show_nothing(ax)
        return ax
    values = matrix.to_numpy(dtype=float)
    image = ax.imshow(values, aspect="auto", cmap=cmap, vmin=0)
    ax.set_xticks(range(matrix.shape[1]), [str(c) for c in matrix.columns], rotation=45, ha="right")
    ax.set_yticks(range(matrix.shape[0]), [str(i) for i in matrix.index])
    top = np.nanmax(values) if values.size else 0
    for (i, j), v in np.ndenumerate(values):
        if not np.isnan(v):
            color = "white" if top and v > 0.6 * top else "black"
            ax.text(j, i, format(v, fmt), ha="center", va="center", fontsize=7, color=color)
    fig.colorbar(image, ax=ax, label=colorbar_label, shrink=0.8)
    return ax


def top_groups(
    prevalence: pd.DataFrame, *, by: str, value: str = "share", max_groups: int = MAX_HEATMAP_GROUPS
) -> pd.DataFrame:
    """The rows of a ``theme_prevalence`` table for at most ``max_groups`` groups: all of
    them, or those with the highest ``value`` summed over the themes (ties by name)."""
    if prevalence[by].nunique() <= max_groups:
        return prevalence
    totals = prevalence.groupby(by)[value].sum().reset_index()
    totals = totals.sort_values([value, by], ascending=[False, True], kind="mergesort")
    return prevalence.loc[prevalence[by].isin(totals[by].head(max_groups))]


def shown_groups(
    prevalence: pd.DataFrame, *, by: str, value: str = "share", max_groups: int = MAX_HEATMAP_GROUPS
) -> list[str]:
    """The groups (values of ``by``, as text) that the theme heatmaps draw: those of
    ``top_groups``, e.g. to quote examples for only these (``theme_examples(groups=...)``)."""
    shown = top_groups(prevalence, by=by, value=value, max_groups=max_groups)
    return [str(g) for g in shown[by].unique()]


def plot_theme_heatmap(
    prevalence: pd.DataFrame,
    *,
    by: str = "doc_id",
    value: str = "share",
    title: str = "",
    max_groups: int = MAX_HEATMAP_GROUPS,
) -> Figure:
    """Theme x group heatmap of a ``theme_prevalence`` table (documents by default,
    one column per document labelled by ``short_doc_labels``; or outlets, or years).

    Each cell is the table's ``value`` for one group and theme, never a sum over groups.
    At most ``max_groups`` columns are drawn: above that, the groups with the highest
    ``value`` summed over the themes (ties by name), kept in their usual order, and the
    title says "top N of M"."""
    n_groups = prevalence[by].nunique()
    table = top_groups(prevalence, by=by, value=value, max_groups=max_groups)
    matrix = table.assign(group=table[by]).pivot(index="theme", columns="group", values=value)
    if by == "doc_id":
        matrix = matrix.rename(columns=short_doc_labels(matrix.columns))
    fig = _new_figure((max(6, 0.9 * matrix.shape[1] + 4), max(4, 0.35 * matrix.shape[0] + 2)))
    ax = _heatmap(
        fig,
        matrix,
        cmap="Blues",
        fmt=".2f" if value == "share" else ".1f",
        colorbar_label=VALUE_LABELS.get(value, value),
    )
    group_label = {"doc_id": "document", "outlet": "outlet", "year": "year published"}.get(by, by)
    ax.set_xlabel(group_label)
    ax.set_ylabel("theme")
    ax.set_title(title or f"Themes by {group_label}: {VALUE_LABELS.get(value, value)}")
    if n_groups > max_groups:
        ax.set_title(f"{ax.get_title()} (top {max_groups} of {n_groups:,} by total)")
    return finish_figure(fig, SOURCE_NOTE)


def plot_prevalence_by(
    prevalence: pd.DataFrame, *, by: str = "outlet", value: str = "share", title: str = ""
) -> Figure:
    """Grouped horizontal bars: one bar per group (outlet or year) for every theme."""
    matrix = prevalence.pivot_table(index="theme", columns=by, values=value, aggfunc="sum")
    matrix = matrix.sort_index(ascending=False)
    n_groups = max(matrix.shape[1], 1)
    fig = _new_figure((8, max(4, 0.25 * matrix.shape[0] * n_groups + 2)))
    ax = fig.add_subplot()
    if matrix.empty:
        show_nothing(ax)
    height = 0.8 / n_groups
    positions = np.arange(matrix.shape[0])
    for i, group in enumerate(matrix.columns):
        ax.barh(positions + i * height, matrix[group].to_numpy(), height=height, label=str(group))
    ax.set_yticks(positions + 0.4 - height / 2, matrix.index.tolist())
    ax.set_xlabel(VALUE_LABELS.get(value, value))
    ax.set_ylabel("theme")
    if matrix.shape[1]:
        ax.legend(title=by, fontsize=7, title_fontsize=8, loc="lower right")
    ax.set_title(title or f"Theme prevalence by {by}")
    return finish_figure(fig, SOURCE_NOTE)


def comention_cells(comentions: pd.DataFrame, *, top_n: int = 15) -> tuple[pd.DataFrame, list[str]]:
    """The cells of the symmetric co-mention heatmap and its countries (sorted by name):
    the ``top_n`` countries with the most co-mentions (ties by name), and the rows of a
    ``country_comentions`` table among them (with any extra columns, e.g. from
    ``country_tables.comention_examples``) once as (row, col) and once as (col, row), sorted.
    ``plot_country_comentions`` and its interactive twin draw the same cells."""
    both = pd.concat(
        [
            comentions.rename(columns={"country_a": "row", "country_b": "col"}),
            comentions.rename(columns={"country_b": "row", "country_a": "col"}),
        ],
        ignore_index=True,
    )
    totals = both.groupby("row")["n_paragraphs"].sum().sort_values(ascending=False, kind="stable")
    keep = sorted(totals.head(top_n).index)
    both = both.loc[both["row"].isin(keep) & both["col"].isin(keep)]
    return both.sort_values(["row", "col"], kind="stable").reset_index(drop=True), keep


def plot_country_comentions(
    comentions: pd.DataFrame, *, top_n: int = 15, title: str = ""
) -> Figure:
    """Symmetric heatmap of a ``country_comentions`` table for the ``top_n`` countries
    with the most co-mentions (``comention_cells``)."""
    both, keep = comention_cells(comentions, top_n=top_n)
    matrix = both.pivot_table(index="row", columns="col", values="n_paragraphs", aggfunc="sum")
    matrix = matrix.reindex(index=keep, columns=keep)
    size = max(5, 0.45 * len(keep) + 3)
    fig = _new_figure((size + 1, size))
    ax = _heatmap(fig, matrix, cmap="Oranges", fmt=".0f", colorbar_label="paragraphs")
    ax.set_xlabel("country")
    ax.set_ylabel("country")
    ax.set_title(title or COMENTION_TITLE)
    return finish_figure(fig, ENTITY_NOTE)


def plot_top_mentions(counts: pd.DataFrame, *, top_n: int = 10, title: str = "") -> Figure:
    """Horizontal bars of the most mentioned actors in a ``mention_counts`` table."""
    top = counts.head(top_n).iloc[::-1]
    fig = _new_figure((8, max(3, 0.35 * len(top) + 1.5)))
    ax = fig.add_subplot()
    if top.empty:
        show_nothing(ax)
    else:
        ax.barh(top["canonical"].tolist(), top["n"].to_numpy(), color="#4c72b0")
        ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlabel("mentions")
    kinds = sorted(set(counts["kind"])) if len(counts) else []
    ax.set_ylabel(" / ".join(kinds) or "actor")
    plural = [PLURALS.get(k, k) for k in kinds]
    ax.set_title(title or f"Most mentioned {' and '.join(plural) or 'actors'}")
    return finish_figure(fig, ENTITY_NOTE)
