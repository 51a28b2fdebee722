"""Shared fixtures: the real sample corpus, loaded once per test session, and headless
Chromium opening site pages offline (``browser``, ``open_page``); the toy corpus and toy
theme dictionary and the samples' theme hits that the ``test_theme_*`` files share; the
samples' events and claims (``corpus``, ``events``, ``claims``, ``doc``) that the timeline's
test files share; the gazetteer and a copy of its files (``gazetteer``, ``gazetteer_copy``);
the samples with inferred dates (``dated``) for the overview and profile tests.

Hypothesis runs without a per-example deadline: its 200 ms default made property tests fail
on a loaded machine (a scheduled build beside the suite) while their examples were right.
It draws derandomized (a seed fixed by each test's code), so a run on a clean clone draws
what the same commit drew here: a property that held before landing holds in CI, and a
draw that breaks it is found with the change that made it. To explore fresh draws, run
``pytest --hypothesis-profile=explore`` (random seeds); add what it finds as an ``@example``."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pandas as pd
import pytest
import yaml
from hypothesis import settings

from analysis import Corpus, load_corpus
from analysis.core.schema import CONTENT_KINDS
from analysis.core.text import count_words, split_sentences_table

settings.register_profile("analysis", deadline=None, derandomize=True)
settings.register_profile("explore", deadline=None)
settings.load_profile("analysis")

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
#: The footer of a document page rendered in a test (what ``reports.footer_info`` gives).
PAGE_FOOTER = {
    "built": "2026-01-01 00:00 UTC",
    "version": "0",
    "corpus_hash": "abc",
    "n_documents": "5",
    "seeds_dir": "seeds",
    "parameters": "defaults",
    "index_href": "../index.html",
}


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


# doc_id, para_id, kind, text, repeat_of
TOY_PARAGRAPHS = [
    ("a", 0, "title", "Bamboo diplomacy and China", -1),
    ("a", 1, "lede", "Vietnam upholds bamboo diplomacy. Laos agrees.", -1),
    ("a", 2, "caption", "Leaders discuss bamboo diplomacy with China (Photo: VNA)", -1),
    (
        "a",
        3,
        "body",
        "Relations with China and the Communist Party of China grew. The pandemic ended.",
        -1,
    ),
    ("a", 4, "boilerplate", "Related: vaccine diplomacy with Laos", -1),
    ("a", 5, "lede", "Vietnam upholds bamboo diplomacy. Laos agrees.", 1),
    ("b", 0, "lede", "Vaccines reached Laos, and the US sent vaccine doses.", -1),
    ("b", 1, "heading", "Trade and investment", -1),
    ("b", 2, "credit", "(VNA/VLLF) bamboo", -1),
]
TOY_DICTIONARY = {
    "themes": [
        {"id": "alpha", "label": "Alpha", "definition": "Bamboo.", "terms": ["bamboo"]},
        {
            "id": "beta",
            "label": "Beta",
            "definition": "Neighbours.",
            "terms": ["china", "laos"],
            "exclude": ["communist party of china"],
        },
        {
            "id": "gamma",
            "label": "Gamma",
            "definition": "Pandemic.",
            "terms": ["pandemic*", "vaccine*"],
        },
    ]
}


def toy_corpus(paragraphs: list[tuple[str, int, str, str, int]] = TOY_PARAGRAPHS) -> Corpus:
    """A tiny hand-built corpus with the columns of ``analysis.core.schema``."""
    paras = pd.DataFrame(paragraphs, columns=["doc_id", "para_id", "kind", "text", "repeat_of"])
    paras = paras.assign(raw=paras["text"] + "\n", line=paras["para_id"] + 1)
    content = paras.loc[paras["kind"].isin(CONTENT_KINDS) & (paras["repeat_of"] < 0)]
    doc_ids = sorted(paras["doc_id"].unique())
    documents = pd.DataFrame(
        {
            "doc_id": doc_ids,
            "title": [f"Title {d}" for d in doc_ids],
            "outlet": ["Outlet One" if d == "a" else "" for d in doc_ids],
            "published": pd.to_datetime(["2021-05-01" if d == "a" else None for d in doc_ids]),
            "n_words": [
                sum(count_words(t) for t in content.loc[content["doc_id"] == d, "text"])
                for d in doc_ids
            ],
            "duplicate_of": ["" for _ in doc_ids],
        }
    )
    sentences = split_sentences_table(paras.loc[paras["kind"] != "boilerplate"])
    return Corpus(
        documents=documents, paragraphs=paras, sentences=sentences, rejected=pd.DataFrame()
    )


@pytest.fixture()
def toy_dictionary(tmp_path: Path) -> Path:
    path = tmp_path / "toy.yaml"
    path.write_text(yaml.safe_dump(TOY_DICTIONARY), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def sample_hits(samples: Corpus) -> pd.DataFrame:
    from analysis.annotators.themes import theme_hits

    return theme_hits(samples)


def _paragraph_hits(texts: list[str], themes=None) -> pd.DataFrame:
    from analysis.analyses.validation import paragraph_corpus
    from analysis.annotators.themes import theme_hits

    table = pd.DataFrame({"doc_id": [f"p{i}" for i in range(len(texts))], "para_id": 0})
    return theme_hits(paragraph_corpus(table.assign(text=texts)), themes)


@pytest.fixture(scope="session")
def corpus() -> Corpus:
    """The five sample articles, loaded once."""
    return load_corpus(SEEDS)


@pytest.fixture(scope="session")
def events(corpus: Corpus) -> pd.DataFrame:
    from analysis.annotators.timeline import extract_events

    return extract_events(corpus)


@pytest.fixture(scope="session")
def claims(corpus: Corpus) -> pd.DataFrame:
    from analysis.annotators.timeline import extract_claims

    return extract_claims(corpus)


def doc(corpus: Corpus, prefix: str) -> str:
    ids = [d for d in corpus.documents["doc_id"] if d.startswith(prefix)]
    assert len(ids) == 1, ids
    return ids[0]


@pytest.fixture(scope="module")
def gazetteer():
    from analysis.annotators.entities import load_gazetteer

    return load_gazetteer()


@pytest.fixture()
def gazetteer_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "gaz"
    folder.mkdir()
    from analysis.annotators.entities import default_gazetteer_dir

    for path in default_gazetteer_dir().glob("gazetteer_*.csv"):
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture(scope="module")
def sample_mentions(samples):
    """The actor mentions of the samples (``entities.extract_mentions``)."""
    from analysis.annotators.entities import extract_mentions

    return extract_mentions(samples)


@pytest.fixture(scope="module")
def dated(samples):
    from analysis.annotators.timeline import with_inferred_dates

    return with_inferred_dates(samples)


@pytest.fixture(scope="module")
def plan():
    """The declared document page's plan (``analysis/data/document_page.yaml``)."""
    from analysis.site.document_pages import page_plan

    return page_plan("Document profile")


@pytest.fixture
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty cache folder and an empty in-process layer for one test (the cache tests
    mark their module with it); yields the folder."""
    from analysis.annotators import cached

    monkeypatch.setenv("VN_CORPUS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("VN_CORPUS_CACHE", raising=False)
    cached.clear()
    yield tmp_path / "cache"
    cached.clear()
