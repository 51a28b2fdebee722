"""Figures for the chronological analysis, drawn from the tables of
``analysis.annotators.timeline``.
Nothing is computed here beyond arranging a table for drawing.

Every function returns a titled, axis-labelled ``matplotlib.figure.Figure`` with a source
note; figures are closed at once so batch runs never accumulate open figures.
"""

from __future__ import annotations

import textwrap
from typing import Any

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from analysis.annotators.timeline import date_label
from analysis.core.vocabulary import home_country, vocabulary
from analysis.plots.common import finish_empty, finish_figure, show_nothing

SOURCE_NOTE = (
    "Source: articles in the seeds folder; dates and events read by analysis.annotators.timeline "
    "(trigger words in analysis/data/event_types.yaml)"
)
CLAIMS_NOTE = (
    "Source: articles in the seeds folder; indicators in analysis/data/timeline_claims.yaml"
)

#: One fixed colour per event type, so figures agree with each other.
TYPE_COLORS: dict[str, str] = dict(vocabulary()["event_colours"])  # data/vocabulary.yaml
HOME_COUNTRY = home_country()
MAX_LABELLED_ROWS = 60
"""Above this many rows (events or documents) a chart is drawn without one labelled row
each: every row is still drawn, as one marker per row in a fixed-size figure (a labelled
row per item would make the figure thousands of inches tall and take minutes to draw)."""
MAX_LABELLED_POINTS = 40
"""A claim series with more points than this is drawn without a label per point."""


def _new_figure(figsize: tuple[float, float]) -> Figure:
    fig = plt.figure(figsize=figsize)
    plt.close(fig)
    return fig


def _color(event_type: str) -> str:
    return TYPE_COLORS.get(event_type, TYPE_COLORS["other"])


def _short(text: str, width: int) -> str:
    return textwrap.shorten(str(text), width=width, placeholder="…")


def _event_label(row: pd.Series) -> str:
    foreign = [c for c in str(row["countries"]).split("; ") if c and c != HOME_COUNTRY]
    where = ", ".join(foreign) if foreign else (row["countries"] or "—")
    sources = f"{row['n_sources']} sources" if row["n_sources"] > 1 else "1 source"
    when = date_label(row["date_start"], row["date_end"], row["precision"])
    return _short(f"{when} · {row['type']} · {where} ({sources})", 70)


def _type_legend(ax: object, types: list[str]) -> None:
    handles = [Line2D([0], [0], marker="o", linestyle="", color=_color(t), label=t) for t in types]
    ax.legend(
        handles=handles,
        title="event type",
        loc="upper left",
        fontsize=8,
        title_fontsize=8,
        frameon=False,
        bbox_to_anchor=(1.0, 1.0),
    )


def _rows_figure(
    n: int, *, minimum: float, per_row: float, margin: float
) -> tuple[Figure, Any, bool]:
    """A figure with one axes for ``n`` rows, and whether they are more than
    ``MAX_LABELLED_ROWS`` (then a fixed 10 x 8 inches, rows unlabelled; else ``per_row``
    inches a row plus ``margin``, at least ``minimum`` high)."""
    large = n > MAX_LABELLED_ROWS
    fig = _new_figure((10, 8.0 if large else max(minimum, per_row * n + margin)))
    return fig, fig.add_subplot(), large


def _label_date_axes(ax: Any, xlabel: str, ylabel: str, title: str) -> None:
    """Concise date ticks and a light vertical grid on the x axis, the axis labels and
    the title."""
    ax.xaxis.set_major_locator(mdates.AutoDateLocator())
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
    ax.grid(axis="x", color="#eee")
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.set_title(title)


