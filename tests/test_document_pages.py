"""The per-document page: declared as data, shown in the notebook, rendered for the site
without kernels (content, escaping, one precompute, failures)."""

from __future__ import annotations

import html
import importlib
import re
import shutil
from html.parser import HTMLParser

import nbformat
import pandas as pd
import pytest

from analysis import load_corpus
from analysis.analyses import profile
from analysis.annotators.timeline import (
    with_inferred_dates,
)
from analysis.core.errors import ParameterError
from analysis.site import document_page
from analysis.site import document_pages as dp
from analysis.site.document_page import Section, load_document_page
from analysis.site.reports import (
    NOTEBOOKS_DIR,
    NotebookFailedError,
    build_reports,
    discover_notebooks,
    footer_info,
)
from tests.conftest import PAGE_FOOTER, SEEDS, doc_id_of

DOCUMENT = NOTEBOOKS_DIR / "document.ipynb"
HOSTILE = (
    "<script>document.title='PWNED'</script> Vietnam and Laos talk\n\n"
    "Vietnam and Laos agreed to deepen cooperation in trade and education, officials said "
    "after the talks in Hanoi on March 3, 2023.\n\n"
    "A picture <img src=x onerror=\"console.log('PWNED2')\"> and a link "
    '<a href="javascript:alert(1)">a</a> &amp; &#x3C;b&#x3E;\n\n'
    "The formula $x^2 + y^2$ and $$\\int_0^1 f$$ stay text.\n"
)
FOOTER = PAGE_FOOTER


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {k: v or "" for k, v in attrs}))


def tags_of(text: str) -> list[tuple[str, dict[str, str]]]:
    parser = _Tags()
    parser.feed(text)
    return parser.tags


@pytest.fixture(scope="module")
def tables(plan, dated):
    return dp.precompute(plan, dated)


@pytest.fixture(scope="module")
def footer(dated):
    return footer_info({"doc_id": "x"}, dated, SEEDS, "../index.html")


def test_the_plan_is_the_declared_prose_and_tables(plan):
    assert [s.table for s in plan.sections] == [
        "document_metadata",
        "document_themes",
        "document_keyterms",
        "document_event_list",
        "document_outline",
    ]
    prose = "".join(plan.prose_html)
    for heading in ("What the loader read", "Themes", "Key terms", "Dated events", "Layout"):
        assert f">{heading}" in prose
    assert "<h1" in plan.intro_html and "Document profile" in plan.intro_html
    keyterms = next(s for s in plan.sections if s.table == "document_keyterms")
    assert keyterms.arguments == {"top_n": 15}
    assert plan.sections[0].show("003_x")["caption"] == "Document 003_x"
    assert plan.sections[-1].show("x") == {"max_rows": 80, "caption": "", "what": "paragraphs"}
    assert {s.name: s.rendered for s in discover_notebooks()}["document"]


def test_the_notebook_shows_the_declared_sections(monkeypatch, dated):
    """document.ipynb calls show_document_page, which shows what the site's page shows."""
    import IPython.display

    shown: list[object] = []
    monkeypatch.setattr(IPython.display, "display", lambda *objects: shown.extend(objects))
    doc = doc_id_of(dated, "003")
    document_page.show_document_page(dated, doc)
    page = load_document_page()
    assert len(shown) == 1 + 2 * len(page.sections)
    assert shown[0].data == page.intro
    for n, section in enumerate(page.sections):
        markdown, table = shown[1 + 2 * n], shown[2 + 2 * n]
        assert markdown.data.startswith(f"## {section.heading}\n\n")
        frame = getattr(profile, section.table)(dated, doc, **section.arguments)
        assert table.data.removeprefix(dp.TABLE_CSS) == section.html(frame, doc)
    notebook = nbformat.read(DOCUMENT, as_version=4)
    code = "".join(c.source for c in notebook.cells if c.cell_type == "code")
    assert "show_document_page(corpus, doc_id)" in code and "show_table" not in code


