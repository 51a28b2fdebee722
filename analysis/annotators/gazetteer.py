"""The gazetteer: reading, validating and compiling ``analysis/data/gazetteer_*``.

One CSV per kind of actor (leading lines that start with ``#`` are comments and say
where the list comes from); ``|`` separates several values in one cell:

countries      name, aliases, region [, demonyms, capitals]
parties        name, abbreviation, aliases, country [, native]
people         name, aliases, role, country [, short, titles]
organisations  name, abbreviation, aliases, country
regions        name, aliases

plus ``gazetteer_variants.csv`` (word, variants: spellings expanded in every surface
form, e.g. ``Viet Nam`` / ``Vietnam``) and ``gazetteer_context.yaml`` (the words around
a name that decide what it is: see that file). Columns in brackets are optional; a
folder without the regions, variants or context file uses the packaged one.

Every surface form is folded with ``analysis.core.normalize.fold`` (diacritics, apostrophes,
hyphens), so ``Việt Nam``, ``Viet Nam`` and ``Viet-Nam`` are one key, and then expanded
with the variants. What a surface form yields:

- a name, alias, abbreviation or native name: a mention of the actor, no flag;
- a demonym (``Lao``, ``Vietnamese``): a mention of the country, flag ``demonym``;
- a capital: a mention of the country, flag ``metonym``, unless a locative word comes
  right before it ("talks in Hanoi" is a place, "Hanoi's stance" the government);
- a short name of a person (``Trong``, ``Xi``): a mention only as a second mention in an
  article that named exactly one person with that short name before (``coreference``);
- a leading "the" is dropped from every surface form (``the Philippines``, ``The
  Gambia``): the article is never part of a match, and "the" is not looked up at every
  one of its occurrences;
- a ``not_actors`` phrase (``Ho Chi Minh City``): nothing, but nothing inside it either.

``load_gazetteer`` raises ``GazetteerError`` naming the file and row for a missing file or
column, an empty name, an unknown country, or a surface form given to two actors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.annotators.term_index import AnchorIndex, literal_anchor
from analysis.core.data_files import load_data_file
from analysis.core.errors import DataFileError
from analysis.core.normalize import expand_variants, fold
from analysis.ingest.store import file_stamp

KINDS = ("country", "party", "person", "organisation", "region")
GAZETTEER_FILES = {
    "country": ("gazetteer_countries.csv", ("name", "aliases", "region")),
    "party": ("gazetteer_parties.csv", ("name", "abbreviation", "aliases", "country")),
    "person": ("gazetteer_people.csv", ("name", "aliases", "role", "country")),
    "organisation": (
        "gazetteer_organisations.csv",
        ("name", "abbreviation", "aliases", "country"),
    ),
    "region": ("gazetteer_regions.csv", ("name", "aliases")),
}
VARIANTS_FILE = "gazetteer_variants.csv"
CONTEXT_FILE = "gazetteer_context.yaml"
OPTIONAL_FILES = ("gazetteer_regions.csv", VARIANTS_FILE, CONTEXT_FILE)
CONTEXT_KEYS = (
    "locative_before",
    "local_after",
    "title_words",
    "roles",
    "leader_words",
    "not_actors",
)
_THE = re.compile(r"^[Tt]he (?=\w)")  # "the Philippines" is matched as "Philippines"
# (column, flag) of the cells that give surface forms, per kind.
_SURFACE_COLUMNS = {
    "country": (("name", ""), ("aliases", ""), ("demonyms", "demonym"), ("capitals", "metonym")),
    "party": (("name", ""), ("abbreviation", ""), ("aliases", ""), ("native", "")),
    "person": (("name", ""), ("aliases", ""), ("short", "short")),
    "organisation": (("name", ""), ("abbreviation", ""), ("aliases", "")),
    "region": (("name", ""), ("aliases", "")),
}


class GazetteerError(DataFileError):
    """A gazetteer file is missing, lacks a column or has a conflicting entry."""


@dataclass(frozen=True)
class Context:
    """Words around a name that decide what it is (``gazetteer_context.yaml``)."""

    locative_before: frozenset[str]  # folded, lower case: "in", "arrived in" ...
    local_after: tuple[str, ...]  # "based", "Party Committee": the city, not the state
    title_words: frozenset[str]  # words that may stand before a short name
    roles: tuple[str, ...]  # titles a second mention may use alone ("the President")
    leader_words: tuple[str, ...]  # "leader", "top leader": any title
    not_actors: tuple[str, ...]


@dataclass(frozen=True)
class Gazetteer:
    """Surface forms of every actor and one compiled pattern that finds them.

    ``pattern`` and ``anchors`` work on folded text (``normalize.fold``); ``index`` maps a
    folded surface form to ``(canonical, kind, country)``, ``flags`` to its flag
    (``""``, ``demonym``, ``metonym``), ``shorts`` a person's short name to the people
    who have it, ``people`` a person to ``(country, titles)``.
    """

    entries: pd.DataFrame  # surface, canonical, kind, country, detail, flag, file, row
    pattern: re.Pattern[str]
    index: dict[str, tuple[str, str, str]]
    anchors: AnchorIndex
    flags: dict[str, str] = field(default_factory=dict)
    shorts: dict[str, tuple[str, ...]] = field(default_factory=dict)
    people: dict[str, tuple[str, frozenset[str]]] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)  # folded demonym -> country
    blocked: frozenset[str] = frozenset()  # not_actors phrases
    roles: frozenset[str] = frozenset()  # role words of second mentions
    context: Context | None = None

    def lookup(self, text: str) -> tuple[str, str, str]:
        """(canonical, kind, country) of a surface form, however spelled ("Việt Nam",
        "the Philippines"); ``KeyError`` when it names no actor."""
        return self.index[_THE.sub("", surface_key(text))]


def surface_key(text: str) -> str:
    """Lookup key of a surface form: folded, single spaces."""
    return " ".join(fold(text).split())


def default_gazetteer_dir() -> Path:
    """Folder of the gazetteer files shipped with the package."""
    return Path(str(resources.files("analysis") / "data"))


def read_data_csv(path: Path, columns: tuple[str, ...]) -> tuple[pd.DataFrame, int]:
    """A gazetteer CSV (leading ``#`` lines are comments) read by ``load_data_file`` with the
    schema of its name: ``(table, line of its first row)``.

    Raises ``GazetteerError`` naming the file when it cannot be read, breaks its schema
    or lacks one of ``columns``.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise GazetteerError(f"Cannot read gazetteer file {str(path)!r}: {exc}") from None
    table = load_data_file(path.name, text=text, source=repr(str(path)), error=GazetteerError)
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise GazetteerError(f"Gazetteer file {str(path)!r} lacks column(s) {missing}")
    return table, table.attrs["first_line"]


def _split(cell: str) -> list[str]:
    return [s.strip() for s in cell.split("|") if s.strip()]


def _locate(folder: Path, filename: str) -> Path:
    """``folder / filename``; for a file added after the first gazetteer layout (regions,
    variants, context) missing from an analyst's own folder, the packaged one."""
    path = folder / filename
    if filename in OPTIONAL_FILES and not path.exists():
        return default_gazetteer_dir() / filename
    return path


def _read_kind(folder: Path, kind: str) -> pd.DataFrame:
    filename, columns = GAZETTEER_FILES[kind]
    path = _locate(folder, filename)
    table, first = read_data_csv(path, columns)
    rows = []
    for i, entry in enumerate(table.to_dict("records")):
        name = entry["name"].strip()
        where = f"{str(path)!r} row {first + i}"
        if not name:
            raise GazetteerError(f"{where}: empty 'name'; give the actor's name")
        country = name if kind == "country" else entry.get("country", "").strip()
        detail = (entry.get("role") or entry.get("region") or "").strip()
        titles = "|".join(_split(entry.get("titles", "")))
        for column, flag in _SURFACE_COLUMNS[kind]:
            for surface in _split(entry.get(column, "")):
                key = _THE.sub("", surface_key(surface))
                if not re.match(r"\w", key):
                    raise GazetteerError(f"{where}: {column} {surface!r} must start with a letter")
                rows.append((key, name, kind, country, detail, flag, titles, str(path), where))
    return pd.DataFrame(
        rows,
        columns=["surface", "canonical", "kind", "country", "detail", "flag", "titles", "file",
                 "row"],
    )  # fmt: skip


def read_variants(folder: Path) -> dict[str, list[str]]:
    """Folded word (or word pair) -> its other spellings, both ways round."""
    path = _locate(folder, VARIANTS_FILE)
    table, first = read_data_csv(path, ("word", "variants"))
    out: dict[str, list[str]] = {}
    for i, (word, variants) in enumerate(zip(table["word"], table["variants"], strict=True)):
        spellings = [surface_key(w) for w in [word, *_split(variants)] if w.strip()]
        if len(spellings) < 2:
            raise GazetteerError(f"{str(path)!r} row {first + i}: give a word and its variants")
        for s in spellings:
            out.setdefault(s, []).extend(x for x in spellings if x != s and x not in out[s])
    return out


def read_context(folder: Path) -> Context:
    """The context words of ``gazetteer_context.yaml``, validated."""
    path = _locate(folder, CONTEXT_FILE)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise GazetteerError(f"Cannot read gazetteer file {str(path)!r}: {exc}") from None
    data: Any = load_data_file(
        CONTEXT_FILE, text=text, source=repr(str(path)), error=GazetteerError
    )
    if not isinstance(data, dict):
        raise GazetteerError(f"{str(path)!r} must be a mapping with keys {list(CONTEXT_KEYS)}")
    for key in CONTEXT_KEYS:
        value = data.get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise GazetteerError(f"{str(path)!r}: {key!r} must be a list of phrases")
    words = {k: [surface_key(v) for v in data[k]] for k in CONTEXT_KEYS}
    return Context(
        locative_before=frozenset(w.lower() for w in words["locative_before"]),
        local_after=tuple(f" {w}" for w in words["local_after"]),
        title_words=frozenset(words["title_words"]),
        roles=tuple(sorted(words["roles"], key=len, reverse=True)),
        leader_words=tuple(sorted(words["leader_words"], key=len, reverse=True)),
        not_actors=tuple(words["not_actors"]),
    )


def _check_countries(entries: pd.DataFrame) -> None:
    """Every party, person and organisation names a country of the countries file."""
    countries = set(entries.loc[entries["kind"] == "country", "canonical"])
    bad = entries.loc[(entries["country"] != "") & ~entries["country"].isin(countries)]
    if not bad.empty:
        first = bad.iloc[0]
        raise GazetteerError(
            f"{first['row']}: country {first['country']!r} of {first['canonical']!r} is not "
            "a name in gazetteer_countries.csv; use that file's name"
        )


def _check_clashes(entries: pd.DataFrame) -> None:
    """One surface form names one actor; several people may share a short name only
    (variants are checked after expansion)."""
    distinct = entries.drop_duplicates(["surface", "canonical"])
    clashes = distinct.loc[distinct["surface"].duplicated(keep=False)]
    for surface, group in clashes.groupby("surface", sort=True):
        if set(group["flag"]) != {"short"}:
            raise GazetteerError(
                f"Gazetteer surface form {surface!r} names more than one actor "
                f"({group['canonical'].tolist()}; {group['row'].tolist()}); keep it under "
                "one entry only"
            )


def _with_variants(entries: pd.DataFrame, variants: dict[str, list[str]]) -> pd.DataFrame:
    """Add each surface form's spellings; an explicit surface form wins over a variant."""
    extra = [
        {**row, "surface": spelling}
        for row in entries.to_dict("records")
        for spelling in expand_variants(row["surface"], variants)[1:]
    ]
    if not extra:
        return entries
    generated = pd.DataFrame(extra, columns=entries.columns)
    generated = generated.loc[~generated["surface"].isin(set(entries["surface"]))]
    generated = generated.drop_duplicates(["surface", "canonical"])
    generated = generated.loc[~generated["surface"].duplicated(keep=False)]
    return pd.concat([entries, generated], ignore_index=True)


def trie_pattern(surfaces: list[str]) -> re.Pattern[str]:
    """One pattern of every (folded) surface form as a trie: a space matches any run of
    whitespace, a match begins and ends at word boundaries, and at each node the longer
    continuations are tried first, so the match at a position is the longest surface."""
    trie: dict[str, Any] = {}
    for surface in surfaces:
        node = trie
        for ch in surface:
            node = node.setdefault(ch, {})
        node[""] = True

    def render(node: dict[str, Any]) -> str:
        branches = [
            (r"\s+" if ch == " " else re.escape(ch)) + render(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if "" in node:
            branches.append(r"(?!\w)")
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return re.compile(r"(?<!\w)" + render(trie)) if trie else re.compile(r"(?!)")


def load_gazetteer(folder: str | Path | None = None) -> Gazetteer:
    """Read the gazetteer files from ``folder`` (the packaged ones by default).

    Raises ``GazetteerError`` for a missing file or column, an empty name, an unknown
    country, or one surface form given to two different actors (the message names both
    and their rows). Loaded once per folder and file versions.
    """
    source = Path(folder) if folder is not None else default_gazetteer_dir()
    stamps = tuple(
        (name, file_stamp(_locate(source, name)))
        for name in [f for f, _ in GAZETTEER_FILES.values()] + [VARIANTS_FILE, CONTEXT_FILE]
    )
    return _load(source, stamps)


@lru_cache(maxsize=8)  # keyed by each file's change time: an edited file is read again
def _load(source: Path, _stamps: tuple[tuple[str, tuple[int, int, int]], ...]) -> Gazetteer:
    entries = pd.concat([_read_kind(source, kind) for kind in KINDS], ignore_index=True)
    _check_countries(entries)
    _check_clashes(entries)
    context = read_context(source)
    entries = _with_variants(entries, read_variants(source))
    shorts_rows = entries.loc[entries["flag"] == "short"]
    entries = entries.loc[entries["flag"] != "short"]
    entries = entries.drop_duplicates("surface").reset_index(drop=True)
    known = set(entries["surface"])
    shorts: dict[str, tuple[str, ...]] = {}
    for key, canonical in zip(shorts_rows["surface"], shorts_rows["canonical"], strict=True):
        if key not in known:
            shorts[key] = tuple(dict.fromkeys((*shorts.get(key, ()), canonical)))
    blocked = frozenset(s for s in context.not_actors if s not in known)
    roles = frozenset(
        s for s in (*context.roles, *context.leader_words) if s not in known and s not in shorts
    )
    surfaces = sorted({*entries["surface"], *shorts, *blocked, *roles})
    people = entries.loc[entries["kind"] == "person"].drop_duplicates("canonical")
    return Gazetteer(
        entries=entries,
        pattern=trie_pattern(surfaces),
        index={
            row.surface: (row.canonical, row.kind, row.country)
            for row in entries.itertuples(index=False)
        },
        anchors=AnchorIndex([[literal_anchor(s) for s in surfaces]], ignore_case=False),
        flags=dict(zip(entries["surface"], entries["flag"], strict=True)),
        shorts=shorts,
        people={
            row.canonical: (row.country, frozenset(surface_key(t) for t in _split(row.titles)))
            for row in people.itertuples(index=False)
        },
        demonyms={
            row.surface: row.country
            for row in entries.loc[entries["flag"] == "demonym"].itertuples(index=False)
        },
        blocked=blocked,
        roles=roles,
        context=context,
    )