def plot_event_timeline(events: pd.DataFrame, *, title: str = "Dated events") -> Figure:
    """One row per event (oldest at the top): a dot at the start date and a bar over the
    dated span, coloured by type, labelled with the date as written, the type, the foreign
    countries and the number of sources. Needs the ``events`` table columns.

    Above ``MAX_LABELLED_ROWS`` events every event is still drawn (same dot and span), but
    without a label per row, in a figure of fixed size; the y axis then counts events."""
    n = len(events)
    fig, ax, large = _rows_figure(n, minimum=3.0, per_row=0.32, margin=1.6)
    if events.empty:
        return finish_empty(fig, ax, title, SOURCE_NOTE)
    rows = events.reset_index(drop=True)
    if large:
        y = np.arange(n)
        end = rows["date_end"] + pd.Timedelta(days=1)
        for event_type in sorted(rows["type"].unique()):
            mask = (rows["type"] == event_type).to_numpy()
            color = _color(event_type)
            ax.hlines(y[mask], rows.loc[mask, "date_start"], end[mask], color=color, alpha=0.35)
            ax.plot(rows.loc[mask, "date_start"], y[mask], "o", color=color, markersize=2)
        ax.set_ylim(n, -1)
    else:
        for y, row in rows.iterrows():
            color = _color(row["type"])
            span = row["date_end"] - row["date_start"] + pd.Timedelta(days=1)
            ax.barh(y, span, left=row["date_start"], height=0.5, color=color, alpha=0.35)
            ax.plot(row["date_start"], y, "o", color=color, markersize=5)
        ax.set_yticks(range(n), [_event_label(r) for _i, r in rows.iterrows()], fontsize=8)
        ax.invert_yaxis()
    pad = pd.Timedelta(days=120)
    ax.set_xlim(rows["date_start"].min() - pad, rows["date_end"].max() + pad)
    _label_date_axes(
        ax,
        "date (bar: the span the text gives; dot: its first day)",
        f"event (all {n:,}, oldest at the top)" if large else "event",
        title,
    )
    _type_legend(ax, sorted(rows["type"].unique()))
    return finish_figure(fig, SOURCE_NOTE)


def plot_document_dates(documents: pd.DataFrame, *, title: str = "Documents by date") -> Figure:
    """Documents on the time axis: filled dots for dates read from the page, hollow red
    dots with a bar over the month for inferred dates; undated documents are listed at the
    left edge. Needs doc_id, title, published, published_precision, date_source.

    Above ``MAX_LABELLED_ROWS`` documents every document is still drawn (same markers),
    but without a label per row, in a figure of fixed size."""
    n = len(documents)
    fig, ax, large = _rows_figure(n, minimum=2.5, per_row=0.4, margin=1.4)
    if documents.empty:
        return finish_empty(fig, ax, title, SOURCE_NOTE)
    rows = documents.sort_values(["published", "doc_id"], na_position="last").reset_index(drop=True)
    dated = rows["published"].dropna()
    left_edge = (
        dated.min() - pd.Timedelta(days=60) if not dated.empty else pd.Timestamp("2000-01-01")
    )
    if large:
        _document_dots(ax, rows, left_edge)
    else:
        _document_rows(ax, rows, left_edge)
    _label_date_axes(
        ax,
        "publication date",
        f"document (all {n:,}, oldest at the top)" if large else "document",
        title,
    )
    handles = [
        Line2D([0], [0], marker="o", linestyle="", color="#4c72b0", label="date on the page"),
        Line2D(
            [0], [0], marker="o", linestyle="", mfc="white", mec="#c44e52", label="inferred (month)"
        ),
        Line2D([0], [0], marker="x", linestyle="", color="#999", label="undated"),
    ]
    ax.legend(
        handles=handles, loc="upper left", fontsize=8, frameon=False, bbox_to_anchor=(1.0, 1.0)
    )
    return finish_figure(fig, SOURCE_NOTE)


def _document_dots(ax: object, rows: pd.DataFrame, left_edge: pd.Timestamp) -> None:
    """Every document as one small marker per row (no labels): the large-corpus view."""
    y = np.arange(len(rows))
    undated = rows["published"].isna().to_numpy()
    inferred = ~undated & (rows["date_source"] == "inferred").to_numpy()
    printed = ~undated & ~inferred
    ax.plot(rows.loc[printed, "published"], y[printed], "o", color="#4c72b0", markersize=2)
    ax.plot(
        rows.loc[inferred, "published"], y[inferred], "o", mfc="white", mec="#c44e52", markersize=3
    )
    ax.plot([left_edge] * int(undated.sum()), y[undated], "x", color="#999", markersize=3)
    ax.set_ylim(len(rows), -1)


def _document_rows(ax: object, rows: pd.DataFrame, left_edge: pd.Timestamp) -> None:
    """One labelled row per document (title and id), inferred dates with a bar."""
    n = len(rows)
    labels = []
    for y, row in rows.iterrows():
        labels.append(_short(f"{str(row['doc_id']).split('_', 1)[0]} {row['title']}", 60))
        if pd.isna(row["published"]):
            ax.plot(left_edge, y, "x", color="#999")
            continue
        if row["date_source"] == "inferred":
            width = pd.Timedelta(days=30 if row["published_precision"] == "month" else 365)
            ax.barh(y, width, left=row["published"], height=0.4, color="#c44e52", alpha=0.3)
            ax.plot(row["published"], y, "o", mfc="white", mec="#c44e52", markersize=7)
        else:
            ax.plot(row["published"], y, "o", color="#4c72b0", markersize=7)
    ax.set_yticks(range(n), labels, fontsize=8)
    ax.invert_yaxis()


