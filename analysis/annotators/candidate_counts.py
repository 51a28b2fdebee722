"""The candidate tables of ``analysis.annotators.entities``: ``CandidateCounts`` counts
``party_candidates``' finds as they are found (one entry per candidate, never a row per
find); ``_candidate_table`` counts a list of finds (``name_candidates``)."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd


class CandidateCounts:
    """Name candidates counted as they are found: per candidate the number of finds, the
    documents they are in, and the first find's doc_id, para_id and sentence (evidence is
    quoted only for a candidate's first find), so no row is kept per find."""

    def __init__(self) -> None:
        self._found: dict[str, list] = {}

    def add(self, name: str, doc_id: str, para_id: int, quote: Callable[[], str]) -> None:
        """Count one find of ``name``; ``quote()`` gives its evidence (called on the first)."""
        seen = self._found.get(name)
        if seen is None:
            self._found[name] = [1, {doc_id}, doc_id, para_id, quote()]
        else:
            seen[0] += 1
            seen[1].add(doc_id)

    def table(self) -> pd.DataFrame:
        """One row per candidate (candidate, n, n_docs, doc_id, para_id, sentence), most
        found first, then by name."""
        columns = ["candidate", "n", "n_docs", "doc_id", "para_id", "sentence"]
        if not self._found:
            return pd.DataFrame({c: pd.Series(dtype="str") for c in columns})
        names = sorted(self._found)
        values = [self._found[name] for name in names]
        out = pd.DataFrame(
            {
                "candidate": pd.Series(names, dtype="str"),
                "n": pd.Series([v[0] for v in values], dtype="int64"),
                "n_docs": pd.Series([len(v[1]) for v in values], dtype="int64"),
                "doc_id": pd.Series([v[2] for v in values], dtype="str"),
                "para_id": pd.Series([v[3] for v in values], dtype="int64"),
                "sentence": pd.Series([v[4] for v in values], dtype="str"),
            }
        )
        return out.sort_values(["n", "candidate"], ascending=[False, True]).reset_index(drop=True)


def _candidate_table(rows: list[tuple[str, str, int, str]]) -> pd.DataFrame:
    """Rows (candidate, doc_id, para_id, sentence) counted per candidate, most first."""
    columns = ["candidate", "n", "n_docs", "doc_id", "para_id", "sentence"]
    if not rows:
        return pd.DataFrame({c: pd.Series(dtype="str") for c in columns})
    found = pd.DataFrame(rows, columns=["candidate", "doc_id", "para_id", "sentence"])
    out = found.groupby("candidate", as_index=False).agg(
        n=("doc_id", "size"),
        n_docs=("doc_id", "nunique"),
        doc_id=("doc_id", "first"),
        para_id=("para_id", "first"),
        sentence=("sentence", "first"),
    )
    return out.sort_values(["n", "candidate"], ascending=[False, True]).reset_index(drop=True)[
        columns
    ]
