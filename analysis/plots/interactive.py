"""Interactive versions of the report figures, as Vega-Lite specifications (Altair).

Each function takes the same analysis table as its matplotlib twin in ``analysis.plots``
and returns an ``altair.Chart``: hovering shows the numbers and an example sentence, and
a click on a mark opens the page of the document behind it (the ``href`` column, given by
the caller as a link relative to the page). ``analysis.site.notebook.show_figure`` shows the
chart in the report site, drawn by Vega (shipped once per site in ``assets/vendor``), and
keeps the matplotlib PNG for e-mail, print and JupyterLab. Nothing is computed here.
"""

from __future__ import annotations

from collections.abc import Callable

import altair as alt
import pandas as pd

from analysis.plots.themes import COMENTION_TITLE, comention_cells, top_groups

#: Longest example sentence shown in a tooltip (characters).
TOOLTIP_CHARS = 220
#: Width of a chart with a continuous x axis (pixels; the report column is about 1,000).
WIDTH = 820
GROUP_TITLES = {"doc_id": "document", "outlet": "outlet", "year": "year published"}
#: Most events the interactive timeline carries. Vega stays responsive and the page small
#: below it (each event brings its sentence and link); Altair refuses more than 5,000 rows.
#: Above it the chart shows the events reported by the most articles, and says so in its
#: title; the PNG beside it and the events table keep every event.
MAX_TIMELINE_EVENTS = 2_000


def _short(text: object, width: int = TOOLTIP_CHARS) -> str:
    text = "" if text is None or (isinstance(text, float) and pd.isna(text)) else str(text)
    return text if len(text) <= width else text[: width - 1].rsplit(" ", 1)[0] + "…"


def theme_heatmap_chart(
    prevalence: pd.DataFrame,
    *,
    by: str = "doc_id",
    examples: pd.DataFrame | None = None,
    href_of: Callable[[str], str] | None = None,
    title: str = "",
) -> alt.Chart:
    """Theme x group heatmap of a ``theme_prevalence`` table (share of paragraphs), for
    the same groups as ``plot_theme_heatmap`` (``top_groups``).

    ``examples`` (optional): one row per ``by`` x ``theme`` with ``text`` (a sentence that
    shows the theme) and ``doc_id`` (its document); a click on a cell opens that document
    (``href_of(doc_id)``), or the group's own page when ``by`` is ``doc_id``.
    """
    shown = top_groups(prevalence, by=by)
    table = shown.assign(group=shown[by].astype(str))
    if examples is not None and not examples.empty:
        shown = examples.assign(
            group=examples[by].astype(str), example=examples["text"].map(_short)
        )
        table = table.merge(
            shown[["group", "theme", "example", "doc_id"]].rename(columns={"doc_id": "source"}),
            on=["group", "theme"],
            how="left",
        )
    else:
        table = table.assign(example="", source="")
    if by == "doc_id":
        table["source"] = table["group"]
    table["example"] = table["example"].fillna("")
    table["href"] = (
        table["source"].fillna("").map(lambda d: href_of(d) if d and href_of else "")
        if href_of
        else ""
    )
    group_title = GROUP_TITLES.get(by, by)
    data = table[["group", "theme", "share", "n_coded", "n_paragraphs", "example", "href"]]
    return (
        alt.Chart(data, title=title or f"Themes by {group_title}: share of paragraphs")
        .mark_rect()
        .encode(
            x=alt.X("group:N", title=group_title, sort=None),
            y=alt.Y("theme:N", title="theme"),
            color=alt.Color(
                "share:Q", title="share of paragraphs", scale=alt.Scale(scheme="blues")
            ),
            tooltip=[
                alt.Tooltip("group:N", title=group_title),
                alt.Tooltip("theme:N", title="theme"),
                alt.Tooltip("share:Q", title="share", format=".2f"),
                alt.Tooltip("n_coded:Q", title="paragraphs with the theme"),
                alt.Tooltip("n_paragraphs:Q", title="paragraphs"),
                alt.Tooltip("example:N", title="example"),
            ],
            href=alt.Href("href:N"),
        )
        .properties(width=alt.Step(22), height=alt.Step(18))
    )


def event_timeline_chart(
    events: pd.DataFrame,
    *,
    href_of: Callable[[str], str] | None = None,
    title: str = "Dated events",
) -> alt.Chart:
    """The ``events`` table on a time axis, one row per event type: hover for the date as
    written, the actors and the sentence; a click opens the first source's page.

    Above ``MAX_TIMELINE_EVENTS`` events only that many are drawn (``most_reported_events``)
    and the title says how many of how many."""
    shown = most_reported_events(events, MAX_TIMELINE_EVENTS)
    if len(shown) < len(events):
        title = (
            f"{title}: the {len(shown):,} reported by the most articles, "
            f"of {len(events):,} (the table lists all)"
        )
    events = shown
    table = pd.DataFrame(
        {
            "start": events["date_start"],
            "end": events["date_end"] + pd.Timedelta(days=1),
            "type": events["type"],
            "when": events["date_text"],
            "countries": events["countries"],
            "sources": events["n_sources"],
            "evidence": events["evidence"].map(_short),
            "href": events["doc_id"].map(href_of) if href_of else "",
        }
    )
    tooltip = [
        alt.Tooltip("when:N", title="date as written"),
        alt.Tooltip("type:N", title="event"),
        alt.Tooltip("countries:N", title="countries"),
        alt.Tooltip("sources:Q", title="articles"),
        alt.Tooltip("evidence:N", title="sentence"),
    ]
    base = alt.Chart(table).encode(
        y=alt.Y("type:N", title="event type"),
        color=alt.Color("type:N", legend=None),
        tooltip=tooltip,
        href=alt.Href("href:N"),
    )
    spans = base.mark_rule(opacity=0.4, strokeWidth=6).encode(
        x=alt.X("start:T", title="date", axis=alt.Axis(format="%Y", tickCount="year")), x2="end:T"
    )
    dots = base.mark_circle(size=70, opacity=0.8).encode(x="start:T")
    return (spans + dots).properties(title=title, width=WIDTH, height=alt.Step(28))


