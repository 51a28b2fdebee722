"""Hostile text, failing notebooks, unwritable output, parameters that look like code.

Nothing in an article or a parameter is ever executed, nothing is lost, and a failed build
leaves the previous site and the seeds exactly as they were.
"""

from __future__ import annotations

import hashlib
import html
import os
import shutil
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pytest

from analysis import cli, load_corpus
from analysis.site.reports import (
    NOTEBOOKS_DIR,
    NotebookFailedError,
    ReportError,
    build_reports,
    check_writable,
)
from tests.conftest import SEEDS

pytestmark = pytest.mark.slow

PROSE = (
    "Vietnam and its partners agreed to deepen cooperation in trade, education and culture, "
    "officials said after the talks, which both sides described as frank and productive."
)
HOSTILE = {
    "h_script": (
        "<script>document.title='PWNED';console.log('PWNED')</script> Vietnam and Laos talk\n\n"
        f"{PROSE} <img src=x onerror=\"document.title='PWNED2';console.log('PWNED2')\"> and "
        "<a href=\"javascript:console.log('PWNED3')\">a link</a> &lt;b&gt; &amp; &#x3C;script&#x3E;\n"
    ),
    "h_markup": (
        "Costs of $5 and $10: *bold* _italic_ `code` # not a heading\n\n"
        f"{PROSE} The formula $x^2 + y^2$ and $$\\int_0^1 f$$ and \\(a+b\\) stay text. "
        "# Heading? **Strong** __under__ ~~strike~~ [link](http://example.org) | a | b |\n"
    ),
    "h_long_line": "A title before a very long line\n\n" + ("Word" * 25_000) + f" {PROSE}\n",
    "h_invisible": (
        "Bidi \u202egnirts desrever\u202c and zero\u200bwidth title 🇻🇳🤝\n\n"
        f"{PROSE} Emoji 🎉 and \u2066isolates\u2069 and soft\u00adhyphen.\n"
    ),
    "h_vietnamese": (
        "Đảng Cộng sản Việt Nam tăng cường quan hệ đối ngoại\n\n"
        f"{PROSE} Ông Nguyễn Phú Trọng phát biểu tại Hội nghị Đối ngoại toàn quốc; "
        "Thủ tướng Phạm Minh Chính và Chủ tịch Quốc hội Vương Đình Huệ dự.\n"
    ),
    "h_long_title": ("Headline " * 230).strip() + "\n\n" + PROSE + "\n",
    "h_only_title": "An article that is only a title\n",
}


class _TagCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {k: v or "" for k, v in attrs}))


def _tags(text: str) -> list[tuple[str, dict[str, str]]]:
    """Every element the browser would build from ``text`` (tag name and attributes)."""
    collector = _TagCollector()
    collector.feed(text)
    return collector.tags


