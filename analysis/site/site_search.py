"""Full-text search of the report site, offline: the data the search page scans.

``write_search_data`` writes every article paragraph a reader may look for (title, lede,
headings, body and photo captions; not page furniture, credits or repeated ledes) into
plain JavaScript files under ``<site>/search/``: ``docs.js`` with one entry per document
(doc_id, title, outlet, date, link to its page) and ``shard-NNNN.js`` files of about
``SHARD_CHARS`` characters of ``[document number, para_id, text]`` rows. ``search.html``
(``templates/site/search.html.j2``) loads them with ``assets/search.js`` on the first search: a page
opened from ``file://`` may load scripts but not fetch JSON.

Search is a scan, not an inverted index: it finds any word or exact phrase, ignoring case
and diacritics. Measured in headless Chromium on a 1,000-article site (11 MB of text in 6
shards): the first search, which loads the shards, 0.38 s; later searches 0.08-0.10 s. A
phrase index would be larger than the text it indexes.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.core.rows import take_rows
from analysis.ingest.corpus import Corpus

SEARCH_FOLDER = "search"
SEARCH_KINDS = ("title", "lede", "heading", "body", "caption")
SHARD_CHARS = 2_000_000


#: Paragraph rows the search data is made from at a time (``search_blocks``): a block's
#: records (their text taken) and one shard of rows are all it holds, whatever the corpus.
BLOCK_PARAGRAPHS = 50_000


def search_blocks(
    corpus: Corpus, rows: int = BLOCK_PARAGRAPHS, paragraphs: Iterable[pd.DataFrame] | None = None
) -> Iterator[pd.DataFrame]:
    """``search_records(corpus)`` in consecutive pieces, made one at a time from ``rows``
    paragraphs of the corpus each (a slice of its paragraphs table, no copy), so only one
    block's text is taken at once. ``paragraphs``: the corpus's paragraphs table (its
    ``doc_id``, ``para_id``, ``kind``, ``repeat_of`` and ``text`` at least) in consecutive
    pieces, in its order, read from elsewhere (``build_corpus.BuildCorpus.search_paragraphs``:
    a corpus without its text), one piece per block.
    """
    for part in paragraphs if paragraphs is not None else _slices(corpus, rows):
        keep = part["kind"].isin(SEARCH_KINDS) & (part["repeat_of"] < 0) & (part["text"] != "")
        # taken chunk by chunk (``take_rows``): a boolean mask on a text column of many
        # chunks joins them all first, a second copy of the block's text
        yield take_rows(part[["doc_id", "para_id", "text"]], np.flatnonzero(keep.to_numpy()))


def _slices(corpus: Corpus, rows: int) -> Iterator[pd.DataFrame]:
    """The corpus's paragraphs (the columns ``search_blocks`` reads), ``rows`` at a time."""
    paras = corpus.held_paragraphs()[["doc_id", "para_id", "kind", "repeat_of", "text"]]
    for start in range(0, max(len(paras), 1), max(int(rows), 1)):
        yield paras.iloc[start : start + max(int(rows), 1)]


def search_records(corpus: Corpus) -> pd.DataFrame:
    """The paragraphs the search page covers, in document and paragraph order.

    Rows: one per paragraph of a ``SEARCH_KINDS`` kind that is not a repeat; columns
    ``doc_id``, ``para_id``, ``text``. (The whole table at once: ``write_search_data``
    reads ``search_blocks`` instead.)
    """
    return pd.concat(list(search_blocks(corpus)), ignore_index=True)


def _script(function: str, rows: list) -> str:
    # json.dumps escapes nothing that could end a <script> early, but these are files, not
    # inline scripts; ensure_ascii keeps them valid whatever the reader's locale.
    return f"window.{function}({json.dumps(rows, ensure_ascii=True, separators=(',', ':'))});\n"


def write_search_data(
    site_dir: Path,
    corpus: Corpus,
    href_of: Callable[[str], str],
    *,
    rows: int = BLOCK_PARAGRAPHS,
    paragraphs: Iterable[pd.DataFrame] | None = None,
) -> int:
    """Write ``<site_dir>/search/docs.js`` and the paragraph shards; the number of shards.

    ``href_of(doc_id)`` is the link from the site root to the document's page. The records
    are read ``rows`` paragraphs at a time (``search_blocks``) and each shard is written when
    full, so memory stays bounded by a block and a shard; the files do not depend on ``rows``.
    ``paragraphs``: the paragraphs' pieces to read instead of the corpus's (``search_blocks``).
    """
    folder = site_dir / SEARCH_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    docs = corpus.held_documents()  # no text needed (nor made)
    number = {doc_id: i for i, doc_id in enumerate(docs["doc_id"])}
    dates = docs["published"].dt.strftime("%Y-%m-%d").fillna("")
    entries = [
        [doc_id, title, outlet, date, href_of(doc_id)]
        for doc_id, title, outlet, date in zip(
            docs["doc_id"], docs["title"], docs["outlet"], dates, strict=True
        )
    ]
    (folder / "docs.js").write_text(_script("vnSearchDocs", entries), encoding="utf-8")
    shard: list[list[object]] = []
    size = n_shards = 0
    for block in search_blocks(corpus, rows, paragraphs):  # one block's records at a time
        for doc_id, para_id, text in block.itertuples(index=False):
            shard.append([number[doc_id], int(para_id), text])
            size += len(text)
            if size >= SHARD_CHARS:  # written as soon as full: one shard held at a time
                _write_shard(folder, n_shards, shard)
                n_shards, shard, size = n_shards + 1, [], 0
    if shard or n_shards == 0:
        _write_shard(folder, n_shards, shard)
        n_shards += 1
    return n_shards


def _write_shard(folder: Path, n: int, rows: list[list[object]]) -> None:
    (folder / f"shard-{n:04d}.js").write_text(_script("vnSearchShard", rows), encoding="utf-8")
