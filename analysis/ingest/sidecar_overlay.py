"""Overlay ``metadata.csv`` values onto the documents table (``apply_sidecar``).

A sidecar's title, outlet, author and url replace the text's readings with their source;
its ``published`` sets the date; a ``url`` without an outlet names the outlet by its host,
and its date is used when the text gave none (or gave one the address's date outranks).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

import pandas as pd

from analysis.core.errors import safe_name
from analysis.dates import parse_date
from analysis.ingest.blog_post_dates import address_passes
from analysis.ingest.file_parsing import date_fields as _date_fields
from analysis.ingest.host_names import site_line_texts, url_outlet_fields
from analysis.ingest.outlet_date_order import outlet_settled_day
from analysis.ingest.page_rules import load_rules, scoring_of
from analysis.ingest.section_writers import desk_fields
from analysis.ingest.url_dates import url_date, url_date_outranks, url_day_flags
from analysis.ingest.url_sites import unwrap_url
from analysis.ingest.yearless_days import page_day_in_year, yearless_conflict

log = logging.getLogger(__name__)


_OUTLET_COLUMNS = (
    "outlet",
    "credited",
    "outlet_source",
    "metadata_flags",
    "outlet_kind",
    "site_names",
)


def _warn_unknown_ids(docs: pd.DataFrame, sidecar: pd.DataFrame) -> None:
    """Log the sidecar's doc_ids that name no document."""
    unknown = sorted(set(sidecar.index) - set(docs["doc_id"]))
    if unknown:
        log.warning(
            "metadata.csv names %d unknown doc_id(s): %s",
            len(unknown),
            ", ".join(safe_name(d, limit=80) for d in unknown[:10]),
        )


def _set_fields(docs: pd.DataFrame, i: object, fields: dict[str, object]) -> None:
    """Write ``fields`` into row ``i`` of ``docs`` (in place), skipping absent columns."""
    for column, value in fields.items():
        if column in docs.columns:
            docs.loc[i, column] = value


def _apply_text_fields(docs: pd.DataFrame, i: object, values: pd.Series) -> None:
    """Copy the sidecar's title, outlet, author and url into row ``i`` with their source."""
    for column in ("title", "outlet", "author", "url"):
        if values.get(column):
            docs.loc[i, column] = values[column]
            if f"{column}_source" in docs.columns:
                docs.loc[i, f"{column}_source"] = f"metadata.csv: {values[column]}"
            if column == "outlet" and "outlet_kind" in docs.columns:
                docs.loc[i, "outlet_kind"] = "sidecar"


def _apply_url_outlet(docs: pd.DataFrame, i: object, url: str, texts: Sequence[str] = ()) -> None:
    """Name row ``i``'s outlet from ``url``'s host (``host_names.url_outlet_fields``: the
    page's ``texts`` may show a site-name line naming what the host carries)."""
    row = {c: docs.loc[i, c] if c in docs.columns else "" for c in _OUTLET_COLUMNS}
    row = {c: "" if pd.isna(v) else str(v) for c, v in row.items()}
    _set_fields(docs, i, url_outlet_fields(url, row, texts) or {})


def _apply_published(docs: pd.DataFrame, i: object, doc_id: str, published: str) -> None:
    """Set row ``i``'s date from the sidecar's ``published`` (a warning when unreadable)."""
    match = parse_date(published)
    if match is None or match.date_start is None:
        log.warning(
            "metadata.csv: %s: cannot read published=%s; keeping the parsed date",
            safe_name(doc_id),
            safe_name(repr(published), limit=100),
        )
        return
    for key, value in _date_fields(match, "sidecar", f"metadata.csv: {published}").items():
        docs.loc[i, key] = value


