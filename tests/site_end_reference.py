"""The end step of the site build as it was before it worked per block (slow reference):
the search records and the index themes made from the whole corpus at once.
``tests/test_site_end_blocks.py`` compares the block-wise versions with these."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.annotators.themes import theme_prevalence
from analysis.core.rows import take_rows
from analysis.ingest.corpus import Corpus
from analysis.site.notebook import rows_of
from analysis.site.site_pages import main_themes
from analysis.site.site_search import SEARCH_FOLDER, SEARCH_KINDS, _script


def whole_search_records(corpus: Corpus) -> pd.DataFrame:
    """Every searchable paragraph of the corpus, taken at once."""
    paras = corpus.held_paragraphs()
    keep = paras["kind"].isin(SEARCH_KINDS) & (paras["repeat_of"] < 0) & (paras["text"] != "")
    return take_rows(paras[["doc_id", "para_id", "text"]], np.flatnonzero(keep.to_numpy()))


def whole_search_data(
    site_dir: Path, corpus: Corpus, href_of: Callable[[str], str], shard_chars: int
) -> int:
    """The search files from every record held at once; the number of shards."""
    folder = site_dir / SEARCH_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    docs = corpus.held_documents()
    number = {doc_id: i for i, doc_id in enumerate(docs["doc_id"])}
    dates = docs["published"].dt.strftime("%Y-%m-%d").fillna("")
    entries = [
        [doc_id, title, outlet, date, href_of(doc_id)]
        for doc_id, title, outlet, date in zip(
            docs["doc_id"], docs["title"], docs["outlet"], dates, strict=True
        )
    ]
    (folder / "docs.js").write_text(_script("vnSearchDocs", entries), encoding="utf-8")
    shards: list[list[list[object]]] = [[]]
    size = 0
    for doc_id, para_id, text in whole_search_records(corpus).itertuples(index=False):
        shards[-1].append([number[doc_id], int(para_id), text])
        size += len(text)
        if size >= shard_chars:
            shards.append([])
            size = 0
    if not shards[-1] and len(shards) > 1:
        shards.pop()
    for n, rows in enumerate(shards):
        path = folder / f"shard-{n:04d}.js"
        path.write_text(_script("vnSearchShard", rows), encoding="utf-8")
    return len(shards)


def whole_index_themes(shown: Corpus, hits: pd.DataFrame) -> dict[str, str]:
    """doc_id -> main themes from the prevalence of the whole corpus at once."""
    return main_themes(theme_prevalence(shown, rows_of(hits, shown), by="doc_id"))
