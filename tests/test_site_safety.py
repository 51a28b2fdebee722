"""The site builder never loses a user's files, survives being killed, and builds from any
selection and any file name.

Fast tests call the functions the build is made of; tests that build a site are ``slow``.
No test points a build at a folder it could destroy on an older version of the builder:
the folders at risk are copies in ``tmp_path``.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse

import nbformat
import pytest

from analysis import cli
from analysis.core.errors import ParameterError
from analysis.site import reports as rp
from analysis.site.document_pages import MAX_PAGE_STEM_BYTES, page_name
from analysis.site.reports import (
    NOTEBOOKS_DIR,
    SITE_MARKER,
    NotebookFailedError,
    build_reports,
    discover_notebooks,
    keep_failed,
    make_work_folder,
    recover_site,
    validate_parameters,
)
from analysis.site.site_pages import page_href
from analysis.site.site_safety import executed_path
from tests.conftest import ROOT, SEEDS

PROSE = (
    "Vietnam and Laos agreed in Hanoi on March 3, 2023 to deepen cooperation in trade, "
    "education and culture, officials said after talks both sides called productive.\n\n"
    "The two parties also reviewed their exchanges of delegations and training of cadres, "
    "and the ministers signed a plan for the next five years of cooperation.\n"
)


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def seeds(tmp_path) -> Path:
    """A copy of the samples that a test may put at risk."""
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    return folder


@pytest.fixture
def home(tmp_path_factory, monkeypatch) -> Path:
    folder = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(folder))
    return folder


def _site(folder: Path, page: str = "<p>old site</p>") -> Path:
    folder.mkdir(parents=True)
    (folder / "index.html").write_text(page, encoding="utf-8")
    rp.write_site_marker(folder)
    return folder


# --- 1. --out only ever replaces a site the builder made -------------------------------------


def test_the_cli_refuses_a_dangerous_out_before_any_work(seeds, capsys, monkeypatch):
    def no_work(*args, **kwargs):
        raise AssertionError("the corpus was loaded before --out was checked")

    monkeypatch.setattr(rp, "shared_corpus", no_work)
    before = _digest(seeds)
    code = cli.main(["report", "--seeds", str(seeds), "--out", str(seeds), "--quiet"])
    err = capsys.readouterr().err
    assert code == 2 and "'--out'" in err and str(seeds) in err and "seeds folder" in err
    assert _digest(seeds) == before


def test_only_never_copies_an_unrelated_folder(tmp_path, seeds, home, capsys, monkeypatch):
    monkeypatch.setattr(rp.shutil, "copytree", lambda *a, **k: pytest.fail("copied"))
    mine = tmp_path / "mydocs"
    (mine / "deep").mkdir(parents=True)
    (mine / "deep" / "data.csv").write_text("a,b\n", encoding="utf-8")
    args = ["report", "--seeds", str(seeds), "--out", str(mine), "--only", "overview"]
    assert cli.main(args) == 2
    assert "mydocs" in capsys.readouterr().err
    assert (mine / "deep" / "data.csv").read_text(encoding="utf-8") == "a,b\n"


# --- 2. a build killed while swapping, or by SIGTERM ---------------------------------------


def test_a_site_hidden_by_a_killed_swap_is_put_back_and_leftovers_go(tmp_path):
    out = tmp_path / "reports"
    _site(out, "<p>the last good site</p>")
    before = _digest(out)
    out.rename(tmp_path / ".reports.old-4242")  # killed between the two renames
    (tmp_path / ".reports.build-4242-0a1b2c3d" / "docs").mkdir(parents=True)
    (tmp_path / ".reports.build-4242-0a1b2c3d" / "index.html").write_text("half built")
    (tmp_path / ".reports.build-x1y2z3w4").mkdir()  # mkdtemp name of an older version
    (tmp_path / ".reports.notes").mkdir()  # not the builder's
    recover_site(out)
    assert _digest(out) == before
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == [".reports.notes", "reports"]


def test_leftovers_of_dead_builds_go_when_the_site_is_there(tmp_path):
    out = _site(tmp_path / "reports", "<p>current</p>")
    before = _digest(out)
    stale = _site(tmp_path / ".reports.old-17", "<p>older</p>")
    (tmp_path / ".reports.build-17-ffffffff").mkdir()
    recover_site(out)
    assert _digest(out) == before and not stale.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reports"]


def test_sigterm_stops_like_ctrl_c_only_inside_main(monkeypatch, capsys, tmp_path):
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL  # importing installs nothing
    cleaned = []

    def build(*args, **kwargs):
        try:
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(5)
        finally:
            cleaned.append(True)
        raise AssertionError("SIGTERM did not stop the build")

    monkeypatch.setattr(rp, "build_reports", build)
    started = time.perf_counter()
    code = cli.main(["report", "--out", str(tmp_path / "site")])
    assert code == 1 and cleaned == [True] and time.perf_counter() - started < 4
    err = capsys.readouterr().err.strip()
    assert err == "terminated (SIGTERM); the previous reports were left as they were"
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL  # put back after main


# --- 3. a full disk ------------------------------------------------------------------------


def _disk_full(*args, **kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_a_full_disk_keeps_nothing_in_the_live_site(tmp_path, monkeypatch):
    out = _site(tmp_path / "reports")
    before = _digest(out)
    work = tmp_path / "work"
    executed = work / "_executed" / "overview.ipynb"
    executed.parent.mkdir(parents=True)
    executed.write_bytes(b"")  # what a full disk leaves
    spec = next(s for s in discover_notebooks(NOTEBOOKS_DIR) if s.name == "overview")
    job = rp.Job(spec, {}, "overview.html", "overview")
    assert keep_failed(work, out, job, OSError(errno.ENOSPC, "No space left on device")) is None
    assert _digest(out) == before

    def half_written(src, dst, *args, **kwargs):
        Path(dst).write_bytes(b"{")
        _disk_full()

    monkeypatch.setattr(rp.shutil, "copyfile", half_written)
    monkeypatch.setattr(rp.shutil, "copy2", half_written)
    assert keep_failed(work, out, job, RuntimeError("the notebook failed")) is None
    assert _digest(out) == before and not (out / "_failed").exists()


@pytest.mark.slow
def test_a_full_disk_reports_the_first_error_and_leaves_the_site(seeds, tmp_path, monkeypatch):
    out = _site(tmp_path / "reports")
    before = _digest(out)

    def run_job(job, work, **kwargs):
        executed = executed_path(work, job)
        executed.parent.mkdir(parents=True, exist_ok=True)
        executed.write_bytes(b"")
        _disk_full()

    def copy_when_full(copy):
        def copy_or_fail(src, dst, *args, **kwargs):
            if "_executed" in str(src):  # the disk stays full after the first error
                Path(dst).write_bytes(b"")
                _disk_full()
            return copy(src, dst, *args, **kwargs)

        return copy_or_fail

    monkeypatch.setattr(rp, "run_job", run_job)
    monkeypatch.setattr(rp.shutil, "copy2", copy_when_full(shutil.copy2))
    monkeypatch.setattr(rp.shutil, "copyfile", copy_when_full(shutil.copyfile))
    with pytest.raises(NotebookFailedError, match=r"disk is full.*No space left") as failure:
        build_reports(seeds, out, only=["overview"])
    assert failure.value.kept is None
    assert _digest(out) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".reports.b")] == []


# --- 4. permissions --------------------------------------------------------------------------


@pytest.mark.parametrize("umask", [0o022, 0o027, 0o002])
def test_the_site_folder_follows_the_umask(tmp_path, umask):
    previous = os.umask(umask)
    try:
        work = make_work_folder(tmp_path / "reports")
    finally:
        os.umask(previous)
    assert work.stat().st_mode & 0o777 == 0o777 & ~umask
    assert work.name.startswith(".reports.build-")


# --- 5. parameters checked before anything runs -------------------------------------------


@pytest.fixture(scope="module")
def specs():
    return discover_notebooks(NOTEBOOKS_DIR)


@pytest.mark.parametrize("timeout", ["0", "-5"])
def test_a_timeout_below_one_second_exits_2(tmp_path, capsys, timeout, monkeypatch):
    monkeypatch.setattr(rp, "shared_corpus", lambda *a, **k: pytest.fail("work started"))
    args = ["report", "--out", str(tmp_path / "site"), f"--timeout={timeout}"]
    assert cli.main(args) == 2
    assert "'--timeout'" in capsys.readouterr().err


def test_k_topics_is_bounded_by_the_paragraphs(specs, samples):
    with pytest.raises(ParameterError, match=r"'k_topics' = 100000.*between 2 and \d+"):
        validate_parameters(specs, {"k_topics": "100000"}, samples)
    one = samples.documents["doc_id"].iloc[0]  # the bound is the selection's, not the corpus's
    with pytest.raises(ParameterError, match=r"'k_topics' = 60 .* only 33 lede and body"):
        validate_parameters(specs, {"doc_ids": one, "k_topics": "60"}, samples)
    assert validate_parameters(specs, {"k_topics": "3"}, samples) == {"k_topics": 3}
    # an empty selection has no topics to bound: its report is empty, not refused
    assert validate_parameters(specs, {"date_from": "2100", "k_topics": "9"}, samples)


def test_top_n_below_one_is_refused(specs, samples):
    with pytest.raises(ParameterError, match="'top_n' = 0"):
        validate_parameters(specs, {"top_n": "0"}, samples)


@pytest.mark.parametrize("option", ["--seeds", "--out"])
def test_a_symlink_loop_exits_2_naming_the_option(tmp_path, capsys, option, monkeypatch):
    monkeypatch.setattr(rp, "shared_corpus", lambda *a, **k: pytest.fail("work started"))
    os.symlink(tmp_path / "b", tmp_path / "a")
    os.symlink(tmp_path / "a", tmp_path / "b")
    given = {"--seeds": str(SEEDS), "--out": str(tmp_path / "site"), option: str(tmp_path / "a")}
    args = ["report", "--seeds", given["--seeds"], "--out", given["--out"]]
    assert cli.main(args) == 2
    err = capsys.readouterr().err
    assert f"'{option}'" in err and "symbolic link loop" in err


# --- 7. links and page names ---------------------------------------------------------------

ODD_IDS = ["a#1", "b?x=2", "c%41 d", "e\nf", "g&h<i>", "Đảng 'q\""]


def test_page_names_fit_the_file_name_limit_and_stay_unique():
    long_a, long_b = "a" * 251, "a" * 250 + "b"
    names = [page_name(long_a), page_name(long_b), page_name("ệ" * 84)]
    assert len(set(names)) == 3 and names[0] == page_name(long_a)  # unique, stable
    for name in names:
        stem = name.removesuffix(".html").encode()
        assert len(stem) <= MAX_PAGE_STEM_BYTES and len(f"docs__{name[:-5]}.ipynb".encode()) <= 255
    assert page_name("a" * MAX_PAGE_STEM_BYTES) == "a" * MAX_PAGE_STEM_BYTES + ".html"
    assert page_name("000_short") == "000_short.html"


@pytest.mark.parametrize("doc_id", ODD_IDS)
def test_hrefs_are_percent_encoded(doc_id):
    href = page_href(f"docs/{page_name(doc_id)}")
    assert re.fullmatch(r"[A-Za-z0-9_.~/%-]+", href), href
    assert unquote(href) == f"docs/{doc_id}.html"


class _Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str]] = []
        self._href: str | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self._href = dict(attrs).get("href")

    def handle_data(self, data):
        if self._href is not None:
            self.links.append((self._href, data))
            self._href = None


@pytest.mark.slow
def test_odd_and_long_doc_ids_get_working_links(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    long_id = "x" * 240 + "-" + "y" * 10  # 251 bytes + ".txt" = 255
    ids = [*ODD_IDS, long_id, long_id[:-1] + "z"]
    for n, doc_id in enumerate(ids):
        (seeds / f"{doc_id}.txt").write_text(f"Article number {n} on cooperation\n\n{PROSE}")
    out = tmp_path / "reports"
    build_reports(seeds, out, only=["document"])
    parser = _Anchors()
    parser.feed((out / "index.html").read_text(encoding="utf-8"))
    linked = {text: href for href, text in parser.links if href.startswith("docs/")}
    # a name with a line break is refused by the loader (tests/test_input_safety.py)
    assert sorted(linked) == sorted(i for i in ids if "\n" not in i)
    for doc_id, href in linked.items():
        # as a browser follows it: tabs and newlines dropped, "#" and "?" end the path
        url = urlparse(urljoin((out / "index.html").as_uri(), re.sub(r"[\t\n\r]", "", href)))
        assert not url.query and not url.fragment, (doc_id, href)
        page = Path(unquote(url.path))
        assert page.is_file() and page.parent == out / "docs", (doc_id, href)
        assert len(page.name.encode()) <= 255
        text = page.read_text(encoding="utf-8")
        assert 'href="../index.html"' in text
    assert linked[long_id] != linked[long_id[:-1] + "z"]


# --- the whole build: markers, modes, leftovers, SIGTERM ------------------------------------


@pytest.mark.slow
def test_a_build_marks_its_site_follows_the_umask_and_cleans_up(seeds, tmp_path):
    out = tmp_path / "reports"
    previous = os.umask(0o022)
    try:
        build_reports(seeds, out, only=["document"])
        out.rename(tmp_path / ".reports.old-99999")  # as a kill between the renames leaves
        (tmp_path / ".reports.old-99999").chmod(0o700)  # as older versions published it
        (tmp_path / ".reports.build-99999-00000000").mkdir()
        before = _digest(tmp_path / ".reports.old-99999")
        build_reports(seeds, out, only=["document"])
    finally:
        os.umask(previous)
    assert (out / SITE_MARKER).is_file() and _digest(out).keys() == before.keys()
    assert out.stat().st_mode & 0o777 == 0o755
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".reports.")] == [
        ".reports.lock"
    ]


@pytest.mark.slow
@pytest.mark.parametrize("jobs", [1, 2])
def test_sigterm_during_a_build_exits_cleanly(seeds, tmp_path, jobs):
    out = _site(tmp_path / "reports")
    before = _digest(out)
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    for name in ("first", "second", "third"):
        nb = nbformat.read(NOTEBOOKS_DIR / "overview.ipynb", as_version=4)
        flag = tmp_path / f"started-{name}"
        cell = f"import pathlib, time\npathlib.Path({str(flag)!r}).touch()\ntime.sleep(300)"
        nb.cells.append(nbformat.v4.new_code_cell(cell))
        nbformat.write(nb, notebooks / f"{name}.ipynb")
    command = [sys.executable, "-m", "analysis", "report", "--seeds", str(seeds)]
    command += ["--out", str(out), "--notebooks", str(notebooks), "--quiet", f"--jobs={jobs}"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.Popen(command, cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 180
    while len(list(tmp_path.glob("started-*"))) < jobs:
        assert time.monotonic() < deadline and run.poll() is None, run.communicate()
        time.sleep(0.2)
    signalled = time.monotonic()
    run.send_signal(signal.SIGTERM)
    code = run.wait(timeout=120)
    assert time.monotonic() - signalled < 30  # the running notebooks are not waited for
    err = run.stderr.read().strip().splitlines()
    assert code == 1 and err == [
        "terminated (SIGTERM); the previous reports were left as they were"
    ], err
    assert _digest(out) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".reports.")] == [
        ".reports.lock"
    ]


# --- 6. an empty selection gives an empty but valid report -----------------------------------

NO_MATCH_THEMES = """\
themes:
  - id: nothing_here
    label: Nothing here
    definition: A theme whose terms appear in no article.
    terms: [xylophone quartz, zebra cardigan]