def _digest(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def hostile_seeds(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile") / "seeds"
    folder.mkdir()
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, folder / path.name)
    for name, text in HOSTILE.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def hostile_site(hostile_seeds, tmp_path_factory):
    before = _digest(hostile_seeds)
    out = tmp_path_factory.mktemp("hostile_site") / "reports"
    build_reports(hostile_seeds, out, jobs=2)
    assert _digest(hostile_seeds) == before  # no run modifies seeds/
    return out


def test_hostile_articles_load_and_lose_nothing(hostile_seeds):
    corpus = load_corpus(hostile_seeds)
    assert set(HOSTILE) <= set(corpus.documents["doc_id"])
    for name, text in HOSTILE.items():
        paras = corpus.paragraphs[corpus.paragraphs["doc_id"] == name]
        assert "".join(paras["raw"]) == text
    docs = corpus.documents.set_index("doc_id")
    assert (
        docs.loc["h_vietnamese", "title"] == "Đảng Cộng sản Việt Nam tăng cường quan hệ đối ngoại"
    )
    assert docs.loc["h_only_title", "title"] == "An article that is only a title"


def test_every_page_renders_hostile_text_as_plain_text(hostile_site):
    pages = list(hostile_site.rglob("*.html"))
    assert len(pages) >= 3 + 1 + len(HOSTILE) + 5
    for page in pages:
        text = page.read_text(encoding="utf-8")
        tags = _tags(text)
        assert not [t for t in tags if t[0] == "script" and "PWNED" in str(t)], page
        assert not [
            t for t in tags if t[0] == "img" and not t[1].get("src", "").startswith("data:image/")
        ], page
        assert not [t for t in tags if t[1].get("href", "").lower().startswith("javascript:")]
        assert not [t for t in tags if any(k.startswith("on") for k in t[1])], page
        assert "MathJax" not in text, page
    overview = (hostile_site / "overview.html").read_text(encoding="utf-8")
    assert "Đảng Cộng sản Việt Nam tăng cường quan hệ đối ngoại" in overview
    # the markup line is no headline (the metadata reader scores it as page chrome); the
    # document's page shows it, as text
    script_page = (hostile_site / "docs" / "h_script.html").read_text(encoding="utf-8")
    assert "<script>document.title='PWNED'" in html.unescape(script_page)
    assert "<script>document.title" not in script_page
    profile = html.unescape((hostile_site / "docs" / "h_markup.html").read_text(encoding="utf-8"))
    assert "Costs of $5 and $10: *bold* _italic_ `code` # not a heading" in profile


@pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium is not installed")
def test_no_script_runs_and_layout_holds_in_a_browser(hostile_site):
    from playwright.sync_api import sync_playwright

    from tests.test_browser import CHROMIUM, CHROMIUM_ARGS

    problems: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        context.route(
            "**/*",
            lambda r: (
                r.continue_()
                if r.request.url.startswith(("file:", "data:"))
                else (problems.append(r.request.url), r.abort())
            ),
        )
        for path in sorted(hostile_site.rglob("*.html")):
            page = context.new_page()
            page.on("console", lambda m, p=path: problems.append(f"{p.name}: {m.text}"))
            page.on("pageerror", lambda e, p=path: problems.append(f"{p.name}: {e}"))
            page.on("dialog", lambda d, p=path: problems.append(f"{p.name}: dialog {d.message}"))
            page.goto(path.as_uri(), wait_until="load")
            assert "PWNED" not in page.title(), path
            for link in page.locator("a").all()[:50]:
                assert not (link.get_attribute("href") or "").startswith("javascript:"), path
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 1300, f"{path.name}: {width}px wide, long text does not wrap"
            page.close()
        browser.close()
    assert not problems, problems


# --- failures while building ------------------------------------------------------------


def _notebooks_with(tmp_path: Path, source: str) -> Path:
    folder = tmp_path / "notebooks"
    folder.mkdir(exist_ok=True)
    nb = nbformat.read(NOTEBOOKS_DIR / "overview.ipynb", as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell(source))
    nbformat.write(nb, folder / "overview.ipynb")
    return folder


@pytest.fixture
def good_site(tmp_path) -> Path:
    out = tmp_path / "reports"
    build_reports(SEEDS, out, only=["overview"])
    return out


@pytest.mark.parametrize(
    ("source", "timeout", "expected"),
    [
        ("import os\nos._exit(1)", 300, "kernel died"),
        ("import time\ntime.sleep(600)", 20, "longer than the timeout"),
        ("raise MemoryError('simulated')", 300, "MemoryError"),
    ],
    ids=["kernel-dies", "cell-timeout", "raises"],
)
def test_failing_notebooks_leave_the_previous_site(tmp_path, good_site, source, timeout, expected):
    before = _digest(good_site)
    seeds_before = _digest(SEEDS)
    with pytest.raises(NotebookFailedError, match=expected) as failure:
        build_reports(
            SEEDS, good_site, notebooks_dir=_notebooks_with(tmp_path, source), timeout=timeout
        )
    assert "\n" not in str(failure.value) and "Traceback" not in str(failure.value)
    assert {k: v for k, v in _digest(good_site).items() if not k.startswith("_failed/")} == before
    assert _digest(SEEDS) == seeds_before


def test_unwritable_output_is_refused_before_work(tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(ReportError, match="cannot be written"):
        check_writable(blocker / "reports")
    with pytest.raises(ReportError, match="cannot be written"):
        check_writable(Path("/proc/no-such-reports"))
    code = cli.main(["report", "--seeds", str(SEEDS), "--out", str(blocker / "reports")])
    assert code == 1
    assert "cannot be written" in capsys.readouterr().err


def test_seeds_that_are_not_a_folder_exit_2(tmp_path, capsys):
    not_a_folder = tmp_path / "seeds.txt"
    not_a_folder.write_text("x", encoding="utf-8")
    assert cli.main(["report", "--seeds", str(not_a_folder), "--out", str(tmp_path)]) == 2
    assert "is not a folder" in capsys.readouterr().err


def test_an_unreadable_file_is_rejected_not_fatal(tmp_path):
    shutil.copy(next(SEEDS.glob("004*.txt")), tmp_path / "good.txt")
    os.symlink(tmp_path / "missing-target.txt", tmp_path / "dangling.txt")
    corpus = load_corpus(tmp_path)
    assert corpus.documents["doc_id"].tolist() == ["good"]
    assert "dangling.txt" in corpus.rejected["path"].iloc[0]


# --- parameters are data ------------------------------------------------------------------

ECHO_CELL = "print(repr(label))"


@pytest.mark.parametrize(
    "value",
    [
        "__import__('os').system('touch PWNED')",
        "quotes ' \" and ''' triple",
        "new\nline and back\\slash \\n",
        "'); import os; os.system('touch PWNED'); ('",
    ],
)
def test_parameter_values_arrive_as_plain_strings(tmp_path, value):
    folder = tmp_path / "notebooks"
    folder.mkdir()
    nb = nbformat.read(NOTEBOOKS_DIR / "overview.ipynb", as_version=4)
    params = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
    params.source += '\n# A free-text label.\nlabel = ""\n'
    nb.cells.append(nbformat.v4.new_code_cell(ECHO_CELL))
    nbformat.write(nb, folder / "overview.ipynb")
    out = tmp_path / "reports"
    build_reports(SEEDS, out, params={"label": value}, notebooks_dir=folder)
    page = (out / "overview.html").read_text(encoding="utf-8")
    assert repr(value) in html.unescape(page)
    assert not list(tmp_path.rglob("PWNED")) and not Path("PWNED").exists()
