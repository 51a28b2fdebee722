"""The site's own pages (``analysis/site/site_pages.py``): links to report and document pages, the documents table."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from analysis.ingest.corpus import Corpus


def test_index_rows_name_undated_documents_and_escape_text(samples: Corpus) -> None:
    from analysis.site.site_pages import document_href, document_rows, documents_table_html

    docs = samples.documents.copy()
    docs.loc[0, "published"] = pd.NaT
    docs.loc[1, "title"] = "<b>bold</b> & more"
    corpus = replace(samples, documents=docs)
    pages = {d: document_href(d) for d in docs["doc_id"]}
    rows = document_rows(corpus, pages, {docs["doc_id"][2]: "economic"})
    assert rows.loc[0, "year"] == "undated" and rows.loc[0, "published"] == "—"
    assert rows.loc[2, "themes"] == "economic" and rows.loc[3, "themes"] == ""
    page = documents_table_html(rows)
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; more" in page
    assert page.count('data-filter="select"') == 2


def test_page_links_percent_encode_what_a_url_would_read() -> None:
    from urllib.parse import unquote

    from analysis.site.site_pages import page_href

    for name in ("docs/a b#c?d%e.html", "docs/Việt Nam.html", "docs/line\nbreak.html"):
        href = page_href(name)
        assert not set(" #?\n") & set(href) and href.isascii()
        assert href.count("/") == name.count("/") and unquote(href) == name


def test_main_themes_keep_the_strongest_themes_over_the_share() -> None:
    from analysis.site.site_pages import INDEX_THEME_SHARE, INDEX_THEMES, main_themes

    low = INDEX_THEME_SHARE / 2
    rows = [("d1", f"t{i}", 0.9 - i / 100) for i in range(INDEX_THEMES + 2)]
    rows += [("d1", "weak", low), ("d2", "weak", low), ("d3", "b", 0.5), ("d3", "a", 0.5)]
    prevalence = pd.DataFrame(rows, columns=["doc_id", "theme", "share"])
    themes = main_themes(prevalence)
    assert themes["d1"].split("; ") == [f"t{i}" for i in range(INDEX_THEMES)]
    assert "d2" not in themes  # no theme reaches the share
    assert themes["d3"] == "a; b"  # ties in share ordered by theme
    assert main_themes(prevalence.iloc[:0]) == {}


def test_documents_with_pages_are_the_selected_documents(samples: Corpus) -> None:
    """Every document with a page: the corpus itself (its text not copied); some: select."""
    from analysis.site.site_pages import documents_with_pages

    ids = samples.documents["doc_id"].tolist()
    pages = {doc_id: f"docs/{doc_id}.html" for doc_id in [*ids, "elsewhere"]}
    assert documents_with_pages(samples, pages) is samples
    some = {doc_id: pages[doc_id] for doc_id in ids[1:3]}
    shown = documents_with_pages(samples, some)
    assert shown.documents["doc_id"].tolist() == ids[1:3]
    pd.testing.assert_frame_equal(shown.paragraphs, samples.select(ids[1:3]).paragraphs)
    whole = samples.select(ids)
    pd.testing.assert_frame_equal(whole.paragraphs, samples.paragraphs)
    pd.testing.assert_frame_equal(whole.sentences, samples.sentences)
