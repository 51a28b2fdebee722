"""Tests of ``analysis.ingest.layout.journal_front_matter``: a journal article PDF's front
matter on a document host (the journal's name, an article-type label glued to the title,
the authors with affiliation numbers, the history row's Published day; fix43e)."""

from __future__ import annotations

import pandas as pd

from analysis.core import schema
from analysis.ingest.corpus import build_documents, parse_document
from analysis.ingest.layout.journal_front_matter import front_authors, front_matter_journal
from analysis.ingest.sidecar_overlay import apply_sidecar

#: A store's text of a journal article's first page (held-out 147's layout, placeholder
#: words): the journal's name, the label glued to the title, the authors, affiliations and
#: correspondence on one line, the history row between spaces, the abstract.
_GLUED = "\n".join(
    [
        "Journal of River Transport: Ferries, Tolls, and Landings",
        "",
        "Article Toll Reform and the Small Ferry Crews of the Lower River",
        "",
        "Ana Lind 1,*, Bao Chau Ngo 2 and Kim Ly Dao 2 1 Ferry Institute, Riverton "
        "40410, Deltaland 2 Riverton College, Riverton 40410, Deltaland * Correspondence: "
        "lind@example.org",
        "",
        " Received: 3 March 2020; Accepted: 2 April 2020; Published: 19 April 2020 ",
        "",
        "Abstract: We asked forty ferry crews how the new tolls changed their trips and their "
        "pay over one dry season on the lower river.",
        "",
        "Keywords: ferries; tolls; river towns",
    ]
)

#: A viewer's text of the same kind of page (the zoo's scribd layout): the viewer's page
#: counter, the journal's logo in lower case, the label alone, the title wrapped.
_LOGO = "\n".join(
    [
        "You are on page 1of 9",
        "",
        "rivers",
        "",
        "Article",
        "Landing Fees and Night Crossings: A Count of",
        "Ferries at Six River Towns",
        "Ana Lind 1, * and Kim Ly Dao 2",
        "1 Ferry Institute, Riverton 40410, Deltaland",
        "2 Riverton College, Riverton 40410, Deltaland",
        "* Correspondence: lind@example.org",
        "",
        "Received: 1 May 2022; Accepted: 3 June 2022; Published: 8 June 2022 ",
        "",
        "Abstract: We counted night crossings at six landings for a year and compared them",
        "with the fees each landing asks of the crews that tie up there overnight.",
    ]
)


def _document(text: str, url: str) -> pd.Series:
    """The documents row of ``text`` once ``metadata.csv`` gives ``url``."""
    row, rows = parse_document("page", "page.txt", text.encode())
    paragraphs = pd.DataFrame(rows, columns=list(schema.PARAGRAPH_COLUMNS))
    sidecar = pd.DataFrame({"url": [url]}, index=pd.Index(["page"], name="doc_id"))
    return apply_sidecar(build_documents([row]), sidecar, paragraphs).iloc[0]


def test_a_hosted_articles_front_matter_gives_its_four_fields() -> None:
    doc = _document(_GLUED, "https://docslib.org/doc/4410/toll-reform-and-the-small-ferry")
    assert doc["title"] == "Toll Reform and the Small Ferry Crews of the Lower River"
    assert doc["author"] == "Ana Lind; Bao Chau Ngo; Kim Ly Dao"
    assert doc["outlet"] == "Journal of River Transport: Ferries, Tolls, and Landings"
    assert pd.Timestamp(doc["published"]) == pd.Timestamp("2020-04-19")
    assert doc["published_precision"] == "day"


def test_a_journal_logo_over_the_label_names_the_outlet() -> None:
    doc = _document(_LOGO, "https://www.scribd.com/document/55021/Rivers-04-00112")
    assert doc["outlet"] == "Rivers"
    assert pd.Timestamp(doc["published"]) == pd.Timestamp("2022-06-08")


def test_only_a_document_host_gives_way_to_the_journal() -> None:
    doc = _document(_GLUED, "https://riverton-ferry-notes.org/toll-reform.html")
    assert doc["outlet"] != "Journal of River Transport: Ferries, Tolls, and Landings"


def test_no_history_row_no_front_matter() -> None:
    texts = ["Journal of River Transport", "Article Toll Reform", "Ferries ran late."]
    assert front_matter_journal(texts) == ""
    assert front_authors("Toll Reform and the Small Ferry Crews") == []
    assert front_authors("Ana Lind 1 and Kim Ly Dao 2,* 1 Ferry Institute") == [
        "Ana Lind",
        "Kim Ly Dao",
    ]