def test_every_page_table_is_the_notebooks_table(tables, dated):
    """The pages slice the same computation the notebook's functions make for one document."""
    functions = [
        profile.document_metadata,
        profile.document_themes,
        lambda c, d: profile.document_keyterms(c, d, top_n=15),
        profile.document_event_list,
        profile.document_outline,
    ]
    for doc_id in dated.documents["doc_id"]:
        for frame, function in zip(tables.tables_of(doc_id), functions, strict=True):
            pd.testing.assert_frame_equal(frame, function(dated, doc_id), check_dtype=False)


def reference_page(plan, tables, doc_id, footer):
    """The page as drawn before the tables were drawn a block at a time: each table's
    slice through ``Section.html`` (``notebook.table_html``), then ``render_page``."""
    from markupsafe import Markup

    from analysis.site.site_templates import render_page

    sections = [
        {"prose": Markup(prose), "table": Markup(section.html(frame, doc_id))}
        for section, prose, frame in zip(
            plan.sections, plan.prose_html, tables.tables_of(doc_id), strict=True
        )
    ]
    return render_page(
        "document.html.j2",
        f"{plan.title}: {doc_id}",
        footer,
        head=dp.TABLE_CSS,
        nav_href=footer["index_href"],
        intro=Markup(plan.intro_html),
        sections=sections,
    )


def test_every_page_is_the_reference_page(plan, tables, footer):
    for doc_id in tables.doc_ids:
        assert dp.page_html(plan, tables, doc_id, footer) == reference_page(
            plan, tables, doc_id, footer
        )


def test_the_page_of_a_sample_document(plan, tables, dated, footer):
    doc = doc_id_of(dated, "003")
    page = dp.page_html(plan, tables, doc, footer)
    text = html.unescape(page)
    row = dated.documents.set_index("doc_id").loc[doc]
    assert f"<title>Document profile: {doc}</title>" in page
    assert str(row["title"]) in text and "Document " + doc in text  # metadata table
    themes = profile.document_themes(dated, doc)
    first = themes.iloc[0]
    assert re.search(f">{first['theme']}</td><td[^>]*>{html.escape(first['label'])}</td>", page)
    assert first["quote"][:120] in text  # the theme's quote
    assert "October 30 to November 1, 2022" in text  # a dated event
    assert "comprehensive strategic partnership" in text  # a key term
    assert dated.corpus_hash in page and "Parameters:" in page and "Built 20" in page
    assert '<a href="../index.html">' in page
    assert len(page.encode()) < 60_000
    urls = [a.get("href") or a.get("src") or "" for _, a in tags_of(page)]
    assert not [u for u in urls if re.match(r"(?i)(https?:)?//", u)]
    # only the site's shared assets, linked relatively (analysis.site.site_assets); nothing inline
    linked = re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"]+)"', page)
    assert linked and all(u.startswith("../assets/") for u in linked), linked
    assert page.count("<script") == len(re.findall(r"<script[^>]+src=", page))
    assert "@import" not in page


