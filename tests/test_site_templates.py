"""The site's Jinja2 templates (analysis.site.site_templates): autoescaping, and one footer shared
by the pages the build writes and the notebook pages nbconvert writes."""

from __future__ import annotations

import re
from html import unescape

import nbformat
import pytest
from jinja2 import UndefinedError

from analysis.site.reports import render_html
from analysis.site.site_templates import render_page

FOOTER = {
    "built": "2026-01-01 00:00 UTC",
    "version": "0.1.0",
    "corpus_hash": "<b>abc</b>",
    "n_documents": "5",
    "seeds_dir": "seeds & more",
    "parameters": '{"outlets": ["Nhan Dan"]}',
    "index_href": "../index.html",
    "assets": '<link rel="stylesheet" href="../assets/site.css">',
}


def _footer(page: str) -> str:
    found = re.findall(r"<footer\b.*?</footer>", page, re.S)
    assert len(found) == 1, page
    return found[0]


def test_values_are_escaped_and_trusted_html_is_not():
    page = render_page(
        "search.html.j2",
        "<script>alert(1)</script>",
        FOOTER,
        nav_href='index.html" onclick="x',
        search_root="search",
        n_shards=2,
        n_documents=1234,
    )
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>" in page
    assert 'href="index.html&#34; onclick=&#34;x"' in page
    assert "<code>&lt;b&gt;abc&lt;/b&gt;</code>" in page and "seeds &amp; more" in page
    assert FOOTER["assets"] in page  # the asset tags are HTML the build made
    assert "every paragraph of the 1,234 articles" in page


def test_a_missing_value_is_an_error_not_an_empty_page():
    with pytest.raises(UndefinedError, match="n_shards"):
        render_page("search.html.j2", "Search", FOOTER, search_root="search", n_documents=1)


def test_the_notebook_pages_and_the_site_pages_share_one_footer():
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("A report.")]
    notebook_page = render_html(nb, "Report", FOOTER)
    site_page = render_page(
        "search.html.j2", "Search", FOOTER, search_root="search", n_shards=1, n_documents=5
    )
    # the same template; nbconvert's `e` leaves quotes as they are, autoescaping does not
    assert unescape(_footer(notebook_page)) == unescape(_footer(site_page))
    assert _footer(site_page).startswith('<footer class="report-footer">Built 2026-01-01')
    assert "&lt;b&gt;abc&lt;/b&gt;" in _footer(notebook_page)  # escaped by nbconvert too
