"""What the tests of a page read with its sidecar share: the documents row a placeholder
page gives when its sidecar names the page's address."""

from __future__ import annotations

import pandas as pd

from analysis.core import schema
from analysis.ingest.corpus import build_documents, parse_document
from analysis.ingest.sidecar_overlay import apply_sidecar


def row_with_address(page: str, url: str) -> pd.Series:
    """The documents row of ``page`` (as ``p.txt``) when its sidecar names the address
    ``url``: the loader's title, dates, writers and outlet with the address read."""
    row, paragraphs = parse_document("p", "p.txt", page.encode())
    documents = build_documents([row])
    sidecar = pd.DataFrame({"url": [url]}, index=pd.Index(["p"], name="doc_id"))
    frame = pd.DataFrame(paragraphs, columns=list(schema.PARAGRAPH_COLUMNS))
    return apply_sidecar(documents, sidecar, frame).iloc[0]
