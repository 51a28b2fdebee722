"""The site's own pages (index parts, search page) and the page frame they share.

``page_html`` frames every page the build writes without nbconvert (the index, the search
page, the per-document pages); pages link the site's shared assets
(``analysis.site_assets``) through ``footer["assets"]``, which ``reports.footer_info``
fills for the page's depth in the site.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import quote

import pandas as pd

from analysis.corpus import Corpus
from analysis.site_search import search_page_body, write_search_data

SEARCH_PAGE = "search.html"
#: Themes listed for a document in the index: those coded in at least this share of its
#: text paragraphs, at most ``INDEX_THEMES`` of them, most prevalent first.
INDEX_THEME_SHARE = 0.15
INDEX_THEMES = 3


def page_html(
    title: str,
    body: str,
    footer: Mapping[str, str],
    *,
    head: str = "",
    nav_href: str | None = None,
) -> str:
    """A site page: inline stylesheet (plus ``head`` and the shared assets named in
    ``footer["assets"]``), a link back to the index at ``nav_href`` (if given), ``body``
    (HTML, already escaped) and the footer."""
    e = html.escape
    nav = (
        f'<nav class="muted"><a href="{e(nav_href)}">&larr; All reports</a></nav>\n'
        if nav_href
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)}</title>
<style>
body{{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:1100px;
margin:2em auto;padding:0 1em;color:#222;line-height:1.45}}
h1{{font-size:1.6em}} table{{border-collapse:collapse;width:100%;font-size:14px}}
th,td{{text-align:left;padding:5px 8px;border-bottom:1px solid #ddd;vertical-align:top;
overflow-wrap:anywhere}} th{{background:#f3f5f8}} .muted{{color:#555;font-size:13px}}
footer{{margin-top:3em;border-top:1px solid #ccc;padding-top:.8em;font-size:12px;color:#444;
overflow-wrap:anywhere}} a.anchor-link{{display:none}}
</style>{head}{footer.get("assets", "")}</head><body>
{nav}{body}
<footer>Built {e(footer["built"])} by vn-diplomacy-corpus {e(footer["version"])} from corpus
<code>{e(footer["corpus_hash"])}</code> ({e(footer["n_documents"])} documents in
<code>{e(footer["seeds_dir"])}</code>). Parameters: <code>{e(footer["parameters"])}</code>.</footer>
</body></html>
"""


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
    from analysis.document_pages import page_name

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


def document_rows(
    corpus: Corpus, pages: Mapping[str, str], themes: Mapping[str, str]
) -> pd.DataFrame:
    """One row per document page: ``doc_id``, ``href`` (from ``pages``), ``title``,
    ``outlet``, ``year``, ``published`` (YYYY-MM-DD or "—") and ``themes``; in the order of
    the documents table."""
    docs = corpus.documents[corpus.documents["doc_id"].isin(list(pages))]
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


def documents_table_html(rows: pd.DataFrame, *, page_length: int = 50) -> str:
    """The index's table of document pages: sortable, searchable and paged in the site
    (``assets/site.js``), with drop-down filters on outlet and year.

    Above ``notebook.DATA_ROWS_FROM`` rows only the first page is HTML (what a reader without
    JavaScript sees, with a note); every row also goes into a JSON element that the page
    draws a screen at a time, so an index of 10,000 documents opens quickly.
    """
    from analysis.notebook import DATA_ROWS_FROM, table_data_html

    e = html.escape
    cells = [
        [f'<a href="{e(r.href)}">{e(r.doc_id)}</a>', e(r.title), e(r.outlet), e(r.year),
         e(r.published), e(r.themes)]
        for r in rows.itertuples(index=False)
    ]  # fmt: skip
    large = len(cells) > DATA_ROWS_FROM
    body = "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>"
        for row in (cells[:page_length] if large else cells)
    )
    data = ""
    if large:
        data = table_data_html(cells) + (
            f'<p class="report-note report-cut">Showing {page_length:,} of {len(rows):,} '
            "documents; open the page with JavaScript on to sort, filter and page them all.</p>"
        )
    return (
        f'<div class="report-table-wrap"><table class="report-table" data-search="always" '
        f'data-page-length="{page_length}"><thead><tr><th>Document</th><th>Title</th>'
        '<th data-filter="select">Outlet</th><th data-filter="select">Year</th>'
        "<th>Published</th><th>Main themes</th></tr></thead>"
        f"<tbody>{body}</tbody></table>{data}</div>"
    )


def write_search_page(
    site_dir: Path, corpus: Corpus, pages: Mapping[str, str], footer: Mapping[str, str]
) -> Path:
    """Write the search data (``analysis.site_search``) and ``search.html`` into
    ``site_dir`` for the documents that have a page (``pages``: doc_id -> link)."""
    shown = corpus.select(list(pages))
    n_shards = write_search_data(site_dir, shown, lambda doc_id: pages[doc_id])
    path = site_dir / SEARCH_PAGE
    body = search_page_body(n_shards, len(shown))
    path.write_text(
        page_html("Search the articles", body, footer, nav_href="index.html"), encoding="utf-8"
    )
    return path
