"""The journal a document's own citation line names is the outlet of a document host's
page (fix37a; placeholder pages): "in: Journal of X, 32, 2, 55-83" and "X Journal 19(2),
140-143" under a host's furniture; the near cases (a figure in a sentence, a volume
without issue and pages, a run with a word in lower case, the same page on a site of its
own, a citation far down a reference list) keep what they had."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.core import schema
from analysis.ingest.file_parsing import build_documents, parse_document
from analysis.ingest.self_citations import cited_journal, self_cited_journal
from analysis.ingest.sidecar_overlay import apply_sidecar


def read_page(text: str, url: str) -> pd.Series:
    """The documents row of one page ``text`` with ``url`` in a sidecar, the page's
    paragraphs handed over as the corpus does (a document host's cover is read from them)."""
    row, paragraph_rows = parse_document("page", "page.txt", text.encode("utf-8"))
    paragraphs = pd.DataFrame(paragraph_rows, columns=list(schema.PARAGRAPH_COLUMNS))
    sidecar = pd.DataFrame({"url": [url]}, index=pd.Index(["page"], name="doc_id"))
    return apply_sidecar(build_documents([row]), sidecar, paragraphs).iloc[0]


PAGE = """Ferry Talks Across the Gulf
Uploaded by a reader
12 downloads 40 views 300KB Size
Report this file

Idea Transcript

Lam, Thu (2013), Ferry Talks Across the Gulf, in: Journal of Delta Harbour Affairs, 32, 2, 5583. ISSN: 1000-0000 (online)

Boats from two provinces work the same grounds in the gulf, and each autumn their skippers hear two sets of warnings.
The warnings rarely agree on the hour a storm will arrive, and the crews must choose which to trust.
"""


def test_a_document_hosts_page_takes_the_journal_of_its_own_citation() -> None:
    url = "https://docstore-example.com/ferry-talks-across-the-gulf.html"
    assert read_page(PAGE, "https://pdffox.com/ferry-talks-pdf-free.html")["outlet"] == (
        "Journal of Delta Harbour Affairs"
    )
    # negative: the same page on a site of its own keeps that site's address
    assert read_page(PAGE, url)["outlet"] == "docstore-example.com"


@pytest.mark.parametrize(
    ("line", "journal"),
    [
        (
            "Lam, T. (2013), Storm Talks, in: Journal of Delta Affairs, 32, 2, 55-83.",
            "Journal of Delta Affairs",
        ),
        (
            "Lam, Vu. Ferry Talks-- Harbour Journal Of River Studies 19(2), 140-143. ISSN 1",
            "Harbour Journal Of River Studies",
        ),
        ("Ngo, A. (2019). Quiet ports. Delta Review of Trade, 4(1), 1–9.", "Delta Review of Trade"),
        # negatives: figures in a sentence, a volume alone, one word, a word in lower case,
        # bare volume figures without "in:", no break before the name
        ("Exports rose by 12 (3), 45 tonnes more than in May.", ""),
        ("Volume 6 of the series, 2008", ""),
        ("Lam, T. (2013). Storm talks. Review, 4(1), 1-9.", ""),
        ("Lam, T. (2013). Storm talks. Boats leave Delta Ports, 4(1), 1-9.", ""),
        ("Lam, T. (2013). Storm talks. Journal of Delta Affairs, 32, 2, 55-83.", ""),
    ],
)
def test_cited_journal(line: str, journal: str) -> None:
    assert cited_journal(line) == journal


def test_only_a_citation_near_the_head_counts() -> None:
    head = ["Page 1 of 20"] + [f"Paragraph {i} of the text." for i in range(40)]
    reference = "Lam, T. (2013). Storm talks. Delta Review, 4(1), 1-9."
    assert self_cited_journal([*head, reference]) == ""
    assert self_cited_journal([head[0], reference]) == "Delta Review"