def test_hostile_article_text_is_shown_as_text(tmp_path, plan, footer):
    shutil.copy(next(SEEDS.glob("004*.txt")), tmp_path / "good.txt")
    (tmp_path / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    corpus = with_inferred_dates(load_corpus(tmp_path, cache=False))
    page = dp.page_html(plan, dp.precompute(plan, corpus), "hostile", footer)
    tags = tags_of(page)
    shared = [t for t in tags if t[0] == "script" and t[1].get("src", "").startswith("../assets/")]
    assert not [t for t in tags if t[0] in ("script", "img", "iframe") and t not in shared]
    assert not [t for t in tags if any(k.startswith("on") for k in t[1])]
    assert not [t for t in tags if t[1].get("href", "").startswith("javascript:")]
    text = html.unescape(page)
    assert "<script>document.title='PWNED'</script> Vietnam and Laos talk" in text
    assert "<img src=x onerror=\"console.log('PWNED2')\">" in text
    assert "$x^2 + y^2$ and $$\\int_0^1 f$$ stay text" in text and "MathJax" not in page


def test_many_pages_come_from_one_precompute(tmp_path, monkeypatch, plan, dated):
    from collections import OrderedDict

    import analysis.annotators.cached
    import analysis.annotators.timeline

    # nothing shared yet: no theme hits in this process's memo or in the disk cache
    monkeypatch.setattr(analysis.annotators.cached, "_results", OrderedDict())
    monkeypatch.setenv("VN_CORPUS_CACHE_DIR", str(tmp_path / "cache"))
    calls: dict[str, int] = {}

    def counted(name, function):
        def wrapper(*args, **kwargs):
            calls[name] = calls.get(name, 0) + 1
            return function(*args, **kwargs)

        return wrapper

    annotate_module = importlib.import_module("analysis.annotators.annotate")
    # theme hits come from the shared annotations, computed once: with a store they are
    # written chunk by chunk (store_with), without one returned by annotate; either counts
    monkeypatch.setattr(annotate_module, "annotate", counted("annotate", annotate_module.annotate))
    shared = annotate_module.corpus_annotations
    monkeypatch.setattr(shared, "store_with", counted("annotate", shared.store_with))
    monkeypatch.setattr(  # the events linked across documents once (chunked_event_sources)
        analysis.annotators.timeline,
        "link_event_candidates",
        counted("event_sources", analysis.annotators.timeline.link_event_candidates),
    )
    monkeypatch.setattr(  # the build's keyness, by blocks of documents
        profile,
        "keyness_by_document_blocks",
        counted("keyness", profile.keyness_by_document_blocks),
    )
    monkeypatch.setattr(Section, "for_corpus", counted("whole-corpus table", Section.for_corpus))
    ids = dated.documents["doc_id"].tolist()
    done = dp.build_pages(plan, dated, {}, ids, tmp_path, lambda d: FOOTER, workers=1)
    assert [d for d, _ in done] == ids
    assert calls == {"annotate": 1, "event_sources": 1, "keyness": 1, "whole-corpus table": 5}
    assert sorted(p.stem for p in (tmp_path / "docs").glob("*.html")) == sorted(ids)


def test_pages_over_two_workers_are_byte_identical(tmp_path, plan, dated, tables):
    """jobs=2 (the tables computed in two processes, the pages written by two workers that
    get the plan, the tables and an unpicklable footer closure from the pool initializer)
    writes exactly the bytes jobs=1 writes."""
    ids = tables.doc_ids
    two_tables = dp.precompute(plan, dated, workers=2)
    for mine, theirs in zip(tables.tables, two_tables.tables, strict=True):
        pd.testing.assert_frame_equal(mine, theirs)
    one = dp.render_pages(plan, tables, ids, tmp_path / "a", lambda d: FOOTER, chunk=2)
    two = dp.render_pages(
        plan, two_tables, ids, tmp_path / "b", lambda d: FOOTER, workers=2, chunk=2
    )
    assert [d for d, _ in one] == [d for d, _ in two] == ids
    assert len(ids) == 5
    for doc in ids:
        a = dp.page_path(tmp_path / "a", doc).read_bytes()
        assert a == dp.page_path(tmp_path / "b", doc).read_bytes()


def test_a_page_failing_in_a_worker_names_its_document(tmp_path, plan, tables):
    bad = tables.doc_ids[3]

    def footer_of(doc_id):
        if doc_id == bad:
            raise KeyError("no footer for this one")
        return FOOTER

    with pytest.raises(dp.PageFailedError, match="KeyError") as caught:
        dp.render_pages(plan, tables, tables.doc_ids, tmp_path, footer_of, workers=2, chunk=2)
    assert caught.value.doc_id == bad
    assert "Traceback" in caught.value.detail


def test_the_background_renderer_reports_a_failure(tmp_path, plan, dated):
    def footer_of(doc_id):
        raise RuntimeError("broken footer")

    ids = dated.documents["doc_id"].tolist()
    run = dp.BackgroundPages(plan, dated, {}, ids, tmp_path, footer_of)
    try:
        with pytest.raises(dp.PageFailedError, match="RuntimeError: broken footer"):
            run.result()
    finally:
        run.stop()


@pytest.mark.slow
def test_editing_the_notebook_as_usual_leaves_the_pages_as_declared(tmp_path):
    """Cells added to document.ipynb (a figure, a note) are the notebook's own: the site's
    pages come from the declaration, and the build does not read the notebook's cells."""
    folder = tmp_path / "notebooks"
    folder.mkdir()
    nb = nbformat.read(DOCUMENT, as_version=4)
    nb.cells.append(nbformat.v4.new_markdown_cell("## My notes\n\nA note of my own."))
    nb.cells.append(nbformat.v4.new_code_cell("show_table(corpus.documents)\nx = [1, 2]"))
    nbformat.write(nb, folder / "document.ipynb")
    doc = "003_e2da6bdc5db98ea3"
    build_reports(SEEDS, tmp_path / "site", notebooks_dir=folder, params={"doc_id": doc})
    page = (tmp_path / "site" / "docs" / f"{doc}.html").read_text(encoding="utf-8")
    assert "My notes" not in page and "Layout of the file" in page
    assert page.count('<table class="report-table"') == 5


def test_a_doc_id_the_filters_leave_out_is_refused(tmp_path):
    with pytest.raises(ParameterError, match=r"'doc_id'.*the filters \['date_from'\]"):
        build_reports(
            SEEDS,
            tmp_path / "site",
            only=["document"],
            params={"doc_id": "001_2f82076b8a4d9850", "date_from": "2023"},
        )


@pytest.mark.slow
def test_a_failing_page_keeps_the_old_site_and_its_traceback(tmp_path, monkeypatch):
    out = tmp_path / "site"
    build_reports(SEEDS, out, only=["document"], params={"doc_id": "000_5a1a1bd3b790db98"})
    before = sorted(p.name for p in out.rglob("*"))
    original = dp.DocumentTables.section_html

    def broken(self, n, section, doc_id):
        if doc_id.startswith("002"):
            raise ValueError("no profile for " + doc_id)
        return original(self, n, section, doc_id)

    # inherited by the forked renderer
    monkeypatch.setattr(dp.DocumentTables, "section_html", broken)
    with pytest.raises(NotebookFailedError, match=r"'document 002_.*ValueError: no profile") as e:
        build_reports(SEEDS, out, only=["document"], jobs=2)
    assert e.value.kept == out / "_failed" / "docs__002_f1b871ecf6e7b9cb.txt"
    assert "Traceback" in e.value.kept.read_text(encoding="utf-8")
    assert "Traceback" not in str(e.value)
    assert sorted(p.name for p in out.rglob("*") if "_failed" not in p.parts) == before
    assert not list(tmp_path.glob(".site.build-*"))


@pytest.mark.slow
def test_the_document_pages_of_a_build(tmp_path, samples):
    out = tmp_path / "site"
    result = build_reports(SEEDS, out, only=["document"], params={"outlets": "Communist Review"})
    kept = samples.filter(outlets=["Communist Review"]).documents["doc_id"].tolist()
    assert [job.page for job, _ in result.pages] == [f"docs/{d}.html" for d in kept]
    for doc in kept:
        page = (out / "docs" / f"{doc}.html").read_text(encoding="utf-8")
        assert f'"doc_id": "{doc}"' in html.unescape(page)  # the footer names the page's doc
        assert '"outlets": ["Communist Review"]' in html.unescape(page)
        assert samples.corpus_hash in page
    index = (out / "index.html").read_text(encoding="utf-8")
    assert all(f'href="docs/{d}.html"' in index for d in kept)
