"""How fast the report site opens in headless Chromium, how fast its search answers, and
how much it weighs, on generated 1,000- and 10,000-article corpora.

    .venv/bin/python benchmarks/site_timing.py --work /tmp/site-timing          # both sizes
    .venv/bin/python benchmarks/site_timing.py --work DIR --sizes 1000 --repeat 3

For each size N it uses ``DIR/corpus-N`` and ``DIR/site-N``, generating the articles
(``benchmarks/generate.py``) and building the site (``python -m analysis report --jobs 2``)
only when they are missing, so a site built once is measured again without a rebuild.

A page "opens" when the ``load`` event has fired, every table is enhanced by DataTables and
every interactive figure is drawn by Vega: the time from the start of navigation on
Chromium's clock (``performance.now()``), reported beside the ``load`` event's. Every page
is opened from ``file://`` with any request outside ``file:`` and ``data:`` aborted and
counted, and every console error and uncaught exception counted; the load average is noted
(the machine may be shared):

- N = 1,000: every page of the site, once each; the site's top-level pages and the slowest
  document pages again, ``--repeat`` times, reported as the median.
- N = 10,000: the top-level pages (the index above all), ``--repeat`` times each.
- search (largest N): time to the first result, on a fresh page (the first search loads the
  site's text) and again on the same page, for a few queries.
- page weights: the bytes of every page, of the shared assets (stored once per site), of the
  search text and of the whole site.

The results are written to ``benchmarks/site_results.md`` (``--out``); the targets are those
of issue 14 (every page of a 1,000-article site <= 1.5 s, the index of a 10,000-article
site <= 3 s). Not part of ``make test``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "site_results.md"
sys.path.insert(0, str(ROOT))

# The browser and its flags are the tests' (one list for both).
from tests.conftest import CHROMIUM, CHROMIUM_ARGS, LOCAL_SCHEMES  # noqa: E402

#: A page is ready when every table is enhanced and every interactive figure drawn.
READY = """() => {
  const tables = [...document.querySelectorAll("table.report-table")];
  const charts = [...document.querySelectorAll(".report-chart[data-spec]")];
  return tables.every(t => t.hasAttribute("data-enhanced"))
    && charts.every(c => c.parentNode.classList.contains("report-interactive"));
}"""
PAGE_TARGET_S = 1.5
INDEX_TARGET_S = 3.0
QUERIES = ('"comprehensive strategic partnership"', "Laos cooperation", '"Việt Nam"', "Cuba")
TIMEOUT_MS = 60_000


@dataclass(frozen=True)
class Timing:
    """Seconds from the start of navigation (Chromium's clock) to the ``load`` event and
    to the page being ready (``READY``)."""

    load: float
    ready: float


@dataclass
class Browser:
    """One headless Chromium context that only reaches ``file:`` and ``data:``, counting
    what went wrong (``problems``: outside requests, console errors, page errors)."""

    context: object
    problems: list[str] = field(default_factory=list)

    def open(self, path: Path) -> tuple[object, Timing]:
        """The page at ``path`` once it is ready (see ``READY``) and when it got there."""
        page = self.context.new_page()  # type: ignore[attr-defined]
        name = path.name
        page.on(
            "console",
            lambda m: m.type == "error" and self.problems.append(f"{name}: console {m.text}"),
        )
        page.on("pageerror", lambda e: self.problems.append(f"{name}: {e}"))
        page.goto(path.as_uri(), wait_until="load", timeout=TIMEOUT_MS)
        ready = page.wait_for_function(
            f"() => ({READY})() && performance.now()", timeout=TIMEOUT_MS, polling=10
        ).json_value()
        load = page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd")
        return page, Timing(load / 1000, ready / 1000)

    def time_page(self, path: Path, repeat: int = 1) -> Timing:
        """The median times to open ``path`` over ``repeat`` fresh pages."""
        timings = []
        for _ in range(repeat):
            page, timing = self.open(path)
            page.close()
            timings.append(timing)
        return Timing(
            statistics.median(t.load for t in timings), statistics.median(t.ready for t in timings)
        )


def launch(pw) -> tuple[object, Browser]:
    """The Chromium of the system (as in the tests) and an offline ``Browser`` in it."""
    if CHROMIUM is None:
        sys.exit("chromium is not installed (make test installs it)")
    browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    measured = Browser(context)

    def only_local(route) -> None:
        if route.request.url.startswith(LOCAL_SCHEMES):
            route.continue_()
        else:
            measured.problems.append(f"request to {route.request.url}")
            route.abort()

    context.route("**/*", only_local)
    return browser, measured


def ensure_site(work: Path, n: int) -> tuple[Path, float | None]:
    """``work/site-n``, generating the corpus and building the site when missing; the
    build's wall time in seconds when it was built now."""
    corpus, site = work / f"corpus-{n}", work / f"site-{n}"
    if (site / "index.html").exists():
        return site, None
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if not corpus.exists():
        subprocess.run(
            [sys.executable, str(ROOT / "benchmarks" / "generate.py"), str(n), str(corpus)],
            check=True,
            env=env,
        )
    start = time.perf_counter()
    build = ["report", "--seeds", str(corpus), "--out", str(site), "--jobs", "2"]
    subprocess.run(
        [sys.executable, "-m", "analysis", *build],
        check=True,
        env=env,
        cwd=ROOT,
    )
    return site, time.perf_counter() - start


def top_pages(site: Path) -> list[Path]:
    """The site's pages outside ``docs/`` (index, reports, search)."""
    return sorted(site.glob("*.html"), key=lambda p: (p.name != "index.html", p.name))


def time_every_page(browser: Browser, site: Path, repeat: int) -> dict[str, Timing]:
    """Seconds to open each page of ``site`` (relative path -> seconds): every page once,
    then the top-level pages and the ten slowest document pages ``repeat`` times (median),
    so that one slow moment of a shared machine is not reported as a slow page."""
    pages = top_pages(site) + sorted((site / "docs").glob("*.html"))
    times = {p.relative_to(site).as_posix(): browser.time_page(p) for p in pages}
    docs = sorted(
        (k for k in times if k.startswith("docs/")), key=lambda k: times[k].ready, reverse=True
    )
    again = [p.relative_to(site).as_posix() for p in top_pages(site)] + docs[:10]
    for name in again:
        times[name] = browser.time_page(site / name, repeat)
    return times


def time_search(browser: Browser, site: Path, queries: Iterable[str]) -> list[tuple[str, ...]]:
    """For each query: (query, seconds to the first result on a fresh page, the same on
    the page once the text is loaded, the status line)."""
    rows = []
    done = "/ in [0-9]/.test(document.getElementById('search-status').textContent)"
    for query in queries:
        page, _ = browser.open(site / "search.html")
        seconds = []
        for _ in range(2):
            page.evaluate("document.getElementById('search-status').textContent = ''")
            page.fill("#search-input", query)
            start = time.perf_counter()
            page.click("#search-form button")
            page.wait_for_function(done, timeout=TIMEOUT_MS, polling=10)
            seconds.append(time.perf_counter() - start)
        status = page.locator("#search-status").inner_text()
        rows.append((query, f"{seconds[0]:.2f}", f"{seconds[1]:.2f}", status))
        page.close()
    return rows


def load_average() -> str:
    """The system's 1-minute load average (how busy the shared machine was)."""
    return f"{os.getloadavg()[0]:.1f}"


def folder_bytes(folder: Path, keep: Callable[[Path], bool] = lambda p: True) -> int:
    """Total size of the files under ``folder`` that ``keep`` accepts."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and keep(p))


def kb(n_bytes: float) -> str:
    """``n_bytes`` in KB (1,000 bytes), for the tables."""
    return f"{n_bytes / 1000:,.0f} KB"


def weights(site: Path) -> list[tuple[str, str]]:
    """(what, size) rows: each top-level page, the document pages, the shared assets, the
    search text and the whole site."""
    rows = [(p.name, kb(p.stat().st_size)) for p in top_pages(site)]
    docs = [p.stat().st_size for p in (site / "docs").glob("*.html")]
    if docs:
        rows.append(
            (
                f"docs/*.html ({len(docs):,} pages)",
                f"median {kb(statistics.median(docs))}, largest {kb(max(docs))}, "
                f"all {kb(sum(docs))}",
            )
        )
    assets = folder_bytes(site / "assets")
    rows.append(("assets/ (shared JavaScript and CSS, once per site)", kb(assets)))
    rows.append(
        (
            "search/ (the text the search page loads on its first search)",
            kb(folder_bytes(site / "search")),
        )
    )
    rows.append(("whole site", kb(folder_bytes(site))))
    return rows


def table(header: tuple[str, ...], rows: Iterable[tuple[str, ...]]) -> list[str]:
    """A Markdown table."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return lines + ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]


def summary(times: dict[str, Timing]) -> list[tuple[str, str, str]]:
    """(what, seconds to load, seconds to ready) rows: each top-level page, then the
    document pages' median, 95th percentile and slowest."""
    rows = [(k, f"{v.load:.2f}", f"{v.ready:.2f}") for k, v in times.items() if "/" not in k]
    docs = {k: v for k, v in times.items() if k.startswith("docs/")}
    if docs:

        def quantile(values: list[float], q: float) -> str:
            ordered = sorted(values)
            return f"{ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]:.2f}"

        loads = [t.load for t in docs.values()]
        readies = [t.ready for t in docs.values()]
        slowest = max(docs, key=lambda k: docs[k].ready)
        rows.append(
            (f"{len(docs):,} document pages: median", quantile(loads, 0.5), quantile(readies, 0.5))
        )
        rows.append(
            ("document pages: 95th percentile", quantile(loads, 0.95), quantile(readies, 0.95))
        )
        rows.append(
            (
                f"document pages: slowest ({slowest})",
                f"{docs[slowest].load:.2f}",
                f"{docs[slowest].ready:.2f}",
            )
        )
    return rows


def main(argv: list[str] | None = None) -> None:
    """Measure, print and write ``benchmarks/site_results.md``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, required=True, help="folder for corpora and sites")
    parser.add_argument("--sizes", default="1000,10000", help="article counts, comma-separated")
    parser.add_argument("--repeat", type=int, default=3, help="opens per page for the medians")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    sizes = [int(s) for s in args.sizes.split(",")]
    args.work.mkdir(parents=True, exist_ok=True)
    sites = {n: ensure_site(args.work, n) for n in sizes}
    lines = [
        "# Report site: open times, search and page weight",
        "",
        f"Measured by `benchmarks/site_timing.py` on {dt.date.today():%Y-%m-%d}: "
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs (shared with other "
        "jobs: read timings as +-30 %), headless Chromium (the Debian package) through "
        "Playwright, pages opened from `file://`. Times run from the start of navigation "
        "(Chromium's clock); a page counts as open when its `load` event has fired, every "
        "table is enhanced and every interactive figure drawn.",
        "",
    ]
    with sync_playwright() as pw:
        browser, measured = launch(pw)
        for n, (site, build_s) in sites.items():
            built = f" (built in {build_s / 60:.1f} min)" if build_s else ""
            lines += [f"## {n:,} articles{built}", ""]
            before, load_before = len(measured.problems), load_average()
            if n <= 1000:
                times = time_every_page(measured, site, args.repeat)
                worst = max(t.ready for t in times.values())
                lines.append(
                    f"Every one of the {len(times):,} pages opened in at most {worst:.2f} s "
                    f"(target {PAGE_TARGET_S} s: {'met' if worst <= PAGE_TARGET_S else 'NOT met'})."
                )
            else:
                times = {
                    p.relative_to(site).as_posix(): measured.time_page(p, args.repeat)
                    for p in top_pages(site)
                }
                index = times["index.html"].ready
                lines.append(
                    f"The index opened in {index:.2f} s (median of {args.repeat}; target "
                    f"{INDEX_TARGET_S} s: {'met' if index <= INDEX_TARGET_S else 'NOT met'})."
                )
            problems = measured.problems[before:]
            lines += [
                f"Load average while measuring: {load_before} before, {load_average()} after "
                f"(on {os.cpu_count()} CPUs).",
                f"Requests outside `file:`/`data:`, console errors and page errors: "
                f"{len(problems)}{': ' + '; '.join(problems[:5]) if problems else ''}.",
                "",
                *table(
                    ("page", "load event (s)", "open: tables and figures ready (s)"), summary(times)
                ),
                "",
                "Page weight (the HTML of each page includes its figures' PNG fallbacks; "
                "every page links the same shared assets):",
                "",
                *table(("what", "size"), weights(site)),
                "",
            ]
            print("\n".join(lines[-40:]), flush=True)
        largest = max(sites)
        site = sites[largest][0]
        before, load_before = len(measured.problems), load_average()
        searches = time_search(measured, site, QUERIES)
        problems = measured.problems[before:]
        lines += [
            f"## Search on {largest:,} articles",
            "",
            "Seconds from pressing Search to the first result shown: on a fresh page (the "
            f"first search loads the text of the site, {kb(folder_bytes(site / 'search'))}), "
            "then a second search on the same page. "
            f"Problems: {len(problems)}. Load average: {load_before} before, "
            f"{load_average()} after.",
            "",
            *table(("query", "first search (s)", "next search (s)", "result"), searches),
            "",
        ]
        browser.close()
    text = "\n".join(lines)
    print(text)
    args.out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
