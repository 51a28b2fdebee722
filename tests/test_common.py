"""What every figure shares (``analysis/plots/common.py``): the source note at the foot, and an
empty selection said in words instead of empty axes."""

from __future__ import annotations

from matplotlib.figure import Figure

from analysis.plots.common import finish_empty, finish_figure


def test_the_source_note_is_at_the_foot_of_the_figure() -> None:
    fig = Figure()
    ax = fig.add_subplot()
    assert finish_figure(fig, "Source: five sample articles") is fig
    [note] = fig.texts
    assert note.get_text() == "Source: five sample articles"
    assert note.get_position()[1] < ax.get_position().y0  # below the axes


def test_an_empty_selection_is_said_with_a_title_and_no_ticks() -> None:
    fig = Figure()
    ax = fig.add_subplot()
    finish_empty(fig, ax, "Events per period", "Source: none")
    assert ax.get_title() == "Events per period"
    assert [t.get_text() for t in ax.texts] == ["Nothing to show for this selection"]
    assert list(ax.get_xticks()) == [] and list(ax.get_yticks()) == []
    assert [t.get_text() for t in fig.texts] == ["Source: none"]