def most_reported_events(events: pd.DataFrame, limit: int) -> pd.DataFrame:
    """At most ``limit`` rows of an ``events`` table: those with the most sources
    (``n_sources``), the earlier first among equals, in the table's own order."""
    if len(events) <= limit:
        return events
    order = events.assign(_row=range(len(events))).sort_values(
        ["n_sources", "date_start", "_row"], ascending=[False, True, True], kind="stable"
    )
    return events.iloc[sorted(order["_row"].head(limit))]


def top_mentions_chart(
    counts: pd.DataFrame,
    *,
    top_n: int = 10,
    href_of: Callable[[str], str] | None = None,
    title: str = "Most mentioned",
) -> alt.Chart:
    """Horizontal bars of a ``mention_counts`` table (``canonical``, ``n``; with ``example``
    and ``doc_id`` from ``entities.mention_examples`` when present), the largest first:
    hover for the counts and an example sentence, click to open the example's document."""
    table = counts.head(top_n).copy()
    table["example"] = table["example"].map(_short) if "example" in table else ""
    has_doc = href_of is not None and "doc_id" in table
    table["href"] = table["doc_id"].map(lambda d: href_of(d) if d else "") if has_doc else ""
    return (
        alt.Chart(table[["canonical", "n", "n_docs", "example", "href"]], title=title)
        .mark_bar()
        .encode(
            x=alt.X("n:Q", title="mentions"),
            y=alt.Y("canonical:N", title=None, sort="-x"),
            tooltip=[
                alt.Tooltip("canonical:N", title="name"),
                alt.Tooltip("n:Q", title="mentions"),
                alt.Tooltip("n_docs:Q", title="articles"),
                alt.Tooltip("example:N", title="example"),
            ],
            href=alt.Href("href:N"),
        )
        .properties(width=WIDTH * 2 // 3)
    )


def country_comentions_chart(
    comentions: pd.DataFrame,
    *,
    top_n: int = 15,
    href_of: Callable[[str], str] | None = None,
    title: str = COMENTION_TITLE,
) -> alt.LayerChart:
    """The symmetric heatmap of a ``country_comentions`` table, for the same countries and
    cells as ``plot_country_comentions`` (``comention_cells``): hover for the two
    countries, the paragraphs and articles that refer to both and an example (``example``,
    ``doc_id`` and ``para_id`` from ``country_tables.comention_examples`` when present); a click
    opens that paragraph on its document's page (``href_of(doc_id)#p<para_id>``)."""
    cells, countries = comention_cells(comentions, top_n=top_n)
    table = pd.DataFrame(
        {
            "row": cells["row"],
            "col": cells["col"],
            "n_paragraphs": cells["n_paragraphs"],
            "n_docs": cells["n_docs"],
            "example": cells["example"].map(_short) if "example" in cells else "",
        }
    )
    table["href"] = ""
    if href_of is not None and "doc_id" in cells and "para_id" in cells:
        table["href"] = [
            f"{href_of(d)}#p{int(p)}" if d and pd.notna(p) else ""
            for d, p in zip(cells["doc_id"], cells["para_id"], strict=True)
        ]
    axis = {"sort": countries, "scale": alt.Scale(domain=countries)}
    base = alt.Chart(table, title=title).encode(
        x=alt.X("col:N", title="country", **axis),
        y=alt.Y("row:N", title="country", **axis),
        tooltip=[
            alt.Tooltip("row:N", title="country"),
            alt.Tooltip("col:N", title="with"),
            alt.Tooltip("n_paragraphs:Q", title="paragraphs"),
            alt.Tooltip("n_docs:Q", title="articles"),
            alt.Tooltip("example:N", title="example"),
        ],
        href=alt.Href("href:N"),
    )
    top = float(table["n_paragraphs"].max()) if len(table) else 0.0
    rects = base.mark_rect().encode(
        color=alt.Color(
            "n_paragraphs:Q", title="paragraphs", scale=alt.Scale(scheme="oranges", domainMin=0)
        )
    )
    labels = base.mark_text(fontSize=10).encode(
        text=alt.Text("n_paragraphs:Q", format=",d"),
        color=alt.condition(
            alt.datum.n_paragraphs > 0.6 * top, alt.value("white"), alt.value("black")
        ),
    )
    return (rects + labels).properties(width=alt.Step(30), height=alt.Step(24))
