"""Figures about the corpus itself (sizes, dates, outlets)."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

from analysis.plots.common import finish_figure

SOURCE_NOTE = "Source: articles in the seeds folder"


def plot_counts(
    counts: pd.DataFrame, *, label: str, title: str, horizontal: bool = False
) -> Figure:
    """Bar chart of a ``(label, n)`` table such as ``overview.counts_by``."""
    fig, ax = plt.subplots(figsize=(7, max(2.5, 0.4 * len(counts) + 1) if horizontal else 3.5))
    labels = counts[label].astype("str").tolist()
    if horizontal:
        ax.barh(labels[::-1], counts["n"].tolist()[::-1], color="#4c72b0")
        ax.set_xlabel("articles")
        ax.set_ylabel(label)
    else:
        ax.bar(labels, counts["n"].tolist(), color="#4c72b0")
        ax.set_ylabel("articles")
        ax.set_xlabel(label)
    ax.set_title(title)
    value_axis = ax.xaxis if horizontal else ax.yaxis
    value_axis.get_major_locator().set_params(integer=True)
    plt.close(fig)
    return finish_figure(fig, SOURCE_NOTE)
