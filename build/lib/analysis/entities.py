"""Actors of Party diplomacy: a gazetteer of countries, parties, people and organisations,
their mentions in the content text, and who is mentioned with whom.

The gazetteer is data (``analysis/data/gazetteer_*.csv``), one file per kind:

countries      name, aliases, region
parties        name, abbreviation, aliases, country
people         name, aliases, role, country
organisations  name, abbreviation, aliases, country

``aliases`` are "|"-separated. Matching is case-sensitive (so "WHO" is the World Health
Organization and "who" is not) on whole words; straight and curly apostrophes are
interchangeable and any run of spaces matches a space.

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

Tables (row unit and columns):

mentions (one row per mention in a content sentence)
    doc_id, para_id, sent_id, start, end, match, canonical, kind, country
    ``start``/``end`` index into ``sentences.text``.
mention_counts (one row per canonical actor)
    canonical, kind, country, n, n_paragraphs, n_docs
party_candidates (one row per "... Party ..." name not in the gazetteer)
    candidate, n, n_docs, doc_id, para_id, sentence
country_comentions (one row per unordered pair of countries in the same paragraph)
    country_a, country_b, n_paragraphs, n_docs
country_theme_counts (one row per country x theme)
    country, theme, n_paragraphs
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from analysis.errors import AnalysisError
from analysis.schema import CONTENT_KINDS
from analysis.term_index import AnchorIndex, literal_anchor, matches_at
from analysis.themes import content_sentences, theme_hits

if TYPE_CHECKING:
    from collections.abc import Callable

    from analysis.corpus import Corpus

log = logging.getLogger(__name__)

KINDS = ("country", "party", "person", "organisation")
GAZETTEER_FILES = {
    "country": ("gazetteer_countries.csv", ("name", "aliases", "region")),
    "party": ("gazetteer_parties.csv", ("name", "abbreviation", "aliases", "country")),
    "person": ("gazetteer_people.csv", ("name", "aliases", "role", "country")),
    "organisation": (
        "gazetteer_organisations.csv",
        ("name", "abbreviation", "aliases", "country"),
    ),
}
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
)
_APOSTROPHES = "'\u2019\u2018"


class GazetteerError(AnalysisError, ValueError):
    """A gazetteer file is missing, lacks a column or has a conflicting entry."""


@dataclass(frozen=True)
class Gazetteer:
    """Surface forms of every actor and one compiled pattern that finds them."""

    entries: pd.DataFrame  # surface, canonical, kind, country, detail, file
    pattern: re.Pattern[str]
    index: dict[str, tuple[str, str, str]]  # surface -> (canonical, kind, country)
    anchors: AnchorIndex  # where a surface form can start (first words), for speed

    def lookup(self, text: str) -> tuple[str, str, str]:
        """(canonical, kind, country) of a matched surface form."""
        return self.index[_surface_key(text)]


def _surface_key(text: str) -> str:
    """Lookup key of a surface form: plain apostrophes, single spaces."""
    for ch in _APOSTROPHES[1:]:
        text = text.replace(ch, "'")
    return " ".join(text.split())


def _surface_regex(surface: str) -> str:
    parts = []
    for ch in _surface_key(surface):
        if ch == "'":
            parts.append(f"[{_APOSTROPHES}]")
        elif ch == " ":
            parts.append(r"\s+")
        else:
            parts.append(re.escape(ch))
    return "".join(parts) + r"(?!\w)"


def default_gazetteer_dir() -> Path:
    """Folder of the gazetteer files shipped with the package."""
    return Path(str(resources.files("analysis") / "data"))


def _read_kind(folder: Path, kind: str) -> pd.DataFrame:
    filename, columns = GAZETTEER_FILES[kind]
    path = folder / filename
    try:
        table = pd.read_csv(path, dtype="str", keep_default_na=False)
    except OSError as exc:
        raise GazetteerError(f"Cannot read gazetteer file {str(path)!r}: {exc}") from None
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise GazetteerError(f"Gazetteer file {str(path)!r} lacks column(s) {missing}")
    rows = []
    for i, entry in enumerate(table.to_dict("records")):
        name = entry["name"].strip()
        if not name:
            raise GazetteerError(f"{str(path)!r} row {i + 2}: empty 'name'")
        country = name if kind == "country" else entry.get("country", "").strip()
        detail = entry.get("role") or entry.get("region") or ""
        surfaces = [name, entry.get("abbreviation", ""), *entry["aliases"].split("|")]
        for surface in dict.fromkeys(s.strip() for s in surfaces if s.strip()):
            rows.append((_surface_key(surface), name, kind, country, detail.strip(), str(path)))
    return pd.DataFrame(rows, columns=["surface", "canonical", "kind", "country", "detail", "file"])


def load_gazetteer(folder: str | Path | None = None) -> Gazetteer:
    """Read the four gazetteer files from ``folder`` (the packaged ones by default).

    Raises ``GazetteerError`` for a missing file or column, an empty name, or one
    surface form given to two different actors (the message names both).
    """
    source = Path(folder) if folder is not None else default_gazetteer_dir()
    entries = pd.concat([_read_kind(source, kind) for kind in KINDS], ignore_index=True)
    clashes = entries.drop_duplicates(["surface", "canonical"])
    clashes = clashes.loc[clashes.duplicated("surface", keep=False)]
    if not clashes.empty:
        first = clashes.iloc[0]
        others = clashes.loc[clashes["surface"] == first["surface"], "canonical"].tolist()
        raise GazetteerError(
            f"Gazetteer surface form {first['surface']!r} names more than one actor "
            f"({others}); keep it under one entry only"
        )
    entries = entries.drop_duplicates("surface").set_index("surface", drop=False)
    surfaces = sorted(entries["surface"], key=lambda s: (-len(s), s))
    # The word-start check is shared by all surface forms: tested once, it is much faster.
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(_surface_regex(s) for s in surfaces) + ")")
    index = {
        row.surface: (row.canonical, row.kind, row.country)
        for row in entries.itertuples(index=False)
    }
    anchors = AnchorIndex([[literal_anchor(s) for s in surfaces]], ignore_case=False)
    return Gazetteer(
        entries=entries.reset_index(drop=True), pattern=pattern, index=index, anchors=anchors
    )


def find_mentions(text: str, gazetteer: Gazetteer) -> list[tuple[int, int, str, str, str, str]]:
    """Mentions in one text: ``(start, end, match, canonical, kind, country)``.

    Leftmost-longest and non-overlapping; a bracketed abbreviation right after the
    same actor's name is dropped.
    """
    found: list[tuple[int, int, str, str, str, str]] = []
    for m in matches_at(gazetteer.pattern, text, gazetteer.anchors.candidates(text)[0]):
        canonical, kind, country = gazetteer.lookup(m.group(0))
        if found and found[-1][3] == canonical:
            between = text[found[-1][1] : m.start()]
            if re.fullmatch(r"\s*\(\s*", between) and text[m.end() : m.end() + 1] == ")":
                continue
        found.append((m.start(), m.end(), m.group(0), canonical, kind, country))
    return found


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
    captions too. Rows: one per mention; columns ``MENTION_COLUMNS``. The corpus is
    not mutated.
    """
    gaz = gazetteer or load_gazetteer()
    rows = [
        (doc_id, para_id, sent_id, *mention)
        for doc_id, para_id, sent_id, text in content_sentences(corpus, kinds)[
            ["doc_id", "para_id", "sent_id", "text"]
        ].itertuples(index=False)
        for mention in find_mentions(text, gaz)
    ]
    log.debug("mentions: %d found with %d surface forms", len(rows), len(gaz.index))
    out = pd.DataFrame(rows, columns=list(MENTION_COLUMNS))
    out = out.astype(
        {c: "int64" for c in ["para_id", "sent_id", "start", "end"]}
        | {c: "str" for c in ["doc_id", "match", "canonical", "kind", "country"]}
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
    para_key = selected["doc_id"] + "#" + selected["para_id"].astype(str)
    out = (
        selected.assign(para_key=para_key)
        .groupby(["canonical", "kind", "country"], as_index=False)
        .agg(
            n=("match", "size"), n_paragraphs=("para_key", "nunique"), n_docs=("doc_id", "nunique")
        )
    )
    out = out.sort_values(["n", "n_docs", "canonical"], ascending=[False, False, True])
    out = out.reset_index(drop=True)
    return out.head(top_n) if top_n else out


_PARTY_NAME = re.compile(
    r"(?P<name>(?:[A-Z][\w'’.-]*\s+(?:(?:of|for|and|the)\s+)*){1,6}Party"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?)"
    r"(?!\s+[A-Z])"
)
_LEADING = frozenset(
    "The A An In On For With And Of By From To Relations Relationship Both Our Its Their "
    "This That These Ruling".split()
)
_GENERIC = frozenset(
    "Party Communist Workers' Workers’ National Central Political Vietnamese Vietnam's "
    "Vietnam’s of for and the in".split()
)


