"""What a reader and an analyst meet: every page in headless Chromium, and `make lab`.

Chromium is the Debian package (`make test` installs it); Playwright drives that binary
and never downloads a browser of its own.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.request

import pytest

from analysis.reports import build_reports
from tests.conftest import ROOT, SEEDS

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
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def browser_site(tmp_path_factory):
    out = tmp_path_factory.mktemp("browser") / "reports"
    build_reports(SEEDS, out, jobs=2)
    return out


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (make test installs it)")
def test_every_page_opens_offline_without_errors_or_requests(browser_site, tmp_path):
    from playwright.sync_api import sync_playwright

    pages = sorted(browser_site.rglob("*.html"))
    assert len(pages) >= 8
    problems: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900})

        def only_local(route):
            if route.request.url.startswith(("file:", "data:")):
                route.continue_()
            else:
                problems.append(f"request to {route.request.url}")
                route.abort()

        context.route("**/*", only_local)
        for path in pages:
            page = context.new_page()
            page.on(
                "console",
                lambda m, p=path: (
                    m.type == "error" and problems.append(f"{p.name}: console error {m.text}")
                ),
            )
            page.on("pageerror", lambda e, p=path: problems.append(f"{p.name}: {e}"))
            page.goto(path.as_uri(), wait_until="load")
            shot = tmp_path / f"{path.stem}.png"
            page.screenshot(path=str(shot), full_page=True)
            assert shot.stat().st_size > 10_000, path  # something was drawn
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 1300, f"{path.name} is {width}px wide: something does not wrap"
            if path.name != "index.html":
                assert page.locator("footer").inner_text().startswith("Built")
            page.close()
        browser.close()
    assert not problems, problems


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
