"""What a reader and an analyst meet: every page in headless Chromium, and `make lab`.

Chromium is the Debian package (`make test` installs it); Playwright drives that binary
and never downloads a browser of its own (``tests/conftest.py``: ``browser``, ``open_page``).

The README's screenshot of each report is taken here (``test_readme_screenshots``): always
into a temporary folder, checked for size, and copied into ``docs/screenshots/`` when
``VN_CORPUS_SCREENSHOTS=1`` (``make screenshots``).
"""

from __future__ import annotations

import io
import json
import os
import re
import signal
import socket
import subprocess
import time
import urllib.request

import pytest

from analysis.site.reports import build_reports
from tests.conftest import CHROMIUM, CHROMIUM_ARGS, ROOT, SEEDS

__all__ = ["CHROMIUM", "CHROMIUM_ARGS"]  # other test modules import them from here
pytestmark = pytest.mark.slow
SCREENSHOTS = ROOT / "docs" / "screenshots"
#: The README's screenshots: one viewport of each report, at most this many bytes each.
SCREENSHOT_SIZE = {"width": 1280, "height": 800}
MAX_SCREENSHOT_BYTES = 150_000


@pytest.fixture(scope="module")
def browser_site(tmp_path_factory):
    out = tmp_path_factory.mktemp("browser") / "reports"
    build_reports(SEEDS, out, jobs=2)
    return out


def test_every_page_opens_offline_without_errors_or_requests(browser_site, open_page, tmp_path):
    pages = sorted(browser_site.rglob("*.html"))
    assert len(pages) >= 8
    for path in pages:
        page = open_page(path)
        shot = tmp_path / f"{path.stem}.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 10_000, path  # something was drawn
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 1300, f"{path.name} is {width}px wide: something does not wrap"
        if path.name != "index.html":
            assert page.locator("footer").inner_text().startswith("Built")
        page.close()


def _small_png(png: bytes) -> bytes:
    """``png`` with at most 256 colours (text and flat charts lose nothing visible), so
    that a screenshot committed with the README stays small."""
    from PIL import Image

    out = io.BytesIO()
    with Image.open(io.BytesIO(png)) as image:
        image.convert("RGB").quantize(colors=256).save(out, format="PNG", optimize=True)
    return out.getvalue()


def _hover_first(page, selector: str) -> None:
    """Scroll the figure of the first ``selector`` (a mark of a drawn chart) near the top
    and hover over that mark."""
    page.wait_for_selector(".report-interactive svg")
    mark = page.locator(selector).first
    mark.evaluate(  # the figure near the top, under its section's heading and reading guide
        "m => { m.closest('.report-figure').scrollIntoView({block: 'start'});"
        " window.scrollBy(0, -160); }"
    )
    box = mark.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.locator("#vg-tooltip-element").wait_for(state="visible")


def _search(page, query: str) -> None:
    page.fill("#search-input", query)
    page.click("#search-form button")
    page.wait_for_function("/ in \\d/.test(document.getElementById('search-status').textContent)")


#: What each report's screenshot shows: the page, and what a reader does before it is taken.
README_SHOTS = {
    "index": ("index.html", lambda page: page.wait_for_selector("table[data-enhanced]")),
    "overview": ("overview.html", lambda page: page.wait_for_selector("table[data-enhanced]")),
    "thematic": ("thematic.html", lambda page: _hover_first(page, ".mark-rect path")),
    "chronological": (
        "chronological.html",
        lambda page: _hover_first(page, ".report-interactive .mark-symbol path"),
    ),
    "document": (None, lambda page: page.wait_for_selector("table[data-enhanced]")),
    "search": ("search.html", lambda page: _search(page, "strategic partnership")),
}


def test_readme_screenshots(browser_site, open_page, tmp_path):
    """One screenshot per report, as a reader sees it (a figure hovered, a search made),
    each under ``MAX_SCREENSHOT_BYTES``; written to ``docs/screenshots`` on request."""
    first_document = sorted((browser_site / "docs").glob("*.html"))[0]
    for name, (page_name, act) in README_SHOTS.items():
        page = open_page(browser_site / page_name if page_name else first_document)
        page.set_viewport_size(SCREENSHOT_SIZE)
        act(page)
        png = _small_png(page.screenshot(type="png"))
        assert 10_000 < len(png) <= MAX_SCREENSHOT_BYTES, (name, len(png))
        (tmp_path / f"{name}.png").write_bytes(png)
        page.close()
    if os.environ.get("VN_CORPUS_SCREENSHOTS") == "1":
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        for shot in tmp_path.glob("*.png"):
            (SCREENSHOTS / shot.name).write_bytes(shot.read_bytes())
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    linked = set(re.findall(r"\(docs/screenshots/([a-z]+)\.png\)", readme))
    assert linked == set(README_SHOTS), "README.md shows one screenshot of each report"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_make_lab_serves_the_notebooks_with_a_kernel_that_imports_analysis(tmp_path):
    from jupyter_client import BlockingKernelClient

    port, token = _free_port(), "test-token"
    runtime = tmp_path / "runtime"
    env = {**os.environ, "JUPYTER_RUNTIME_DIR": str(runtime), "JUPYTER_CONFIG_DIR": str(tmp_path)}
    args = f"--no-browser --port={port} --ServerApp.token={token} --ServerApp.ip=127.0.0.1"
    lab = subprocess.Popen(
        ["make", "-s", "lab", f"LAB_ARGS={args}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"

    def get(path: str, method: str = "GET") -> object:
        request = urllib.request.Request(
            f"{base}{path}", method=method, headers={"Authorization": f"token {token}"}
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read() or b"null")

    try:
        for _ in range(120):
            try:
                listing = get("/api/contents/analysis/notebooks")
                break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("JupyterLab did not answer within 60 s")
        names = {item["name"] for item in listing["content"]}
        assert {"overview.ipynb", "explore.ipynb", "document.ipynb"} <= names
        kernel = get("/api/kernels", method="POST")
        connection = runtime / f"kernel-{kernel['id']}.json"
        for _ in range(40):
            if connection.exists():
                break
            time.sleep(0.25)
        client = BlockingKernelClient(connection_file=str(connection))
        client.load_connection_file()
        client.start_channels()
        client.wait_for_ready(timeout=60)
        outputs: list[dict] = []
        reply = client.execute_interactive(
            "import analysis; print(len(analysis.load_corpus('seeds')))",
            timeout=60,
            output_hook=lambda msg: outputs.append(msg),
        )
        client.stop_channels()
        assert reply["content"]["status"] == "ok"
        printed = "".join(
            m["content"].get("text", "") for m in outputs if m["msg_type"] == "stream"
        )
        assert printed.strip() == "5"
    finally:
        os.killpg(lab.pid, signal.SIGTERM)
        lab.wait(timeout=30)


@pytest.mark.skipif(not os.environ.get("CI"), reason="only CI must have the browser")
def test_chromium_is_installed_for_ci():
    """In CI the browser tests above must run, not skip: `make test` installs chromium."""
    assert CHROMIUM is not None, "make test should have installed chromium (apt-get)"
