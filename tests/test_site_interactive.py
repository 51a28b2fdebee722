"""What a reader does in the report site, in headless Chromium: sort and filter tables, search
the articles, hover a figure for its evidence and click through to the document.

Every page is opened from ``file://`` (the ``open_page`` fixture of ``tests/conftest.py``)
with every request outside ``file:`` and ``data:`` refused and counted as a failure, and no
console error allowed.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from analysis.site.reports import build_reports
from tests.conftest import CHROMIUM, SEEDS

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (make test does)"),
]


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("interactive") / "reports"
    build_reports(SEEDS, out, jobs=2)
    return out


def test_the_index_table_sorts_filters_and_links(site, open_page):
    page = open_page(site / "index.html")
    page.wait_for_selector("table[data-enhanced]")
    rows = page.locator("table.report-table tbody tr")
    assert rows.count() == 5
    page.fill("div.dt-search input", "Political Theory")
    assert rows.count() == 1 and "Political Theory Journal" in rows.first.inner_text()
    page.fill("div.dt-search input", "")
    page.select_option("select.report-filter >> nth=1", "2023")  # the Year column
    assert rows.count() == 2
    page.select_option("select.report-filter >> nth=1", "")
    page.select_option("select.report-filter >> nth=0", label="The World & Vietnam Report")
    assert rows.count() == 1 and "The World & Vietnam Report" in rows.first.inner_text()
    page.select_option("select.report-filter >> nth=0", "")
    assert rows.count() == 5
    header = page.locator("table.report-table thead th").nth(4)  # Published
    header.click()
    page.wait_for_function(
        "document.querySelectorAll('table.report-table thead th')[4].getAttribute('aria-sort')"
        " === 'ascending'"
    )
    header.click()
    page.wait_for_function(
        "document.querySelectorAll('table.report-table thead th')[4].getAttribute('aria-sort')"
        " === 'descending'"
    )
    dates = [r.locator("td").nth(4).inner_text() for r in rows.all()]
    assert len(dates) == 5 and dates == sorted(dates, reverse=True), dates
    page.click("table.report-table tbody tr >> nth=0 >> a")
    page.wait_for_load_state("load")
    assert re.search(r"/docs/[^/]+\.html$", page.url)


def test_search_finds_a_phrase_across_spellings_and_opens_the_paragraph(site, open_page):
    page = open_page(site / "search.html")
    page.fill("#search-input", '"Việt Nam"')  # the samples spell it without diacritics
    page.click("#search-form button")
    # the status first says "Loading the text of the articles… 0 of 1", then the count
    page.wait_for_function("/ in [0-9]/.test(document.getElementById('search-status').textContent)")
    status = page.locator("#search-status").inner_text()
    assert re.match(r"[1-9]\d* paragraphs? in 1 article", status), status
    assert "viet nam" in page.locator(".search-snippet mark").first.inner_text().lower()
    page.click("#search-results li >> nth=0 >> a")
    page.wait_for_selector("tr.report-target")
    target = page.locator("tr.report-target")
    assert target.is_visible() and re.search(r"#p\d+$", page.url)
    assert target.locator("td").first.inner_text() == page.url.rsplit("#p", 1)[1]


def test_a_heatmap_cell_shows_its_evidence_and_opens_its_document(site, open_page):
    page = open_page(site / "thematic.html")
    page.wait_for_selector(".report-interactive svg")
    assert not page.locator(".report-interactive .report-static img").first.is_visible()
    cell = page.locator(".report-interactive svg .mark-rect path").first
    cell.scroll_into_view_if_needed()
    box = cell.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    tooltip = page.locator("#vg-tooltip-element")
    tooltip.wait_for(state="visible")
    text = tooltip.inner_text()
    assert "share" in text and "paragraphs with the theme" in text and "example" in text
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_url(re.compile(r"/docs/[^/]+\.html$"))


def test_the_timeline_shows_each_events_sentence_on_hover(site, open_page):
    page = open_page(site / "chronological.html")
    page.wait_for_selector(".report-interactive svg")
    dot = page.locator(".report-interactive svg .mark-symbol path").first
    dot.scroll_into_view_if_needed()
    box = dot.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    tooltip = page.locator("#vg-tooltip-element")
    tooltip.wait_for(state="visible")
    assert "sentence" in tooltip.inner_text() and "date as written" in tooltip.inner_text()


def test_a_country_pair_shows_a_sentence_naming_both_and_opens_its_paragraph(
    site, open_page, samples
):
    page = open_page(site / "thematic.html")
    figure = page.locator(
        '.report-figure:has(img[alt="Countries referred to in the same paragraph"])'
    )
    figure.locator("svg").wait_for()
    assert "report-interactive" in figure.get_attribute("class")
    assert not figure.locator(".report-static img").is_visible()
    cells = figure.locator("svg .mark-rect path")
    assert cells.count() >= 2
    cell = cells.nth(cells.count() // 2)
    cell.scroll_into_view_if_needed()
    box = cell.bounding_box()
    middle = (box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.move(*middle)
    tooltip = page.locator("#vg-tooltip-element")
    tooltip.wait_for(state="visible")
    fields = dict(
        re.findall(
            r"^(country|with|paragraphs|articles|example)\t?\n(.*)$", tooltip.inner_text(), re.M
        )
    )
    assert set(fields) == {"country", "with", "paragraphs", "articles", "example"}, fields
    assert int(fields["paragraphs"]) >= int(fields["articles"]) >= 1
    page.mouse.click(*middle)
    page.wait_for_url(re.compile(r"/docs/[^/]+\.html#p\d+$"))
    target = page.locator("tr.report-target")
    target.wait_for()
    assert target.is_visible()
    assert target.locator("td").first.inner_text() == page.url.rsplit("#p", 1)[1]
    doc_id = page.url.rsplit("/", 1)[1].split(".html#p")[0]
    para_id = int(page.url.rsplit("#p", 1)[1])
    sentences = samples.sentences
    paragraph = " ".join(
        sentences.loc[(sentences["doc_id"] == doc_id) & (sentences["para_id"] == para_id), "text"]
    )
    for quote in fields["example"].split(" … "):
        assert quote.strip("…") in paragraph, (quote, paragraph)


def test_print_shows_the_static_figures(site, open_page):
    page = open_page(site / "thematic.html")
    page.wait_for_selector(".report-interactive svg")
    page.emulate_media(media="print")
    assert page.locator(".report-interactive .report-static img").first.is_visible()
    assert not page.locator(".report-interactive .report-chart").first.is_visible()


def test_shared_assets_are_stored_once_per_site(site):
    pages = list(site.rglob("*.html"))
    heavy = [p for p in pages if "dataTables" in p.read_text(encoding="utf-8")[:200_000]]
    vendored = (site / "assets" / "vendor" / "vega.min.js").read_text(encoding="utf-8")
    assert all(vendored[:2_000] not in p.read_text(encoding="utf-8") for p in pages)
    assert all(
        re.search(r'src="(\.\./)?assets/vendor/dataTables\.min\.js"', p.read_text(encoding="utf-8"))
        for p in heavy
    )
