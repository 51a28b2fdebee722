"""Pieces every figure shares: the source note at the foot, the empty-selection message."""

from __future__ import annotations

from matplotlib.axes import Axes
from matplotlib.figure import Figure


def finish_figure(fig: Figure, note: str) -> Figure:
    """Write the source ``note`` at the foot of ``fig``, tighten its layout, return it."""
    fig.text(0.01, 0.005, note, fontsize=7, color="#555")
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    return fig


def show_nothing(ax: Axes) -> None:
    """Say on ``ax`` that the selection is empty, instead of drawing empty axes."""
    ax.text(0.5, 0.5, "Nothing to show for this selection", ha="center", va="center")
    ax.set_xticks([])
    ax.set_yticks([])


def finish_empty(fig: Figure, ax: Axes, title: str, note: str) -> Figure:
    """A titled figure that says its selection is empty, with the source note."""
    show_nothing(ax)
    ax.set_title(title)
    return finish_figure(fig, note)
