"""The site's own pages: the index's table of documents, the search page, their links.

Every page the build writes without nbconvert (the index, the search page, the per-document
pages) is a Jinja2 template extending ``templates/site/base.html.j2``
(``analysis.site.site_templates``); pages link the site's shared assets
(``analysis.site.site_assets``)
through ``footer["assets"]``, which ``reports.footer_info`` fills for the page's depth.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from urllib.parse import quote

import numpy as np
import pandas as pd
from markupsafe import Markup, escape

from analysis.annotators.annotate import PREVALENCE_HIT_COLUMNS
from analysis.ingest.corpus import Corpus
from analysis.ingest.parallel import CHUNK_DOCUMENTS, corpus_chunks
from analysis.site.site_search import SEARCH_FOLDER, write_search_data
from analysis.site.site_templates import render_fragment, render_page

SEARCH_PAGE = "search.html"
#: Themes listed for a document in the index: those coded in at least this share of its
#: text paragraphs, at most ``INDEX_THEMES`` of them, most prevalent first.
INDEX_THEME_SHARE = 0.15
INDEX_THEMES = 3


def page_href(page: str) -> str:
    """The relative link to a page of the site: every character that means something in a
    URL (``#``, ``?``, ``%``, spaces, newlines, non-ASCII) percent-encoded, ``/`` kept."""
    return quote(page, safe="/", errors="surrogateescape")


def document_href(doc_id: str, *, prefix: str = "") -> str:
    """The link to the page of ``doc_id`` from a page at the site's root (``prefix`` is the
    path to the root from elsewhere, e.g. ``"../"``).

    >>> document_href("001_a#b")
    'docs/001_a%23b.html'
    """
    from analysis.site.document_pages import page_name

    return prefix + page_href(f"docs/{page_name(doc_id)}")


def main_themes(prevalence: pd.DataFrame) -> dict[str, str]:
    """doc_id -> its main themes ("; "-joined) from a ``theme_prevalence`` table by
    ``doc_id`` (see ``INDEX_THEME_SHARE``)."""
    if prevalence.empty:
        return {}
    kept = prevalence[prevalence["share"] >= INDEX_THEME_SHARE].sort_values(
        ["doc_id", "share", "theme"], ascending=[True, False, True]
    )
    top = kept.groupby("doc_id").head(INDEX_THEMES)
    return top.groupby("doc_id")["theme"].agg("; ".join).to_dict()


def index_themes(
    shown: Corpus, hits: pd.DataFrame, *, block: int = CHUNK_DOCUMENTS
) -> dict[str, str]:
    """doc_id -> its main themes for the index: ``main_themes(theme_prevalence(shown,
    rows_of(hits, shown), by="doc_id"))``, computed ``block`` documents at a time (the blocks
    of ``parallel.corpus_chunks``), so the merges of hits with paragraphs stay the size of a
    block. Each document's themes depend on its own rows only, so the result does not
    depend on ``block``. ``hits``: a ``theme_hits`` table (only its key and counting
    columns are kept)."""
    from analysis.annotators.themes import theme_prevalence

    size = max(int(block), 1)
    keys = [c for c in PREVALENCE_HIT_COLUMNS if c in hits.columns]
    kept = hits[keys]
    ids = sorted(shown.held_documents()["doc_id"])
    if not ids:
        return {}
    at = pd.Index(ids).get_indexer(hits["doc_id"])  # -1: a document not shown
    numbers = np.where(at >= 0, at // size, -1)  # the block of each hit, as corpus_chunks cuts
    order = np.argsort(numbers, kind="stable")  # each block's rows, in the table's order
    bounds = np.searchsorted(numbers[order], np.arange(-(-len(ids) // size) + 1))
    themes: dict[str, str] = {}
    for k, part in enumerate(corpus_chunks(shown, size)):
        rows = kept.take(order[bounds[k] : bounds[k + 1]])
        themes.update(main_themes(theme_prevalence(part, rows, by="doc_id")))
    return themes


def document_rows(
    corpus: Corpus, pages: Mapping[str, str], themes: Mapping[str, str]
) -> pd.DataFrame:
    """One row per document page: ``doc_id``, ``href`` (from ``pages``), ``title``,
    ``outlet``, ``year``, ``published`` (YYYY-MM-DD or "—") and ``themes``; in the order of
    the documents table."""
    documents = corpus.held_documents()  # no text needed (nor made)
    docs = documents[documents["doc_id"].isin(list(pages))]
    published = docs["published"]
    return pd.DataFrame(
        {
            "doc_id": docs["doc_id"],
            "href": docs["doc_id"].map(pages),
            "title": docs["title"].fillna("").str.slice(0, 200),
            "outlet": docs["outlet"].fillna("").replace("", "—"),
            "year": published.dt.year.map(lambda y: "undated" if pd.isna(y) else str(int(y))),
            "published": published.dt.strftime("%Y-%m-%d").fillna("—"),
            "themes": docs["doc_id"].map(lambda d: themes.get(d, "")),
        }
    ).reset_index(drop=True)


def documents_table(rows: pd.DataFrame, *, page_length: int = 50) -> dict[str, object]:
    """What ``templates/site/documents_table.html.j2`` draws: the index's table of document
    pages, sortable, searchable and paged in the site (``assets/site.js``), with drop-down
    filters on outlet and year.

    Above ``notebook.DATA_ROWS_FROM`` rows only the first page is HTML (what a reader without
    JavaScript sees, with a note); every row also goes into a JSON element (``data``) that the
    page draws a screen at a time, so an index of 10,000 documents opens quickly.
    """
    from analysis.site.notebook import DATA_ROWS_FROM, table_data_html

    cells = [
        [Markup('<a href="{}">{}</a>').format(r.href, r.doc_id), escape(r.title),
         escape(r.outlet), escape(r.year), escape(r.published), escape(r.themes)]
        for r in rows.itertuples(index=False)
    ]  # fmt: skip
    large = len(cells) > DATA_ROWS_FROM
    return {
        "rows": cells[:page_length] if large else cells,
        "data": Markup(table_data_html([[str(c) for c in row] for row in cells]) if large else ""),
        "page_length": page_length,
        "n_rows": len(cells),
    }


def documents_table_html(rows: pd.DataFrame, *, page_length: int = 50) -> str:
    """The index's table of document pages as HTML (see ``documents_table``)."""
    return str(
        render_fragment(
            "documents_table.html.j2", documents=documents_table(rows, page_length=page_length)
        )
    )


def documents_with_pages(corpus: Corpus, pages: Mapping[str, str]) -> Corpus:
    """``corpus.select(pages)``: its documents that have a page (``pages``: doc_id ->
    link); the corpus itself when every document has one (a whole build), without
    filtering, and so copying, its paragraphs' text."""
    ids = corpus.held_documents()["doc_id"]
    if ids.isin(list(pages)).all():
        return corpus
    return corpus.select(list(pages))


def write_search_page(
    site_dir: Path,
    corpus: Corpus,
    pages: Mapping[str, str],
    footer: Mapping[str, str],
    *,
    paragraphs: Iterable[pd.DataFrame] | None = None,
) -> Path:
    """Write the search data (``analysis.site.site_search``) and ``search.html`` into
    ``site_dir`` for the documents that have a page (``pages``: doc_id -> link); the text
    from ``paragraphs`` when given (``site_search.search_blocks``)."""
    shown = documents_with_pages(corpus, pages)
    n_shards = write_search_data(
        site_dir, shown, lambda doc_id: pages[doc_id], paragraphs=paragraphs
    )
    path = site_dir / SEARCH_PAGE
    page = render_page(
        "search.html.j2",
        "Search the articles",
        footer,
        nav_href="index.html",
        search_root=SEARCH_FOLDER,
        n_shards=int(n_shards),
        n_documents=len(shown),
    )
    path.write_text(page, encoding="utf-8")
    return path
