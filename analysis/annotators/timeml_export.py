"""Articles as TimeML documents (``python -m analysis export timeml --out DIR``).

Each article's body (its lede, heading and body paragraphs, in order, separated by a
blank line) becomes ``<TEXT>`` with a ``<TIMEX3>`` tag around every temporal expression
``find_dates`` finds (its TimeML extent, type and value), and the publication date becomes
the document creation time (``<DCT>``); an inferred date is marked
``comment="inferred"``, a document without any date gets an empty value. The files can be
read by TimeML tools (e.g. the TempEval-3 scorer, TARSQI, CAEVO).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import pandas as pd

from analysis.annotators.inference import with_inferred_dates
from analysis.core import schema
from analysis.dates import find_dates
from analysis.ingest.corpus import Corpus


def tag_timexes(text: str, anchor: pd.Timestamp | None, first_tid: int = 1) -> tuple[str, int]:
    """``text`` XML-escaped with a ``TIMEX3`` tag around each temporal expression, and
    the next free ``tid`` number."""
    out: list[str] = []
    position, tid = 0, first_tid
    for match in find_dates(text, anchor=anchor):
        for part in match.timex:
            if part.start < position:
                continue
            attrs = f'tid="t{tid}" type={quoteattr(part.type)} value={quoteattr(part.value)}'
            out.append(escape(text[position : part.start]))
            out.append(f"<TIMEX3 {attrs}>{escape(part.text)}</TIMEX3>")
            position, tid = part.end, tid + 1
    out.append(escape(text[position:]))
    return "".join(out), tid


def timeml_document(
    doc_id: str,
    title: str,
    paragraphs: Iterable[str],
    published: pd.Timestamp | None,
    *,
    inferred: bool = False,
) -> str:
    """One TimeML document: DOCID, DCT (the publication date, the anchor of relative
    expressions), TITLE and TEXT with TIMEX3 tags."""
    anchor = None if published is None or pd.isna(published) else pd.Timestamp(published)
    dct_value = "" if anchor is None else f"{anchor:%Y-%m-%d}"
    comment = ' comment="inferred"' if inferred and anchor is not None else ""
    tagged, tid = [], 1
    for paragraph in paragraphs:
        text, tid = tag_timexes(paragraph, anchor, tid)
        tagged.append(text)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n'
        f"<DOCID>{escape(doc_id)}</DOCID>\n"
        f'<DCT><TIMEX3 tid="t0" type="DATE" value={quoteattr(dct_value)} '
        f'temporalFunction="false" functionInDocument="CREATION_TIME"{comment}>'
        f"{escape(dct_value)}</TIMEX3></DCT>\n"
        f"<TITLE>{escape(title)}</TITLE>\n"
        "<TEXT>\n" + "\n\n".join(tagged) + "\n</TEXT>\n</TimeML>\n"
    )


def write_timeml(corpus: Corpus, out_dir: str | Path) -> list[Path]:
    """Write ``<doc_id>.tml`` for every document of ``corpus`` into ``out_dir`` (created
    when missing); undated documents are anchored at their inferred date. Returns the
    paths written, in doc_id order. The corpus is not mutated."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    corpus = with_inferred_dates(corpus)
    paras = corpus.paragraphs
    keep = paras["kind"].isin(list(schema.CONTENT_KINDS))
    if "repeat_of" in paras.columns:
        keep &= paras["repeat_of"] < 0
    body = paras.loc[keep].sort_values(["doc_id", "para_id"])
    texts = body.groupby("doc_id", sort=True)["text"].agg(list).to_dict()
    paths = []
    documents = corpus.documents.sort_values("doc_id")
    for doc_id, title, published, source in documents[
        ["doc_id", "title", "published", "date_source"]
    ].itertuples(index=False):
        xml = timeml_document(
            doc_id,
            "" if pd.isna(title) else str(title),
            texts.get(doc_id, []),
            None if pd.isna(published) else published,
            inferred=source == "inferred",
        )
        path = out / f"{doc_id}.tml"
        path.write_text(xml, encoding="utf-8")
        paths.append(path)
    return paths
