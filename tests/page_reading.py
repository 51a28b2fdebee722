"""Reading one page as the loader does, for tests: parse it, build its documents row, and
apply a ``metadata.csv`` sidecar giving its address when one is given; and the kind the
layout reader gave each line of a page."""

from __future__ import annotations

import pandas as pd

from analysis.ingest.file_parsing import build_documents, parse_document
from analysis.ingest.layout.lines import Article
from analysis.ingest.sidecar_overlay import apply_sidecar


def read_page(text: str, url: str = "") -> pd.Series:
    """The documents row of one page ``text`` (doc_id ``page``), with ``url`` given in a
    sidecar when not empty (so the address's date and outlet are read)."""
    row, _ = parse_document("page", "page.txt", text.encode("utf-8"))
    documents = build_documents([row])
    if url:
        sidecar = pd.DataFrame({"url": [url]}, index=pd.Index(["page"], name="doc_id"))
        documents = apply_sidecar(documents, sidecar)
    return documents.iloc[0]


def line_kinds(article: Article) -> dict[str, str]:
    """The kind the layout reader gave each paragraph of ``article``, by its stripped text
    ("boilerplate", "body", "title", ...; a text printed twice keeps its last kind)."""
    return {p.text.strip(): p.kind for p in article.paragraphs}