"""
EVIDENCE_SHOWN = ["label", "text", "terms", "title", "outlet", "published"]
TOPICS_SHOWN = ["topic", "top_terms", "n_paragraphs", "closest_theme", "theme_share", "example"]


@pytest.fixture(scope="module")
def nothing(samples):
    """The samples filtered to a date range without any article."""
    empty = samples.filter(date_from="2100-01-01")
    assert len(empty) == 0
    return empty


@pytest.fixture(scope="module")
def no_match_themes(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("themes") / "themes.yaml"
    path.write_text(NO_MATCH_THEMES, encoding="utf-8")
    return path


def test_thematic_tables_of_an_empty_selection_are_empty(nothing):
    from analysis.analyses.keyterms import keyness, summarize_keyness
    from analysis.analyses.topics import topics
    from analysis.annotators.entities import party_candidates
    from analysis.annotators.themes import evidence_table, theme_hits

    hits = theme_hits(nothing)
    assert evidence_table(nothing, hits, n=2)[EVIDENCE_SHOWN].empty
    assert summarize_keyness(keyness(nothing, by="doc_id", top_n=10), top_n=10).empty
    found = topics(nothing, k=6, hits=hits)
    assert found[TOPICS_SHOWN].empty
    assert party_candidates(nothing).empty


def test_an_empty_seeds_folder_gives_empty_tables(tmp_path):
    from analysis import load_corpus
    from analysis.analyses.keyterms import keyness
    from analysis.analyses.topics import topics

    corpus = load_corpus(tmp_path)
    assert len(corpus) == 0
    assert keyness(corpus, by="doc_id", top_n=5).empty and topics(corpus).empty


def test_a_theme_file_that_matches_nothing_gives_empty_tables(samples, no_match_themes):
    from analysis.analyses.topics import topics
    from analysis.annotators.themes import (
        evidence_table,
        resolve_themes,
        theme_hits,
        theme_prevalence,
    )

    selected = resolve_themes(str(no_match_themes), [])
    hits = theme_hits(samples, selected)
    assert hits.empty
    assert evidence_table(samples, hits, n=2, themes=selected)[EVIDENCE_SHOWN].empty
    theme_prevalence(samples, hits, themes=selected)
    found = topics(samples, k=3, hits=hits)
    assert len(found) == 3 and (found["closest_theme"] == "").all()


def test_the_note_of_an_empty_selection_names_the_filters():
    from analysis.site.notebook import empty_selection_note

    note = empty_selection_note(5, {"outlets": [], "date_from": "2100", "date_to": ""})
    assert note.startswith("No document matches this selection (date_from = '2100') among the 5")
    assert "holds no article" in empty_selection_note(0, {})


def test_an_empty_count_chart_says_nothing_matches():
    import pandas as pd

    from analysis.plots.corpus import plot_counts

    fig = plot_counts(pd.DataFrame({"year": [], "n": []}), label="year", title="Per year")
    texts = [t.get_text() for ax in fig.axes for t in ax.texts]
    assert "Nothing to show for this selection" in texts


def _page_text(path: Path) -> str:
    """The words a reader sees on a page (no stylesheet, no markup)."""
    import html as html_module

    page = path.read_text(encoding="utf-8")
    page = re.sub(r"<(style|script)\b.*?</\1>", " ", page, flags=re.S)
    return html_module.unescape(re.sub(r"<[^>]+>", " ", page))


@pytest.mark.slow
@pytest.mark.parametrize("case", ["no-article-in-range", "empty-seeds", "no-theme-matches"])
def test_an_empty_selection_builds_a_valid_site(tmp_path, seeds, no_match_themes, case):
    params, folder = {}, seeds
    if case == "no-article-in-range":
        params = {"date_from": "2100-01-01"}
    elif case == "empty-seeds":
        folder = tmp_path / "empty"
        folder.mkdir()
    else:
        params = {"theme_file": str(no_match_themes)}
    out = tmp_path / "reports"
    result = build_reports(folder, out, params=params, jobs=2)  # no notebook raised
    pages = {job.page for job, _ in result.pages}
    assert {"overview.html", "thematic.html", "chronological.html"} <= pages
    thematic = " ".join(_page_text(out / "thematic.html").split())
    assert "Evidence quotes per theme None." in thematic
    if case != "no-theme-matches":
        assert not any(p.startswith("docs/") for p in pages)
        overview = " ".join(_page_text(out / "overview.html").split())
        assert "No document matches" in overview and "No document matches" in thematic
        if case == "no-article-in-range":
            assert "date_from = '2100-01-01') among the 5 articles" in overview
        assert "documents with a publication date 0 of 0" in overview
        assert "Distinctive terms per article None." in thematic
        assert "Topics, their top terms and closest theme None." in thematic
