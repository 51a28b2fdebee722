"""The HTML of the report site: a notebook's page for readers (nbconvert), the footer
every page shares, ``index.html`` and the pages the whole site shares."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from pathlib import Path

import nbformat

from analysis import __version__
from analysis.annotators.annotate import PREVALENCE_HIT_COLUMNS, corpus_theme_hits
from analysis.annotators.cached import release_kept_tables
from analysis.ingest.corpus import Corpus
from analysis.site.build_corpus import BuildCorpus
from analysis.site.report_types import PER_DOCUMENT_PARAMETER, Job
from analysis.site.site_assets import asset_tags, copy_site_assets, prefix_of
from analysis.site.site_pages import (
    SEARCH_PAGE,
    document_rows,
    documents_table,
    documents_with_pages,
    index_themes,
    page_href,
    write_search_page,
)
from analysis.site.site_search import BLOCK_PARAGRAPHS
from analysis.site.site_templates import render_page

TEMPLATES_DIR = Path(__file__).resolve().parents[1] / "templates"


def footer_info(
    parameters: Mapping[str, object],
    corpus: Corpus | BuildCorpus,
    seeds_dir: Path,
    index_href: str,
) -> dict[str, str]:
    """What the page footer says produced the page."""
    return {
        "built": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "version": __version__,
        "corpus_hash": corpus.corpus_hash,
        "n_documents": str(len(corpus)),
        "seeds_dir": seeds_dir.name,
        "parameters": footer_parameters(parameters),
        "index_href": index_href,
        "assets": asset_tags(prefix_of(index_href)),
    }


def footer_parameters(parameters: Mapping[str, object]) -> str:
    """The parameters as the footer shows them (``seeds_dir`` is named apart)."""
    shown = {k: v for k, v in sorted(parameters.items()) if k != "seeds_dir"}
    return json.dumps(shown, ensure_ascii=False) if shown else "defaults"


def strip_for_readers(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """A copy without parameter cells, stderr output (warnings, logs) or error output."""
    nb = nbformat.from_dict(json.loads(json.dumps(nb)))
    hidden = {"parameters", "injected-parameters"}
    nb.cells = [c for c in nb.cells if not hidden & set(c.get("metadata", {}).get("tags", []))]
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = [
                o
                for o in cell.outputs
                if not (o.output_type == "stream" and o.get("name") == "stderr")
                and o.output_type != "error"
            ]
    return nb


def render_html(nb: nbformat.NotebookNode, title: str, footer: Mapping[str, str]) -> str:
    """The reader's page: no code, no prompts, no external requests, with a footer."""
    from nbconvert import HTMLExporter

    nb = strip_for_readers(nb)
    nb.metadata["title"] = title
    nb.metadata["report_footer"] = dict(footer)
    exporter = HTMLExporter(
        template_name="offline",
        extra_template_basedirs=[str(TEMPLATES_DIR)],
        extra_template_paths=[str(TEMPLATES_DIR)],  # site/footer.html.j2, shared
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    body, _ = exporter.from_notebook_node(nb)
    return body


def render_index(
    results: Sequence[tuple[Job, float]],
    corpus: Corpus | BuildCorpus,
    footer: Mapping[str, str],
    *,
    themes: Mapping[str, str] | None = None,
    search: bool = False,
) -> str:
    """``index.html`` (``templates/site/index.html.j2``): every report with its summary and
    build time, a link to the search page (``search``), and every document page in a table
    readers can sort and filter by outlet, year, theme (``themes``: doc_id -> its main
    themes) and text. ``corpus`` may be what a build keeps of its corpus
    (``BuildCorpus``) only when there are no document pages (their rows need its documents)."""
    pages = document_pages_of(results)
    reports = [
        {
            "href": page_href(job.page),
            "title": job.spec.title,
            "summary": job.spec.summary,
            "seconds": seconds,
        }
        for job, seconds in results
        if not job.spec.per_document
    ]
    documents = documents_table(document_rows(corpus, pages, themes or {})) if pages else None
    return render_page(
        "index.html.j2",
        "Corpus reports",
        footer,
        n_documents=len(corpus),
        n_rejected=len(corpus.rejected),
        search_href=SEARCH_PAGE if search else "",
        reports=reports,
        documents=documents,
    )


def document_pages_of(results: Sequence[tuple[Job, float]]) -> dict[str, str]:
    """doc_id -> the link to its page, for the per-document pages of a build."""
    return {
        str(job.parameters[PER_DOCUMENT_PARAMETER]): page_href(job.page)
        for job, _ in results
        if job.spec.per_document
    }


def write_shared_pages(
    work: Path,
    results: Sequence[tuple[Job, float]],
    corpus: Corpus | BuildCorpus,
    selection: Corpus | None,
    seeds: Path,
    footer: Mapping[str, str],
) -> None:
    """Write what the whole site shares: the assets, the search page (when the build has
    document pages) and ``index.html`` with each document's main themes (read from the
    annotation tables prepared for ``selection``, the filtered corpus: ``corpus`` with the
    build's filters when None); the themes and the search data are made a block of
    documents or paragraphs at a time, from the theme hits' counting columns only
    (``corpus_theme_hits(..., columns=PREVALENCE_HIT_COLUMNS)``). ``corpus`` may be what
    the build keeps of its corpus (``BuildCorpus``): it is read again here, only when
    there are document pages."""
    copy_site_assets(work)
    pages = document_pages_of(results)
    themes: dict[str, str] = {}
    whole: Corpus | BuildCorpus = corpus
    if pages:
        light = isinstance(corpus, BuildCorpus)
        whole = corpus.open(text=False) if light else corpus  # the text: per block, below
        if selection is None:
            selection = corpus.selection(whole) if light else whole
        shown = documents_with_pages(whole, pages)
        ids = None if shown is whole else shown.held_documents()["doc_id"]
        text = corpus.search_paragraphs(ids, BLOCK_PARAGRAPHS) if light else None
        if text is None and "text" not in shown.held_paragraphs():  # the file just went
            shown = documents_with_pages(whole := corpus.open(), pages)
        hits = corpus_theme_hits(selection, columns=PREVALENCE_HIT_COLUMNS)  # counted columns
        themes = index_themes(shown, hits)  # per block of documents
        del hits
        selection = None
        release_kept_tables()  # any table read whole, not held while the search data is made
        write_search_page(work, shown, pages, footer, paragraphs=text)
    index = render_index(results, whole, footer, themes=themes, search=bool(pages))
    (work / "index.html").write_text(index, encoding="utf-8")