def party_candidates(corpus: Corpus, gazetteer: Gazetteer | None = None) -> pd.DataFrame:
    """Capitalised "... Party ..." names in the content text that the gazetteer lacks.

    A candidate has at least one specific capitalised word besides "Party" and stop
    words (so
    "the Party", "Communist Party", "National Party Congress" and "Party General
    Secretary" are not candidates) and does not overlap a known party mention.
    Rows: one per candidate name; columns candidate, n, n_docs and the first
    doc_id, para_id and sentence it occurs in, as evidence.
    """
    gaz = gazetteer or load_gazetteer()
    rows = []
    for doc_id, para_id, text in content_sentences(corpus)[
        ["doc_id", "para_id", "text"]
    ].itertuples(index=False):
        known = [(s, e) for s, e, *_rest, kind, _c in find_mentions(text, gaz) if kind == "party"]
        for m in _PARTY_NAME.finditer(text):
            words = m.group("name").split()
            while words and words[0] in _LEADING:
                words = words[1:]
            if all(w in _GENERIC or w.lower() in ENGLISH_STOP_WORDS for w in words):
                continue
            start = m.start() + m.group(0).find(words[0])
            if any(start < e and s < m.end() for s, e in known):
                continue
            rows.append((" ".join(words), doc_id, para_id, text))
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


