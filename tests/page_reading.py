"""Reading one page as the loader does, for tests: parse it, build its documents row, and
apply a ``metadata.csv`` sidecar giving its address when one is given; and the kind the
layout reader gave each line of a page; a placeholder story and its headline for tests of
lines that must never be read as the headline (``STORY``, ``STORY_HEADLINE``)."""

from __future__ import annotations

import pandas as pd

from analysis.ingest.file_parsing import build_documents, parse_document
from analysis.ingest.layout.lines import Article
from analysis.ingest.sidecar_overlay import apply_sidecar

#: Two paragraphs of placeholder text under a page's header lines.
STORY = (
    "The river towns agreed on Monday to run their night ferries again from the first week "
    "of the dry season, after a year without them.\n"
    "Each town will pay for one crew, and the province will pay for the fuel until the "
    "timetable is reviewed.\n"
)

#: The headline a test prints over ``STORY``.
STORY_HEADLINE = "Three river towns bring back their night ferries"


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
