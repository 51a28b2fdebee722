"""What a reader does in the report site, in headless Chromium: sort and filter tables, search
the articles, hover a figure for its evidence and click through to the document.

Every page is opened from ``file://`` with every request outside ``file:`` and ``data:``
refused and counted as a failure, and no console error allowed.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from analysis.reports import build_reports
from tests.conftest import SEEDS
from tests.test_browser import CHROMIUM, CHROMIUM_ARGS

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (make test does)"),
]


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("interactive") / "reports"
    build_reports(SEEDS, out, jobs=2)
    return out


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def open_page(browser):
    """Open a site page; yields a function page(path) and checks for problems at the end."""
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    problems: list[str] = []

    def only_local(route):
        if route.request.url.startswith(("file:", "data:")):
            route.continue_()
        else:
            problems.append(f"request to {route.request.url}")
            route.abort()

    context.route("**/*", only_local)

    def page_at(path: Path):
        page = context.new_page()
        page.on("console", lambda m: m.type == "error" and problems.append(m.text))
        page.on("pageerror", lambda e: problems.append(str(e)))
        page.goto(path.as_uri(), wait_until="load")
        return page

    yield page_at
    context.close()
    assert not problems, problems


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
    page.wait_for_function("document.getElementById('search-status').textContent.length > 0")
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