def _apply_url_date(docs: pd.DataFrame, i: object, url: str) -> None:
    """Set row ``i``'s date from a date in ``url`` when the text gave none, or gave only a
    date that the address's full date outranks (``url_dates.url_date_outranks``: the news
    day in brackets, the day of the event, or a date line above the headline that may be
    the site's clock, under the day the site published the page). An archive's address is
    read as the page it holds: a capture's timestamp is no publication day (held-out 106)."""
    match = url_date(unwrap_url(url))
    dated = not pd.isna(docs.loc[i, "published"])
    flags = str(docs.loc[i, "date_flags"]) if "date_flags" in docs.columns else ""
    in_page = page_day_in_year(docs.loc[i], flags, match)  # "... HEADLINES SEPTEMBER 23"
    match = in_page.match if in_page is not None else match
    outranked = scoring_of(load_rules()).url_date_outranks
    if match is None or (dated and not url_date_outranks(flags, match, outranked, docs.loc[i])):
        return
    if not dated and _yearless_conflict(docs, i, flags, match, url):  # "MARCH 12" in /2004/02/
        return
    was = str(docs.loc[i, "date_reason"]) if "date_reason" in docs.columns else ""
    evidence = f"{in_page.evidence}; URL: {url}" if in_page is not None else url
    for key, value in _date_fields(match, "url", evidence).items():
        docs.loc[i, key] = value
    if "date_reason" in docs.columns:
        reason = f"read from the URL: {match.text}"
        if in_page is not None:
            reason = f"{in_page.reason} with the URL's year: {match.text}"
        docs.loc[i, "date_reason"] = (
            f"{reason}, over the text's date ({was})" if dated else f"no date in the text; {reason}"
        )
    _set_fields(docs, i, url_day_flags(docs.loc[i], match))  # "-03092024...": either order
    _set_fields(docs, i, outlet_settled_day(docs.loc[i]))  # a month-first site's stamp


def _yearless_conflict(docs: pd.DataFrame, i: object, flags: str, match: Any, url: str) -> bool:
    """Leave row ``i`` undated, flagged ``date_conflict``, when its text's day without a
    year is of another month than ``url``'s (``yearless_days.yearless_conflict``)."""
    reason = str(docs.loc[i, "date_reason"]) if "date_reason" in docs.columns else ""
    fields = yearless_conflict(flags, reason, match, url)
    if not fields:
        return False
    before = str(docs.loc[i, "metadata_flags"] or "") if "metadata_flags" in docs.columns else ""
    marks = ";".join(dict.fromkeys([f for f in before.split(";") if f] + [fields.pop("conflict")]))
    _set_fields(docs, i, {**fields, "metadata_flags": marks})
    return True


def _apply_sidecar_row(
    docs: pd.DataFrame, i: object, doc_id: str, values: pd.Series, texts: Sequence[str] = ()
) -> None:
    """Overlay one sidecar row onto row ``i`` of ``docs`` (in place); ``texts`` are the
    document's paragraphs' texts when known."""
    _apply_text_fields(docs, i, values)
    url = values.get("url")
    if url and not values.get("author"):  # "Front Row (The Paper)" under /front-row/: a desk
        _set_fields(docs, i, desk_fields(url, str(docs.loc[i].get("author") or "")))
    if url and not values.get("outlet"):  # the outlet from the address
        _apply_url_outlet(docs, i, url, texts)
        _set_fields(docs, i, outlet_settled_day(docs.loc[i]))  # a month-first site's day
    published = values.get("published") or ""
    if published:
        _apply_published(docs, i, doc_id, published)
    elif url:
        _apply_url_date(docs, i, url)


def apply_sidecar(
    documents: pd.DataFrame, sidecar: pd.DataFrame, paragraphs: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Overlay ``metadata.csv`` values onto ``documents``; returns a new frame.

    A sidecar ``published`` sets ``date_source = "sidecar"``; a sidecar ``url`` holding a
    date ("/2017/05/16/", "-20190227") is used (``date_source = "url"``) only when the text
    gave none. A field taken from the sidecar has ``metadata.csv`` as its source. A ``url``
    without a sidecar ``outlet`` names the outlet by its host (``layout.outlet_from_url``),
    over a site-name line's name when the page's ``paragraphs`` print the host's name
    (``host_names``).
    """
    docs = documents.copy()
    _warn_unknown_ids(docs, sidecar)
    texts = site_line_texts(docs, sidecar, paragraphs)
    for i, doc_id in docs["doc_id"].items():
        if doc_id in sidecar.index:
            _apply_sidecar_row(docs, i, doc_id, sidecar.loc[doc_id], texts.get(doc_id, []))
    return address_passes(docs, sidecar, paragraphs)  # slug titles (fix33c/34d), post dates
