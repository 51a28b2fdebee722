"""Which countries the mentions put together: pairs of countries referred to in the same
paragraph (``country_comentions``) with a sentence to read for each pair
(``comention_examples``), and each country's paragraphs with each theme
(``country_theme_counts``). A paragraph refers to a country when it mentions the country,
one of its parties or one of its people (the ``country`` column of
``analysis.annotators.entities.extract_mentions``); the home country is left out by default.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import pandas as pd

from analysis.annotators.country_pairs import best_pairs_of, document_chunks, pair_counts
from analysis.annotators.theme_summaries import decoded
from analysis.annotators.themes import with_sentence_text
from analysis.core.text import evidence_window
from analysis.core.vocabulary import home_country

if TYPE_CHECKING:
    from analysis.ingest.corpus import Corpus

HOME_COUNTRY = home_country()  # data/vocabulary.yaml: left out of the country tables


def _paragraph_countries(
    mentions: pd.DataFrame, kinds: Iterable[str], exclude: Sequence[str]
) -> pd.DataFrame:
    """Distinct (doc_id, para_id, country) from mentions of ``kinds``."""
    selected = mentions.loc[
        mentions["kind"].isin(list(kinds))
        & (mentions["country"] != "")
        & ~mentions["country"].isin(list(exclude))
    ]
    return decoded(selected[["doc_id", "para_id", "country"]].drop_duplicates())


def country_comentions(
    mentions: pd.DataFrame,
    *,
    exclude: Sequence[str] = (HOME_COUNTRY,),
    kinds: Iterable[str] = ("country", "party", "person"),
) -> pd.DataFrame:
    """Pairs of countries referred to in the same paragraph.

    A paragraph refers to a country when it mentions the country, one of its parties
    or one of its people (``kinds``); ``exclude`` drops countries that are everywhere
    (Vietnam, by default). Rows: one per unordered pair (country_a < country_b);
    columns country_a, country_b, n_paragraphs, n_docs; most frequent first.
    """
    per_para = _paragraph_countries(mentions, kinds, exclude)
    out = pair_counts(per_para)  # a chunk of documents' pairs at a time
    return out.sort_values(
        ["n_paragraphs", "country_a", "country_b"], ascending=[False, True, True]
    ).reset_index(drop=True)


COMENTION_QUOTE_CHARS = 220
"""A co-mention's example is at most about this long (two sentences: half each), so that
a figure's tooltip shows it whole."""


def comention_examples(
    corpus: Corpus,
    mentions: pd.DataFrame,
    comentions: pd.DataFrame,
    *,
    exclude: Sequence[str] = ("Vietnam",),
    kinds: Iterable[str] = ("country", "party", "person"),
) -> pd.DataFrame:
    """``comentions`` (a ``country_comentions`` table built with the same ``exclude`` and
    ``kinds``) with where to read each pair: ``example`` (a sentence that refers to both
    countries, else the two sentences of the paragraph that refer to each, joined by " … ",
    quoted with ``text.evidence_window`` in about ``COMENTION_QUOTE_CHARS``), ``doc_id``
    and ``para_id`` (its paragraph).

    The example is the first such sentence in document order, or, for a pair never
    referred to in one sentence, the first paragraph that refers to both. A new frame,
    same rows and order; a pair not found in ``mentions`` gets ``""`` and ``pd.NA``."""
    keys = ["doc_id", "para_id", "sent_id"]
    selected = mentions.loc[
        mentions["kind"].isin(list(kinds))
        & (mentions["country"] != "")
        & ~mentions["country"].isin(list(exclude))
    ]
    wanted = set(comentions["country_a"]) | set(comentions["country_b"])
    firsts = (_first_mentions(chunk, wanted) for chunk in document_chunks(selected))
    best = best_pairs_of(firsts)  # a chunk of documents' mentions and pairs at a time
    wanted_sentences = pd.concat(  # only the sentences quoted: not every sentence's text
        [best[["doc_id", "para_id", f"sent_id_{side}"]].set_axis(keys, axis=1) for side in "ab"]
    ).drop_duplicates()
    text = with_sentence_text(corpus, wanted_sentences).set_index(keys)["text"]
    best["example"] = [
        _pair_example(text, doc_id, para_id, row)
        for doc_id, para_id, row in zip(
            best["doc_id"],
            best["para_id"],
            best[["sent_id_a", "start_a", "end_a", "sent_id_b", "start_b", "end_b"]].itertuples(
                index=False, name=None
            ),
            strict=True,
        )
    ]
    found = best[["country_a", "country_b", "example", "doc_id", "para_id"]]
    out = comentions.merge(found, on=["country_a", "country_b"], how="left")
    return out.fillna({"example": "", "doc_id": ""}).astype({"para_id": "Int64"})


def _first_mentions(selected: pd.DataFrame, wanted: set[str]) -> pd.DataFrame:
    """Each ``wanted`` country's first mention per sentence, as text, in document order."""
    keys = ["doc_id", "para_id", "sent_id"]
    first = selected.sort_values([*keys, "start"], kind="stable").drop_duplicates(
        [*keys, "country"]
    )[[*keys, "country", "start", "end"]]
    first = decoded(first)  # categoricals (``corpus_mentions(..., codes=True)``) as text
    return first.loc[first["country"].isin(wanted)]


def _pair_example(
    text: pd.Series, doc_id: str, para_id: int, spans: tuple[int, int, int, int, int, int]
) -> str:
    """The quote of a co-mention: the sentence around both spans when they share it and
    fit in ``COMENTION_QUOTE_CHARS``, else half as much around each span, in text order,
    joined by " … " (see ``comention_examples``)."""
    sent_a, start_a, end_a, sent_b, start_b, end_b = spans
    width = COMENTION_QUOTE_CHARS
    low, high = min(start_a, start_b), max(end_a, end_b)
    if sent_a == sent_b and high - low <= width:
        return evidence_window(text.get((doc_id, para_id, sent_a), ""), low, high, width=width)
    quotes = [
        evidence_window(text.get((doc_id, para_id, s), ""), start, end, width=width // 2)
        for s, start, end in sorted([(sent_a, start_a, end_a), (sent_b, start_b, end_b)])
    ]
    return f"{quotes[0].removesuffix('…')} … {quotes[1].removeprefix('…')}"


def country_theme_counts(
    mentions: pd.DataFrame,
    hits: pd.DataFrame,
    *,
    exclude: Sequence[str] = (HOME_COUNTRY,),
    kinds: Iterable[str] = ("country", "party", "person"),
) -> pd.DataFrame:
    """In how many paragraphs each country appears together with each theme.

    Rows: one per country x theme seen together; columns country, theme, n_paragraphs;
    sorted by country then n_paragraphs descending.
    """
    per_para = _paragraph_countries(mentions, kinds, exclude)
    themes = hits[["doc_id", "para_id", "theme"]].drop_duplicates()
    both = per_para.merge(themes, on=["doc_id", "para_id"])
    out = both.groupby(["country", "theme"], as_index=False).size()
    out = out.rename(columns={"size": "n_paragraphs"})
    return out.sort_values(
        ["country", "n_paragraphs", "theme"], ascending=[True, False, True]
    ).reset_index(drop=True)
