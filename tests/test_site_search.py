"""The search data of the report site (analysis.site.site_search) and the table anchors it links to."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd

from analysis.analyses.profile import document_outline
from analysis.ingest.corpus import Corpus
from analysis.site.notebook import table_html
from analysis.site.site_pages import write_search_page
from analysis.site.site_search import search_records, write_search_data
from tests.conftest import PAGE_FOOTER

FOOTER = {k: v for k, v in PAGE_FOOTER.items() if k != "index_href"}


def _rows(folder: Path) -> list[list[object]]:
    rows: list[list[object]] = []
    for shard in sorted(folder.glob("shard-*.js")):
        text = shard.read_text(encoding="utf-8")
        assert text.startswith("window.vnSearchShard(") and text.endswith(");\n")
        rows += json.loads(text[len("window.vnSearchShard(") : -3])
    return rows


def test_search_covers_article_text_and_captions_but_not_furniture(samples: Corpus) -> None:
    records = search_records(samples)
    kinds = samples.paragraphs.set_index(["doc_id", "para_id"]).loc[
        list(zip(records["doc_id"], records["para_id"], strict=True)), "kind"
    ]
    assert set(kinds) <= {"title", "lede", "heading", "body", "caption"}
    assert {"body", "title"} <= set(kinds)
    body = samples.paragraphs[samples.paragraphs["kind"] == "body"]
    assert len(records) >= len(body[body["repeat_of"] < 0])


def test_shards_hold_every_record_once_and_docs_link_to_pages(
    samples: Corpus, tmp_path: Path, monkeypatch
) -> None:
    import analysis.site.site_search as site_search

    monkeypatch.setattr(site_search, "SHARD_CHARS", 5_000)  # force several shards
    n = write_search_data(tmp_path, samples, lambda d: f"docs/{d}.html")
    folder = tmp_path / "search"
    assert n == len(list(folder.glob("shard-*.js"))) > 1
    rows = _rows(folder)
    records = search_records(samples)
    assert [r[2] for r in rows] == records["text"].tolist()
    docs_js = (folder / "docs.js").read_text(encoding="utf-8")
    docs = json.loads(docs_js[len("window.vnSearchDocs(") : -3])
    assert [d[0] for d in docs] == samples.documents["doc_id"].tolist()
    assert all(d[4] == f"docs/{d[0]}.html" for d in docs)
    assert {docs[r[0]][0] for r in rows} == set(records["doc_id"])
    page = write_search_page(tmp_path / "site", samples, {d[0]: d[4] for d in docs}, FOOTER)
    text = page.read_text(encoding="utf-8")
    assert f'data-search-shards="{n}"' in text and 'data-search-root="search/"' in text
    assert f"every paragraph of the {len(samples):,} articles" in text


def test_a_paragraph_table_gives_every_row_an_anchor_the_search_links_to(samples: Corpus) -> None:
    doc_id = samples.documents["doc_id"].iloc[0]
    outline = document_outline(samples, doc_id)
    page = table_html(outline, max_rows=5)
    ids = re.findall(r'<tr id="p(\d+)"', page)
    assert [int(i) for i in ids] == outline["para_id"].tolist()
    assert page.count('class="report-more"') == len(outline) - 5
    # a table that is not one row per paragraph gets no anchors
    assert 'id="p' not in table_html(samples.paragraphs.head(8))


def test_a_long_table_carries_its_rows_as_escaped_data() -> None:
    from analysis.site.notebook import DATA_ROWS_FROM

    n = DATA_ROWS_FROM + 50
    frame = pd.DataFrame({"doc_id": [f"d{i}" for i in range(n)], "text": ["</script><b>x</b>"] * n})
    page = table_html(frame, max_rows=10)
    body = page.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    assert body.count("<tr") == 10  # what a reader without JavaScript sees
    data = re.search(
        r'<script type="application/json" class="report-table-data">(.*?)</script>', page
    )
    rows = json.loads(data.group(1))
    assert len(rows) == n and rows[0] == ["d0", "&lt;/script&gt;&lt;b&gt;x&lt;/b&gt;"]
    assert "</script><b>" not in page