def plot_claim_series(series: pd.DataFrame, *, title: str, value_label: str = "value") -> Figure:
    """One indicator over time: a dot per claim at the date it refers to, joined in date
    order, each labelled with its value and source document. Needs refers_to, value,
    doc_id (``timeline.claim_series``). Above ``MAX_LABELLED_POINTS`` claims the points
    are drawn without labels (thousands of overlapping labels cannot be read and take
    seconds to draw); the claims table lists them."""
    fig = _new_figure((8, 4))
    ax = fig.add_subplot()
    rows = series.dropna(subset=["refers_to"]).sort_values("refers_to")
    if rows.empty:
        return finish_empty(fig, ax, title, CLAIMS_NOTE)
    labelled = len(rows) <= MAX_LABELLED_POINTS
    ax.plot(
        rows["refers_to"], rows["value"], "-o", color="#4c72b0", markersize=6 if labelled else 3
    )
    for _i, row in rows.iterrows() if labelled else ():
        ax.annotate(
            f"{row['value']:,.0f} ({str(row['doc_id']).split('_', 1)[0]})",
            (row["refers_to"], row["value"]),
            textcoords="offset points",
            xytext=(0, 8),
            ha="center",
            fontsize=8,
        )
    low, high = rows["value"].min(), rows["value"].max()
    pad = max((high - low) * 0.15, abs(high) * 0.05, 1.0)
    ax.set_ylim(low - pad, high + 2 * pad)
    ax.xaxis.set_major_locator(mdates.AutoDateLocator())
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
    ax.set_xlabel("date the number refers to")
    ax.set_ylabel(value_label if labelled else f"{value_label} ({len(rows):,} statements)")
    ax.set_title(title)
    ax.grid(color="#eee")
    return finish_figure(fig, CLAIMS_NOTE)


def _stacked_bars(ax: object, table: pd.DataFrame, category: str) -> None:
    """Bars per ``category`` stacked by ``type`` (labels wrapped to stay readable)."""
    matrix = table.pivot_table(
        index=category, columns="type", values="n", aggfunc="sum", sort=False, fill_value=0
    )
    bottom = pd.Series(0, index=matrix.index, dtype="float64")
    for event_type in matrix.columns:
        values = matrix[event_type].astype("float64")
        if values.sum() == 0:
            continue
        ax.bar(
            [textwrap.fill(str(i), 18) for i in matrix.index],
            values,
            bottom=bottom,
            color=_color(event_type),
            label=event_type,
        )
        bottom = bottom + values
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.legend(
        title="event type",
        fontsize=8,
        title_fontsize=8,
        frameon=False,
        loc="upper left",
        bbox_to_anchor=(1.0, 1.0),
    )


def plot_events_per_period(
    table: pd.DataFrame, *, title: str = "Events per Party Congress term"
) -> Figure:
    """Stacked bars of events per Party Congress term and type (the table of
    ``timeline.events_per_period``: period, label, type, n)."""
    fig = _new_figure((8, 4))
    ax = fig.add_subplot()
    if table.empty or table["n"].sum() == 0:
        show_nothing(ax)
    else:
        _stacked_bars(ax, table.assign(term=table["label"]), "term")
        ax.tick_params(axis="x", labelsize=8)
    ax.set_xlabel("Party Congress term")
    ax.set_ylabel("events")
    ax.set_title(title)
    return finish_figure(fig, SOURCE_NOTE)


def plot_event_counts(counts: pd.DataFrame, *, title: str = "Events over time") -> Figure:
    """Stacked bars of events per time bucket and type (the table of
    ``timeline.count_events``: bucket, bucket_start, type, n)."""
    fig = _new_figure((9, 4))
    ax = fig.add_subplot()
    if counts.empty:
        show_nothing(ax)
    else:
        ordered = counts.sort_values("bucket_start")
        _stacked_bars(ax, ordered, "bucket")
        ax.tick_params(axis="x", labelrotation=45, labelsize=8)
    ax.set_xlabel("time (by the event's first day)")
    ax.set_ylabel("events")
    ax.set_title(title)
    return finish_figure(fig, SOURCE_NOTE)