def _paragraph_countries(
    mentions: pd.DataFrame, kinds: Iterable[str], exclude: Sequence[str]
) -> pd.DataFrame:
    """Distinct (doc_id, para_id, country) from mentions of ``kinds``."""
    selected = mentions.loc[
        mentions["kind"].isin(list(kinds))
        & (mentions["country"] != "")
        & ~mentions["country"].isin(list(exclude))
    ]
    return selected[["doc_id", "para_id", "country"]].drop_duplicates()


def country_comentions(
    mentions: pd.DataFrame,
    *,
    exclude: Sequence[str] = ("Vietnam",),
    kinds: Iterable[str] = ("country", "party", "person"),
) -> pd.DataFrame:
    """Pairs of countries referred to in the same paragraph.

    A paragraph refers to a country when it mentions the country, one of its parties
    or one of its people (``kinds``); ``exclude`` drops countries that are everywhere
    (Vietnam, by default). Rows: one per unordered pair (country_a < country_b);
    columns country_a, country_b, n_paragraphs, n_docs; most frequent first.
    """
    per_para = _paragraph_countries(mentions, kinds, exclude)
    pairs = per_para.merge(per_para, on=["doc_id", "para_id"], suffixes=("_a", "_b"))
    pairs = pairs.loc[pairs["country_a"] < pairs["country_b"]]
    out = pairs.groupby(["country_a", "country_b"], as_index=False).agg(
        n_paragraphs=("para_id", "size"), n_docs=("doc_id", "nunique")
    )
    return out.sort_values(
        ["n_paragraphs", "country_a", "country_b"], ascending=[False, True, True]
    ).reset_index(drop=True)


def country_theme_counts(
    mentions: pd.DataFrame,
    hits: pd.DataFrame,
    *,
    exclude: Sequence[str] = ("Vietnam",),
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


EXPORT_TABLES: dict[str, Callable[[Corpus], pd.DataFrame]] = {
    "mentions": lambda corpus: extract_mentions(corpus),
    "mention_counts": lambda corpus: mention_counts(extract_mentions(corpus)),
    "party_candidates": lambda corpus: party_candidates(corpus),
    "country_comentions": lambda corpus: country_comentions(extract_mentions(corpus)),
    "country_theme_counts": lambda corpus: country_theme_counts(
        extract_mentions(corpus), theme_hits(corpus)
    ),
}
