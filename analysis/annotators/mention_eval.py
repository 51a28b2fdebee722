"""Scoring actor mentions against hand-marked sentences (the actor zoo).

A gold file is a CSV with columns ``article`` and ``text``: one sentence per row, the
rows of one article in order (second mentions are resolved within an article). Every
actor mention in ``text`` is marked in place as ``[surface](kind:Canonical)`` or
``[surface](kind:Canonical:flag)``, e.g.::

    A01,"[Việt Nam](country:Vietnam) thanked [Hà Nội](country:Vietnam:metonym)'s envoy."

``kind`` is one of ``entities.KINDS``; ``Canonical`` is the gazetteer's ``name``; ``flag``
(optional) one of ``metonym``, ``demonym``, ``coreference``. Text outside the marks is
the sentence as an article would print it, so the same sentence without marks is what
the matcher reads.

Tables:

gold (one row per marked mention)
    doc_id, para_id, start, end, match, canonical, kind, flag
    ``doc_id`` is the article, ``para_id`` the sentence's place in it; offsets index
    the unmarked sentence.
scores (one row per kind, then ``all``)
    kind, n_gold, n_found, n_correct, precision, recall
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from analysis.core.errors import AnalysisError
from analysis.ingest.corpus import Corpus

MARK = re.compile(
    r"\[(?P<surface>[^\[\]]+)\]\((?P<kind>\w+):(?P<canonical>[^():]+(?:\([^()]*\))?)(?::(?P<flag>\w+))?\)"
)
FLAGS = ("", "metonym", "demonym", "coreference")
GOLD_COLUMNS = ("doc_id", "para_id", "start", "end", "match", "canonical", "kind", "flag")


class GoldFileError(AnalysisError, ValueError):
    """A gold file is unreadable or has a malformed mark."""


def parse_marked(text: str) -> tuple[str, list[tuple[int, int, str, str, str, str]]]:
    """The plain sentence and its marks ``(start, end, surface, canonical, kind, flag)``.

    >>> parse_marked("[Lao](country:Laos:demonym) talks")
    ('Lao talks', [(0, 3, 'Lao', 'Laos', 'country', 'demonym')])
    """
    plain: list[str] = []
    marks = []
    pos = 0
    length = 0
    for m in MARK.finditer(text):
        plain.append(text[pos : m.start()])
        length += m.start() - pos
        surface = m.group("surface")
        marks.append(
            (length, length + len(surface), surface, m.group("canonical").strip(),
             m.group("kind"), m.group("flag") or "")
        )  # fmt: skip
        plain.append(surface)
        length += len(surface)
        pos = m.end()
    plain.append(text[pos:])
    return "".join(plain), marks


def read_gold(path: str | Path, kinds: tuple[str, ...]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Read a gold file: ``(sentences, gold)``.

    ``sentences`` has one row per sentence (doc_id, para_id, text, unmarked); ``gold``
    the columns ``GOLD_COLUMNS``. Raises ``GoldFileError`` naming the file and row for a
    missing column, an unknown kind or flag, or a bracket left unparsed.
    """
    path = Path(path)
    try:
        table = pd.read_csv(path, dtype="str", keep_default_na=False)
    except OSError as exc:
        raise GoldFileError(f"Cannot read gold file {str(path)!r}: {exc}") from None
    if list(table.columns[:2]) != ["article", "text"]:
        raise GoldFileError(f"{str(path)!r} must start with the columns article,text")
    sentences, gold = [], []
    counters: dict[str, int] = {}
    for row, (article, marked) in enumerate(zip(table["article"], table["text"], strict=True)):
        plain, marks = parse_marked(marked)
        where = f"{str(path)!r} row {row + 2}"
        if "](" in plain:
            raise GoldFileError(f"{where}: a mark is malformed (write [surface](kind:Name))")
        para_id = counters[article] = counters.get(article, -1) + 1
        sentences.append((article, para_id, plain))
        for start, end, surface, canonical, kind, flag in marks:
            if kind not in kinds or flag not in FLAGS:
                raise GoldFileError(
                    f"{where}: mark {surface!r} has kind {kind!r} / flag {flag!r}; "
                    f"kinds are {list(kinds)}, flags {list(FLAGS[1:])}"
                )
            gold.append((article, para_id, start, end, surface, canonical, kind, flag))
    return (
        pd.DataFrame(sentences, columns=["doc_id", "para_id", "text"]),
        pd.DataFrame(gold, columns=list(GOLD_COLUMNS)),
    )


def gold_corpus(sentences: pd.DataFrame) -> Corpus:
    """A corpus with one document per article and one body paragraph (and sentence) per
    gold sentence, so the matcher reads the zoo as it reads articles."""
    paras = sentences.assign(
        kind="body", repeat_of=-1, raw=sentences["text"] + "\n", line=sentences["para_id"] + 1
    )
    docs = sorted(sentences["doc_id"].unique())
    documents = pd.DataFrame({"doc_id": docs, "duplicate_of": ["" for _ in docs]})
    sents = sentences.assign(sent_id=0, start=0, end=sentences["text"].str.len())
    sents = sents[["doc_id", "para_id", "sent_id", "text", "start", "end"]]
    return Corpus(documents=documents, paragraphs=paras, sentences=sents, rejected=pd.DataFrame())


def _pair(found: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Found mentions matched one-to-one with gold ones: same sentence, canonical and kind,
    overlapping spans (a title or article inside or outside the span does not matter)."""
    keys = ["doc_id", "para_id", "canonical", "kind"]
    pairs = found.reset_index(names="f").merge(
        gold.reset_index(names="g"), on=keys, suffixes=("_f", "_g")
    )
    pairs = pairs.loc[(pairs["start_f"] < pairs["end_g"]) & (pairs["start_g"] < pairs["end_f"])]
    pairs = pairs.sort_values(["g", "f"]).drop_duplicates("f").drop_duplicates("g")
    return pairs


def score_mentions(found: pd.DataFrame, gold: pd.DataFrame, kinds: tuple[str, ...]) -> pd.DataFrame:
    """Precision and recall per kind of ``found`` mentions (columns doc_id, para_id, start,
    end, canonical, kind) against ``gold`` (``read_gold``). Rows: one per kind, then
    ``all``; columns kind, n_gold, n_found, n_correct, precision, recall."""
    pairs = _pair(found, gold)
    rows = []
    for kind in (*kinds, "all"):
        pick = lambda t, k=kind: t if k == "all" else t.loc[t["kind"] == k]  # noqa: E731
        n_gold, n_found, n_ok = len(pick(gold)), len(pick(found)), len(pick(pairs))
        rows.append(
            (kind, n_gold, n_found, n_ok, n_ok / n_found if n_found else 1.0,
             n_ok / n_gold if n_gold else 1.0)
        )  # fmt: skip
    return pd.DataFrame(
        rows, columns=["kind", "n_gold", "n_found", "n_correct", "precision", "recall"]
    )


def mention_errors(found: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Found mentions with no gold partner (``error`` = ``extra``) and gold mentions not
    found (``missed``). Rows: one per error; columns error, doc_id, para_id, match,
    canonical, kind."""
    pairs = _pair(found, gold)
    cols = ["doc_id", "para_id", "match", "canonical", "kind"]
    extra = found.drop(index=pairs["f"])[cols].assign(error="extra")
    missed = gold.drop(index=pairs["g"])[cols].assign(error="missed")
    return pd.concat([missed, extra], ignore_index=True)[["error", *cols]]
