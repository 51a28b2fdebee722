"""Actors of Party diplomacy: their mentions in the content text, and who is mentioned
with whom.

The gazetteer is data (``analysis/data/gazetteer_*``; reading, folding and validation in
``analysis.annotators.gazetteer``, whose docstring lists the files and columns): countries (with
demonyms and capitals), parties, people, organisations and regions. The matching of one
text is ``analysis.annotators.actor_matching``; this module applies it to a corpus and builds the
tables. The article's text
and the gazetteer are folded the same way (``analysis.core.normalize.fold``: diacritics,
đ/Đ, apostrophes, hyphens), so ``Việt Nam``, ``Viet Nam`` and ``Vietnam`` are one
country and ``Nguyễn Phú Trọng`` and ``Nguyen Phu Trong`` one person, while ``match``
keeps the article's own spelling at offsets into the original sentence. Matching is
case-sensitive (so "WHO" is the World Health Organization and "who" is not) on whole
words.

Ambiguity rules (the same for every kind):
- The longest surface form wins and mentions never overlap: "Communist Party of China"
  is one party mention, not also a mention of China; "Workers' Party of Korea" is one
  party mention. The party's (or person's) ``country`` column still says China / North
  Korea, so country-level tables built from ``country`` count it.
- "Party" alone, "the Party", "Party General Secretary" are not mentions.
- Bare "Korea" means the Republic of Korea (as in Vietnamese official usage, where the
  North is "DPRK"/"North Korea"); "Lao" alone means Laos.
- A name followed by its own abbreviation in brackets ("People Power Party (PPP)") is
  one mention.
- A demonym ("the Lao side", "Vietnamese") is a mention of the country, flag ``demonym``.
- A capital is a mention of the country's government, flag ``metonym`` ("Beijing and
  Hanoi agreed"), except after a locative word ("talks in Hanoi"), where it is a place.
- A second mention is resolved to a person named earlier in the same article when
  exactly one such person fits, flag ``coreference``: a short name ("Trong", "Xi"), or
  "the" + role ("the General Secretary", "the Secretary-General") or "the" + demonym +
  role or "leader" ("the Lao leader"). A short name inside a longer capitalised name
  ("Le Trong Nghia") is not one.
- Phrases in ``not_actors`` ("Ho Chi Minh City", "Lao Cai") are not mentions, nor is
  any name inside them.

Tables (row unit and columns; the country tables, the last two, are made from the mentions
by ``analysis.annotators.country_tables``):

mentions (one row per mention in a content sentence)
    doc_id, para_id, sent_id, start, end, match, canonical, kind, country, flag, surface
    ``start``/``end`` index into ``sentences.text``; ``match`` is the text there as the
    article spells it; ``flag`` is ``""``, ``demonym``, ``metonym`` or ``coreference``;
    ``surface`` the folded gazetteer form (or role words) that matched.
mention_counts (one row per canonical actor)
    canonical, kind, country, n, n_paragraphs, n_docs
party_candidates (one row per "... Party ..." name not in the gazetteer)
    candidate, n, n_docs, doc_id, para_id, sentence
name_candidates (one row per capitalised name not in the gazetteer)
    candidate, n, n_docs, doc_id, para_id, sentence
country_comentions (one row per unordered pair of countries in the same paragraph)
    country_a, country_b, n_paragraphs, n_docs (``comention_examples`` adds example,
    doc_id, para_id: where to read the pair)
country_theme_counts (one row per country x theme)
    country, theme, n_paragraphs
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING

import pandas as pd

from analysis.annotators.actor_matching import Mention, find_actor_mentions, headline_case
from analysis.annotators.candidate_counts import CandidateCounts, _candidate_table
from analysis.annotators.country_tables import country_comentions, country_theme_counts
from analysis.annotators.gazetteer import (
    GAZETTEER_FILES,
    KINDS,
    Gazetteer,
    GazetteerError,
    default_gazetteer_dir,
    load_gazetteer,
    surface_key,
)
from analysis.annotators.theme_summaries import decoded
from analysis.annotators.themes import (
    content_sentence_blocks,
    content_sentences,
    theme_hits,
    with_sentence_text,
)
from analysis.core.schema import CONTENT_KINDS
from analysis.core.stop_words import english_stop_words
from analysis.core.text import evidence_window
from analysis.core.vocabulary import vocabulary

if TYPE_CHECKING:
    from collections.abc import Callable

    from analysis.ingest.corpus import Corpus

__all__ = [
    "GAZETTEER_FILES",
    "KINDS",
    "MENTION_COLUMNS",
    "Gazetteer",
    "GazetteerError",
    "Mention",
    "default_gazetteer_dir",
    "extract_mentions",
    "find_actor_mentions",
    "find_mentions",
    "headline_case",
    "load_gazetteer",
    "name_candidates",
]

log = logging.getLogger(__name__)

MENTION_COLUMNS = (
    "doc_id",
    "para_id",
    "sent_id",
    "start",
    "end",
    "match",
    "canonical",
    "kind",
    "country",
    "flag",
    "surface",
)


def find_mentions(text: str, gazetteer: Gazetteer) -> list[tuple[int, int, str, str, str, str]]:
    """Mentions in one text: ``(start, end, match, canonical, kind, country)``.

    Leftmost-longest and non-overlapping; a bracketed abbreviation right after the
    same actor's name is dropped; second mentions are resolved within ``text`` only
    (``find_actor_mentions`` gives flags and takes the article's earlier people).
    """
    return [m[:6] for m in find_actor_mentions(text, gazetteer)]


def extract_mentions(
    corpus: Corpus,
    gazetteer: Gazetteer | None = None,
    *,
    kinds: Sequence[str] = CONTENT_KINDS,
) -> pd.DataFrame:
    """Mentions of gazetteer actors in the content sentences of ``corpus``.

    By default only lede, heading and body paragraphs are read (no captions,
    boilerplate, bylines or credits; repeated ledes skipped); pass
    ``kinds=(*CONTENT_KINDS, "caption")`` to count the people named in photo
    captions too. Second mentions are resolved within each document, in reading order.
    Rows: one per mention; columns ``MENTION_COLUMNS``. The corpus is not mutated.
    """
    gaz = gazetteer or load_gazetteer()
    sentences = content_sentences(corpus, kinds)[["doc_id", "para_id", "sent_id", "text"]]
    # One list per column, not a tuple per row: a hostile page can hold 300,000 mentions
    # and a row tuple costs more than the values it holds (issue 11).
    columns: list[list[object]] = [[] for _ in MENTION_COLUMNS]
    people: dict[str, dict[str, None]] = {}  # per document, the people named so far
    for doc_id, para_id, sent_id, text in sentences.itertuples(index=False):
        seen = people.get(doc_id)
        if seen is None:
            seen = people[doc_id] = {}
        for m in find_actor_mentions(text, gaz, seen):
            for column, value in zip(columns, (doc_id, para_id, sent_id, *m), strict=True):
                column.append(value)
    log.debug("mentions: %d found with %d surface forms", len(columns[0]), len(gaz.index))
    out = pd.DataFrame(dict(zip(MENTION_COLUMNS, columns, strict=True)))
    out = out.astype(
        {c: "int64" for c in ["para_id", "sent_id", "start", "end"]}
        | {c: "str" for c in ["doc_id", "match", "canonical", "kind", "country", "flag", "surface"]}
    )
    return out.sort_values(["doc_id", "para_id", "sent_id", "start"]).reset_index(drop=True)


def mention_counts(
    mentions: pd.DataFrame, kind: str | None = None, top_n: int | None = None
) -> pd.DataFrame:
    """How often each actor is mentioned (optionally of one ``kind``), most first.

    Rows: one per canonical actor; columns canonical, kind, country, n (mentions),
    n_paragraphs, n_docs.
    """
    selected = mentions if kind is None else mentions.loc[mentions["kind"] == kind]
    keys = ["canonical", "kind", "country"]  # text, or categoricals (grouped on their codes)
    grouped = selected.groupby(keys, observed=True)
    out = grouped.agg(n=("match", "size"), n_docs=("doc_id", "nunique"))
    paragraphs = selected[[*keys, "doc_id", "para_id"]].drop_duplicates()
    out.insert(1, "n_paragraphs", paragraphs.groupby(keys, observed=True).size())
    out = decoded(out.reset_index())
    out = out.sort_values(["n", "n_docs", "canonical"], ascending=[False, False, True])
    out = out.reset_index(drop=True)
    return out.head(top_n) if top_n else out


def mention_examples(corpus: Corpus, mentions: pd.DataFrame, counts: pd.DataFrame) -> pd.DataFrame:
    """``counts`` (a ``mention_counts`` table) with ``example`` (the sentence of each actor's
    first mention, ``text.evidence_window`` around it) and ``doc_id`` (its document); a new
    frame, same rows and order."""
    keys = ["doc_id", "para_id", "sent_id"]
    first = (
        mentions[mentions["canonical"].isin(counts["canonical"])]
        .sort_values([*keys, "start"], kind="stable")
        .drop_duplicates(["canonical", "kind"])
    )
    first = with_sentence_text(corpus, decoded(first), how="left")  # only these sentences' text
    first["example"] = [
        evidence_window(t, s, e) if isinstance(t, str) else ""
        for t, s, e in zip(first["text"], first["start"], first["end"], strict=True)
    ]
    found = first[["canonical", "kind", "example", "doc_id"]]
    return counts.merge(found, on=["canonical", "kind"], how="left").fillna(
        {"example": "", "doc_id": ""}
    )


_PARTY_NAME = re.compile(
    r"(?P<name>(?:[A-Z][\w'’.-]*\s+(?:(?:of|for|and|the)\s+)*){1,6}Party"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?)"
    r"(?!\s+[A-Z])"
)
_LEADING = frozenset(vocabulary()["party_leading_words"])  # data/vocabulary.yaml
_FUNCTION_WORDS = english_stop_words()  # data/english_stop_words.txt
_GENERIC = frozenset(vocabulary()["party_generic_words"])


def party_candidates(corpus: Corpus, gazetteer: Gazetteer | None = None) -> pd.DataFrame:
    """Capitalised "... Party ..." names in the content text that the gazetteer lacks.

    A candidate has at least one specific capitalised word besides "Party" and stop
    words (so
    "the Party", "Communist Party", "National Party Congress" and "Party General
    Secretary" are not candidates) and does not overlap a known party mention.
    Rows: one per candidate name; columns candidate, n, n_docs and the first
    doc_id, para_id and sentence it occurs in, as evidence (at most
    ``text.EVIDENCE_CHARS`` characters around the name: ``text.evidence_window``).
    """
    gaz = gazetteer or load_gazetteer()
    found = CandidateCounts()
    for doc_id, para_id, text in content_sentence_blocks(corpus):
        if "Party" not in text:  # every candidate ends in or holds "Party" (``_PARTY_NAME``)
            continue
        known: list[tuple[int, int]] | None = None  # the gazetteer's parties, found if needed
        for m in _PARTY_NAME.finditer(text):
            words = m.group("name").split()
            while words and words[0] in _LEADING:
                words = words[1:]
            if all(w in _GENERIC or w.lower() in _FUNCTION_WORDS for w in words):
                continue
            start = m.start() + m.group(0).find(words[0])
            known = _party_spans(text, gaz) if known is None else known
            if any(start < e and s < m.end() for s, e in known):
                continue
            quote = partial(evidence_window, text, start, m.end())
            found.add(" ".join(words), doc_id, para_id, quote)
    return found.table()


def _party_spans(text: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """The (start, end) of each party the gazetteer finds in ``text``."""
    return [(s, e) for s, e, *_rest, kind, _c in find_mentions(text, gaz) if kind == "party"]


_CAPITALISED_NAME = re.compile(
    r"(?<![\w.])[A-Z][\w'’.-]*[\w](?:\s+(?:(?:of|the|for|and|de|da|do|del|van|von|bin)\s+)*"
    r"[A-Z][\w'’-]*[\w])*"
)
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]+")
_POSSESSIVE = re.compile(r"['’]s$")
_CONNECTORS = re.compile(r"(?:\s+(?:of|the|for|and|de|da|do|del|van|von|bin|’s|'s))+$")


def _outside(text: str, start: int, end: int, known: list[tuple[int, int]]) -> list[str]:
    """The parts of ``text[start:end]`` outside the ``known`` spans."""
    parts, pos = [], start
    for s, e in sorted(known):
        if s < end and e > pos:
            parts.append(text[pos:s])
            pos = max(pos, e)
    parts.append(text[pos:end])
    return [p.strip() for p in parts if p.strip()]


def _all_generic(name: str, gaz: Gazetteer) -> bool:
    """Whether every word of ``name`` is generic ("Party General Secretary")."""
    assert gaz.context is not None
    return all(
        w in _GENERIC or w in gaz.context.title_words or w.lower() in _FUNCTION_WORDS
        for w in name.split()
    )


def _strip_titles(words: list[str], gaz: Gazetteer) -> list[str]:
    """``words`` without leading stop words, titles ("Mr", "President") and roles
    ("Prime Minister")."""
    assert gaz.context is not None
    while words:
        if words[0] in _LEADING or words[0].lower() in _FUNCTION_WORDS:
            words = words[1:]
            continue
        folded = surface_key(" ".join(words[:3]))
        role = next((r for r in gaz.context.roles if f"{folded} ".startswith(f"{r} ")), None)
        if role is not None:
            words = words[len(role.split()) :]
        elif words[0].rstrip(".") in gaz.context.title_words:
            words = words[1:]
        else:
            break
    return words


def name_candidates(corpus: Corpus, gazetteer: Gazetteer | None = None) -> pd.DataFrame:
    """Capitalised names in the content text that the gazetteer lacks, for the analyst to
    add: runs of two or more capitalised words ("Paetongtarn Shinawatra", "Pacific
    Islands Forum") or an acronym ("UNHCR"), that overlap no mention (second mentions
    resolved per document, as ``extract_mentions`` does). Leading stop words and
    ``party_candidates``' generic words are trimmed; a run that is then one ordinary
    word is not a candidate. Rows and columns as ``party_candidates``.
    """
    gaz = gazetteer or load_gazetteer()
    sentences = content_sentences(corpus)[["doc_id", "para_id", "text"]]
    rows = []
    seen: dict[str, None] = {}
    current = None
    for doc_id, para_id, text in sentences.itertuples(index=False):
        if doc_id != current:
            seen, current = {}, doc_id
        known = [(m.start, m.end) for m in find_actor_mentions(text, gaz, seen)]
        for m in _CAPITALISED_NAME.finditer(text):
            for part in _outside(text, m.start(), m.end(), known):
                name = " ".join(_strip_titles(part.split(), gaz))
                name = _CONNECTORS.sub("", _POSSESSIVE.sub("", name))
                if _all_generic(name, gaz):
                    continue
                key = surface_key(name)
                if key in gaz.index or key in gaz.roles or key in gaz.shorts:
                    continue  # a known name the matcher skipped here ("(PPP)" after its name)
                if (" " in name and name[:1].isupper()) or _ACRONYM.fullmatch(name):
                    rows.append((name, doc_id, para_id, text))
    return _candidate_table(rows)


EXPORT_TABLES: dict[str, Callable[[Corpus], pd.DataFrame]] = {
    "mentions": lambda corpus: extract_mentions(corpus),
    "mention_counts": lambda corpus: mention_counts(extract_mentions(corpus)),
    "party_candidates": lambda corpus: party_candidates(corpus),
    "name_candidates": lambda corpus: name_candidates(corpus),
    "country_comentions": lambda corpus: country_comentions(extract_mentions(corpus)),
    "country_theme_counts": lambda corpus: country_theme_counts(
        extract_mentions(corpus), theme_hits(corpus)
    ),
}
