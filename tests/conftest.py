"""Shared fixtures: the real sample corpus, loaded once per test session, and headless
Chromium opening site pages offline (``browser``, ``open_page``)."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from analysis import Corpus, load_corpus

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
#: The Debian package's browser (`make test` installs it); Playwright drives that binary
#: and never downloads a browser of its own.
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--host-resolver-rules=MAP * ~NOTFOUND",
]
LOCAL_SCHEMES = ("file:", "data:")


@pytest.fixture(scope="session")
def samples() -> Corpus:
    """The five sample articles shipped in ``seeds/``."""
    return load_corpus(SEEDS)


def doc_id_of(corpus: Corpus, prefix: str) -> str:
    """The doc_id that starts with ``prefix`` ("000", "001", ...)."""
    ids = [d for d in corpus.documents["doc_id"] if d.startswith(prefix)]
    assert len(ids) == 1, ids
    return ids[0]


def pytest_configure(config: pytest.Config) -> None:
    """Keep the corpus cache of test runs in one temporary folder (not beside /tmp seeds)."""
    import os
    import tempfile

    os.environ.setdefault("VN_CORPUS_CACHE_DIR", tempfile.mkdtemp(prefix="vn-corpus-cache-"))


def allow_only_local(context, problems: list[str]) -> None:
    """Let a Playwright browser ``context`` fetch only ``file:`` and ``data:`` URLs: any
    other request is aborted and recorded in ``problems``."""

    def route(route) -> None:
        if route.request.url.startswith(LOCAL_SCHEMES):
            route.continue_()
        else:
            problems.append(f"request to {route.request.url}")
            route.abort()

    context.route("**/*", route)


@pytest.fixture(scope="module")
def browser():
    """Headless Chromium driven by Playwright, one per test module (skips the test when
    chromium is not installed). Build a module's site before asking for it: Playwright's
    synchronous API holds an event loop that a report build's kernels would run into."""
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (make test installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def open_page(browser) -> Iterator[Callable[[Path], object]]:
    """``page_at(path)`` opens a site page from ``file://`` (1280 x 1000 pixels) and returns
    the Playwright page; every request outside ``file:`` and ``data:`` is refused. After
    the test, fails if any was made or any page logged a console error or threw."""
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    problems: list[str] = []
    allow_only_local(context, problems)

    def page_at(path: Path):
        page = context.new_page()
        name = path.name
        page.on(
            "console",
            lambda m: m.type == "error" and problems.append(f"{name}: console error {m.text}"),
        )
        page.on("pageerror", lambda e: problems.append(f"{name}: {e}"))
        page.goto(path.as_uri(), wait_until="load")
        return page

    yield page_at
    context.close()
    assert not problems, problems
