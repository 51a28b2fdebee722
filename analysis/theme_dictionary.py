"""The theme dictionary: reading, validating and compiling ``analysis/data/themes.yaml``.

Each theme has an id, a label, a one-line definition, terms and optional exclusions
(the file's header comment documents the term syntax). ``load_themes`` rejects a
malformed dictionary with a ``ThemeDictionaryError`` naming the theme and the problem,
and compiles every theme once into one case-insensitive pattern.

    >>> themes = load_themes()                    # the packaged dictionary
    >>> sorted(t.id for t in themes)[:3]
    ['economic', 'identity', 'information_culture']
"""

from __future__ import annotations

import re
import reprlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from analysis.data_files import load_data_file
from analysis.errors import DataFileError, ParameterError
from analysis.term_index import MEMO_WORDS, WORD, matches_at, term_anchor

_HYPHENS = "-\u2010\u2011\u2012\u2013"
_APOSTROPHES = "'\u2019\u2018"


class ThemeDictionaryError(DataFileError):
    """The theme dictionary file is malformed; the message names the theme and the problem."""


@dataclass(frozen=True)
class ActorRule:
    """Actor evidence for a theme: a sentence that names one of ``names`` (gazetteer
    actors and listed phrases) together with one of ``cues`` is a hit worth ``weight``."""

    id: str
    note: str
    names: tuple[str, ...]
    cues: tuple[str, ...]
    weight: float
    names_pattern: re.Pattern[str]
    cues_pattern: re.Pattern[str] | None
    exact_case: frozenset[str] = frozenset()  # names (abbreviations) that must match in case
    cue_prefixes: tuple[str, ...] | None = None  # see term_prefixes: a cheap test first
    anchored: AnchoredTerms | None = field(default=None, compare=False, repr=False)

    def name_of(self, match: re.Match[str]) -> str:
        """The listed name behind a match of ``names_pattern``."""
        return self.names[int(match.lastgroup[1:])]  # type: ignore[index]

    def has_cue(self, text: str) -> bool:
        """Whether ``text`` holds one of the cues (always, for a rule without cues)."""
        if self.cues_pattern is None:
            return True
        if self.cue_prefixes is not None:
            lowered = text.lower()
            if not any(p in lowered for p in self.cue_prefixes):
                return False
        return self.cues_pattern.search(text) is not None


@dataclass(frozen=True)
class ContextRule:
    """A context that changes the weight of a theme's hits lying inside it (a stock list
    of goals, a Party Congress named as a time marker): their weight is multiplied by
    ``weight`` and the hit names the rule."""

    id: str
    note: str
    themes: tuple[str, ...]
    weight: float
    terms: tuple[str, ...]  # the phrases (or list items) the pattern is built from
    pattern: re.Pattern[str]
    prefixes: tuple[str, ...] | None = None  # literal runs, see term_prefixes
    min_present: int = 1  # distinct prefixes a text must hold before the pattern runs
    runs: tuple[tuple[str, ...], ...] | None = None  # per phrase, every literal run (lower)
    min_items: int = 0  # for a list rule
    word_start_checked: bool = False  # lower_pattern lacks the word-start lookbehind
    item_pattern: re.Pattern[str] | None = None  # a list's items, for list_spans
    # The same pattern without IGNORECASE, for the lower-cased text (much faster); raw
    # "re:" phrases are used as written, so write them in lower case.
    lower_pattern: re.Pattern[str] | None = None

    def spans(self, text: str, lowered: str) -> list[tuple[int, int]]:
        """Where the context lies in ``text`` (``lowered`` is ``text.lower()``)."""
        if not self.may_match(lowered):
            return []
        if self.lower_pattern is not None and len(lowered) == len(text):
            if self.item_pattern is not None:
                return list_spans(self.item_pattern, lowered, self.min_items)
            if self.word_start_checked:
                return word_start_spans(self.lower_pattern, lowered)
            return [m.span() for m in self.lower_pattern.finditer(lowered)]
        return [m.span() for m in self.pattern.finditer(text)]

    def spans_at(self, text: str, lowered: str, starts: Sequence[int]) -> list[tuple[int, int]]:
        """``spans(text, lowered)`` when the context can only begin at ``starts``
        (ascending word starts where one of its phrases or items can begin, from an
        ``AnchorIndex`` of ``terms``): the patterns are tried there only."""
        if not starts:
            return []
        if self.lower_pattern is None or len(lowered) != len(text):
            return self.spans(text, lowered)
        if self.item_pattern is not None:
            found = [m.span() for m in matches_at(self.item_pattern, lowered, starts)]
            return list_runs(found, lowered, self.min_items)
        if self.word_start_checked:  # every start is a word start already
            return [m.span() for m in matches_at(self.lower_pattern, lowered, starts)]
        return self.spans(text, lowered)

    def may_match(self, lowered: str) -> bool:
        """False when ``lowered`` (a lower-cased text) cannot hold the context: for a list,
        too few separators or distinct items; for phrases, no phrase with all its literal
        runs in the text."""
        if self.min_items:  # a list of list_items: min_items - 1 joints at least
            if len(_LIST_JOINT.findall(lowered)) < self.min_items - 1:
                return False
            if self.prefixes is None:
                return True
            return sum(p in lowered for p in self.prefixes) >= self.min_present
        if self.runs is None:
            return True
        return any(all(r in lowered for r in runs) for runs in self.runs)


@dataclass(frozen=True)
class Theme:
    """One compiled theme of the dictionary."""

    id: str
    label: str
    definition: str
    terms: tuple[str, ...]
    exclude: tuple[str, ...]
    pattern: re.Pattern[str]
    exclude_pattern: re.Pattern[str] | None
    prefixes: tuple[str, ...] | None = None
    weights: tuple[float, ...] = ()  # per term, in ``terms`` order (empty: all 1)
    threshold: float = 1.0  # summed hit weight a paragraph needs to be coded
    actors: tuple[ActorRule, ...] = ()
    contexts: tuple[ContextRule, ...] = ()
    term_weight: dict[str, float] = field(default_factory=dict, compare=False, repr=False)
    anchored: AnchoredTerms | None = field(default=None, compare=False, repr=False)
    # Per context rule id, the terms that can lie inside the context (None: any term).
    context_terms: dict[str, frozenset[str] | None] = field(
        default_factory=dict, compare=False, repr=False
    )
    # The dictionary's n-gram model (``analysis.theme_evidence``; None: no ``model:``).
    model: Any = field(default=None, compare=False, repr=False)

    def weight_of(self, term: str) -> float:
        """The weight of one of the theme's terms (1 unless ``weights:`` says otherwise)."""
        return self.term_weight.get(term, 1.0)

    def term_of(self, match: re.Match[str]) -> str:
        """The dictionary term behind a match of ``pattern``."""
        return self.terms[int(match.lastgroup[1:])]  # type: ignore[index]

    def may_match(self, lowered: str) -> bool:
        """False when ``lowered`` (a lower-cased text) cannot contain a match: no term's
        longest literal run occurs in it. A cheap test before the regex."""
        return self.prefixes is None or any(p in lowered for p in self.prefixes)


_LITERAL_RUN = re.compile(r"[^\s*'\u2019\u2018\-\u2010-\u2013]+")
_LIST_JOINT = re.compile(r"[,;]|\s(?:and|or|as)\s")  # one in every joint of a list context


def literal_runs(terms: Sequence[str]) -> tuple[tuple[str, ...], ...] | None:
    """Per term, every literal run (lower case) a text must hold for the term to match
    (for a raw regex, its ``required_literals``)."""
    out = []
    for term in terms:
        term = term.strip()
        if term.startswith("re:"):
            out.append(required_literals(term[3:]))
        else:
            out.append(tuple(r.lower() for r in _LITERAL_RUN.findall(term)))
    return tuple(out)


_QUANTIFIERS = "?*+{"


def required_literals(regex: str) -> tuple[str, ...]:
    r"""Runs of plain letters, digits and spaces that every match of ``regex`` contains: those
    outside any group, class or alternative (none when the regex has a top-level ``|``);
    a letter that a quantifier follows is left out. Conservative: may miss some.

    >>> required_literals(r"(?:since|after)\s+the\s+(?:\w+\s+){0,3}congress")
    ('the', 'congress')
    >>> required_literals("a|b")
    ()
    """
    if "(?x" in regex:  # verbose: spaces are not literal
        return ()
    runs: list[str] = []
    run, depth, i = "", 0, 0
    while i < len(regex):
        ch = regex[i]
        if ch == "{":  # a counted repeat of what precedes it: skip to its end
            runs.append(run[:-1])
            end = regex.find("}", i)
            run, i = "", (len(regex) if end < 0 else end + 1)
            continue
        if ch == "\\":
            runs.append(run)
            run, i = "", i + 2
            continue
        if ch == "[":  # a class: skip to its closing bracket
            runs.append(run)
            run, i = "", _class_end(regex, i)
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return ()
        if depth == 0 and ch != ")" and (ch.isascii() and (ch.isalnum() or ch == " ")):
            run += ch
        else:
            runs.append(run)
            run = ""
            if ch in _QUANTIFIERS and runs and runs[-1]:
                runs[-1] = runs[-1][:-1]  # the quantifier applies to the letter before it
        i += 1
    runs.append(run)
    return tuple(r.strip().lower() for r in runs if r.strip())


def _class_end(regex: str, start: int) -> int:
    """The position after the character class opening at ``start``."""
    i = start + 1
    if i < len(regex) and regex[i] == "^":
        i += 1
    if i < len(regex) and regex[i] == "]":
        i += 1
    while i < len(regex) and regex[i] != "]":
        i += 2 if regex[i] == "\\" else 1
    return i + 1


def term_prefixes(terms: Sequence[str]) -> tuple[str, ...] | None:
    """The longest literal run of each term, lower-cased (``None`` if a term is a raw
    regex): any text that matches a term contains that run."""
    prefixes = []
    for term in terms:
        runs = _LITERAL_RUN.findall(term.strip())
        if term.strip().startswith("re:") or not runs:
            return None
        prefixes.append(max(runs, key=len).lower())
    return tuple(sorted(set(prefixes)))


class AnchoredTerms:
    """Per first word of a text position, a pattern of only the terms that can start
    there (those whose anchor is that word, or a prefix of it for ``*`` terms).

    ``match(text, start)`` equals ``pattern.match(text, start)`` for the full named
    pattern of the terms, at a position where a word starts, but tries a handful of
    alternatives instead of all of them. Sub-patterns are compiled on first use and
    remembered per word.
    """

    def __init__(self, terms: Sequence[str], full: re.Pattern[str]):
        self.terms, self.full = tuple(terms), full
        self.exact: dict[str, list[int]] = {}
        self.prefix: list[tuple[str, int]] = []
        self.anchored = True
        for i, term in enumerate(self.terms):
            anchor = term_anchor(term)
            if anchor is None:
                self.anchored = False
            elif anchor.prefix:
                self.prefix.append((anchor.word.lower(), i))
            else:
                self.exact.setdefault(anchor.word.lower(), []).append(i)
        self._memo: dict[str, re.Pattern[str] | None] = {}

    def pattern_for(self, word: str) -> re.Pattern[str] | None:
        """The pattern of the terms that may start with ``word`` (lower case, ASCII);
        ``None`` when none can."""
        if word in self._memo:
            return self._memo[word]
        only = self.exact.get(word, []) + [i for w, i in self.prefix if word.startswith(w)]
        found = compile_terms(self.terms, named=True, only=sorted(only)) if only else None
        if len(self._memo) > MEMO_WORDS:
            self._memo.clear()
        self._memo[word] = found
        return found

    def match(self, text: str, start: int) -> re.Match[str] | None:
        """``full.match(text, start)`` through the sub-pattern of the word at ``start``."""
        word = WORD.match(text, start)
        if not self.anchored or word is None or not word.group(0).isascii():
            return self.full.match(text, start)
        pattern = self.pattern_for(word.group(0).lower())
        return None if pattern is None else pattern.match(text, start)


def anchored_matches(
    terms: AnchoredTerms,
    text: str,
    starts: Sequence[int] | None,
    words: dict[int, str] | None = None,
) -> list[re.Match[str]]:
    """``analysis.term_index.matches_at`` for ``terms.full``, trying at each start only
    the terms that can begin with the word there (``words``: the lower-case word at each
    start, from ``AnchorIndex.candidates_and_words``; looked up when missing)."""
    if starts is None or not terms.anchored:
        return matches_at(terms.full, text, starts)
    out: list[re.Match[str]] = []
    end = 0
    memo = terms._memo
    for start in starts:
        if start < end:
            continue
        word = words.get(start) if words is not None else None
        if word is None or not word.isascii():
            found = terms.match(text, start)
        else:
            pattern = memo[word] if word in memo else terms.pattern_for(word)
            found = None if pattern is None else pattern.match(text, start)
        if found is not None:
            out.append(found)
            end = max(found.end(), start + 1)
    return out


def default_themes_path() -> Path:
    """Path of the theme dictionary shipped with the package."""
    return Path(str(resources.files("analysis") / "data" / "themes.yaml"))


def term_regex(term: str) -> str:
    """Translate one dictionary term into a regular expression (without flags).

    Plain terms match whole words, case-insensitively (the flag is added by the
    caller); ``*`` matches any run of word characters; a hyphen also matches a space
    and the other dash characters; an apostrophe matches straight and curly ones;
    spaces match any run of whitespace. ``re:...`` is passed through as a regex.

    >>> bool(re.fullmatch(term_regex("people-to-people"), "people to people"))
    True
    >>> bool(re.fullmatch(term_regex("diversif*"), "diversification"))
    True
    """
    if not isinstance(term, str) or not term.strip():
        raise ValueError("term is empty")
    term = term.strip()
    if term.startswith("re:"):
        body = term[3:]
        if not body:
            raise ValueError("'re:' term has no pattern")
        try:
            re.compile(body)
        except re.error as exc:
            raise ValueError(f"term {term!r} is not a valid regular expression ({exc})") from None
        return f"(?:{body})"
    if "**" in term:
        raise ValueError(f"term {term!r} has '**'; use a single '*' wildcard")
    if not any(ch.isalnum() for ch in term):
        raise ValueError(f"term {term!r} has no letters or digits and would match anything")
    if term.startswith("*"):
        raise ValueError(f"term {term!r} starts with '*'; wildcards may only end or join words")
    parts: list[str] = []
    for ch in term:
        if ch == "*":
            parts.append(r"\w*")
        elif ch in _HYPHENS:
            parts.append(rf"(?:[{_HYPHENS}]|\s+)")
        elif ch in _APOSTROPHES:
            parts.append(f"[{_APOSTROPHES}]")
        elif ch.isspace():
            if not parts or parts[-1] != r"\s+":
                parts.append(r"\s+")
        else:
            parts.append(re.escape(ch))
    return r"(?<!\w)" + "".join(parts) + r"(?!\w)"


_WORD_START = r"(?<!\w)"


def compile_terms(
    terms: Sequence[str], *, named: bool = False, only: Sequence[int] | None = None
) -> re.Pattern[str]:
    """One case-insensitive pattern matching any of ``terms`` (longer terms first).

    With ``named=True`` each term is a group ``t<i>`` (``i`` its index in ``terms``).
    The word-start check shared by all plain terms is tested once, before the
    alternatives, which makes matching several times faster. ``only`` (indices into
    ``terms``) keeps those terms, in the same relative order and with the same names.
    """
    keep = range(len(terms)) if only is None else only
    order = sorted(keep, key=lambda i: (-len(terms[i]), i))
    plain, raw = [], []
    for i in order:
        regex = term_regex(terms[i])
        is_plain = regex.startswith(_WORD_START)
        body = regex[len(_WORD_START) :] if is_plain else regex
        (plain if is_plain else raw).append(f"(?P<t{i}>{body})" if named else body)
    alternatives = ([f"{_WORD_START}(?:{'|'.join(plain)})"] if plain else []) + raw
    return re.compile("|".join(alternatives), re.IGNORECASE)


def _as_str_list(value: Any, theme_id: str, field: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ThemeDictionaryError(f"Theme {theme_id!r}: '{field}' must be a list of strings")
    return tuple(v.strip() for v in value)


def _build_theme(entry: Any, position: int, source: str) -> Theme:
    if not isinstance(entry, dict):
        raise ThemeDictionaryError(
            f"{source}: theme #{position + 1} is not a mapping with id, label, terms"
        )
    theme_id = entry.get("id")
    if not isinstance(theme_id, str) or not theme_id.strip():
        raise ThemeDictionaryError(
            f"{source}: theme #{position + 1} (label {reprlib.repr(entry.get('label'))}) has "
            "no 'id'; give every theme a unique snake_case id"
        )
    theme_id = theme_id.strip()
    terms = _as_str_list(entry.get("terms"), theme_id, "terms")
    if not terms or not all(terms):
        raise ThemeDictionaryError(
            f"Theme {theme_id!r} in {source}: 'terms' is empty or has an empty term; "
            "list at least one phrase"
        )
    exclude = _as_str_list(entry.get("exclude"), theme_id, "exclude")
    try:
        pattern = compile_terms(terms, named=True)
        exclude_pattern = compile_terms(exclude) if exclude else None
    except ValueError as exc:
        raise ThemeDictionaryError(
            f"Theme {theme_id!r} in {source}: invalid pattern: {exc}"
        ) from None
    weights = _build_weights(entry.get("weights"), terms, theme_id, source)
    actors = tuple(
        _build_actor(a, i, theme_id, source, covered=_covering_terms(terms, weights, pattern))
        for i, a in enumerate(entry.get("actors") or [])
    )
    return Theme(
        id=theme_id,
        label=str(entry.get("label") or theme_id),
        definition=" ".join(str(entry.get("definition") or "").split()),
        terms=terms,
        exclude=exclude,
        pattern=pattern,
        exclude_pattern=exclude_pattern,
        prefixes=term_prefixes(terms),
        weights=tuple(weights.get(t, 1.0) for t in terms) if weights else (),
        threshold=_number(
            entry.get("threshold", 1.0), f"Theme {theme_id!r} in {source}: threshold"
        ),
        actors=actors,
        # Actor evidence appears in hits as the term "actor:<id>", weighing its rule's weight.
        term_weight=weights | {f"actor:{a.id}": a.weight for a in actors},
        anchored=AnchoredTerms(terms, pattern),
    )


def load_themes(path: str | Path | None = None) -> tuple[Theme, ...]:
    """Read, validate and compile a theme dictionary (the packaged one by default).

    Raises ``ThemeDictionaryError`` naming the theme and the problem for a missing id,
    empty terms, a duplicate id or a term that is not a valid pattern.
    """
    source = Path(path) if path is not None else default_themes_path()
    try:
        text = source.read_text(encoding="utf-8")
    except OSError as exc:
        raise ThemeDictionaryError(f"Cannot read theme dictionary {str(source)!r}: {exc}") from None
    return _parse_themes(text, str(source))


@lru_cache(maxsize=16)
def _parse_themes(text: str, source: str) -> tuple[Theme, ...]:
    """Validate and compile a dictionary's text (cached: the same text compiles once)."""
    data = load_data_file("themes.yaml", text=text, source=source, error=ThemeDictionaryError)
    entries = data.get("themes") if isinstance(data, dict) else data
    if not isinstance(entries, list) or not entries:
        raise ThemeDictionaryError(f"{source!r} has no themes; expected a top-level 'themes:' list")
    themes = tuple(_build_theme(e, i, source) for i, e in enumerate(entries))
    themes = attach_contexts(
        themes, data.get("contexts") if isinstance(data, dict) else None, source
    )
    if isinstance(data, dict) and data.get("model") is not None:
        from analysis.theme_evidence import load_theme_model

        ids = [t.id for t in themes]
        model = load_theme_model(
            data["model"], Path(source).parent, source, ids, ThemeDictionaryError
        )
        themes = tuple(replace(t, model=model) for t in themes)
    seen: set[str] = set()
    for theme in themes:
        if theme.id in seen:
            raise ThemeDictionaryError(
                f"Theme {theme.id!r} in {source!r}: duplicate id; ids must be unique"
            )
        seen.add(theme.id)
    return themes


def resolve_themes(
    themes: Sequence[Theme] | str | Path | None = None, ids: Iterable[str] | None = None
) -> tuple[Theme, ...]:
    """Themes to use: a loaded dictionary, a path to one, or the packaged one.

    ``ids`` (empty or None = all) keeps only those themes, in dictionary order; an
    unknown id raises ``ParameterError`` listing the valid ones.
    """
    loaded = (
        load_themes(themes) if themes is None or isinstance(themes, str | Path) else tuple(themes)
    )
    wanted = list(ids or [])
    if not wanted:
        return loaded
    known = [t.id for t in loaded]
    unknown = [i for i in wanted if i not in known]
    if unknown:
        raise ParameterError("themes", unknown, f"must be among {known}")
    return tuple(t for t in loaded if t.id in wanted)


# --- Coding rules: term weights, thresholds, actor evidence, contexts -------------------
# Each reads one optional part of an entry (the file's header comment documents them) and
# raises ThemeDictionaryError naming the file, the theme or rule, and the fix.

GAZETTEER_FILES = {
    "country": "gazetteer_countries.csv",
    "party": "gazetteer_parties.csv",
    "person": "gazetteer_people.csv",
    "organisation": "gazetteer_organisations.csv",
}
_ACTOR_KEYS = {"id", "note", "names", "gazetteer", "cues", "weight"}
_GAZETTEER_KEYS = {"kinds", "countries", "exclude_countries"}
_CONTEXT_KEYS = {"id", "note", "themes", "weight", "phrases", "list_items", "min_items"}


def _number(value: Any, where: str, *, minimum: float = 0.0) -> float:
    """A number >= ``minimum`` from the YAML, or an error naming ``where``."""
    if isinstance(value, bool) or not isinstance(value, int | float) or value < minimum:
        raise ThemeDictionaryError(f"{where} is {value!r}; give a number >= {minimum:g}")
    return float(value)


def _build_weights(
    value: Any, terms: Sequence[str], theme_id: str, source: str
) -> dict[str, float]:
    """``weights:`` (term -> weight) of one theme; every key must be one of its terms."""
    if value is None:
        return {}
    where = f"Theme {theme_id!r} in {source}: weights"
    if not isinstance(value, dict):
        raise ThemeDictionaryError(f"{where} must be a mapping of term: weight")
    unknown = [k for k in value if k not in terms]
    if unknown:
        raise ThemeDictionaryError(
            f"{where} names {unknown}, which are not among its terms; add them to terms first"
        )
    return {str(k): _number(v, f"{where} of {k!r}") for k, v in value.items()}


def _gazetteer_rows(folder: Path, kind: str) -> list[dict[str, str]]:
    """The rows of one gazetteer file as dicts (country of a country = its name), read
    the way ``analysis.gazetteer`` reads them (leading ``#`` lines are comments)."""
    from analysis.gazetteer import GazetteerError, read_data_csv

    path = folder / GAZETTEER_FILES[kind]
    try:
        table, _ = read_data_csv(path, ("name",))
    except GazetteerError as exc:
        raise ThemeDictionaryError(str(exc)) from None
    rows = table.to_dict("records")
    for row in rows:
        if kind == "country":
            row["country"] = row.get("name", "")
    return rows


@lru_cache(maxsize=32)
def gazetteer_names(
    kinds: tuple[str, ...],
    countries: tuple[str, ...] = (),
    exclude_countries: tuple[str, ...] = (),
    folder: str = "",
) -> tuple[str, ...]:
    """Surface forms (names, abbreviations, aliases) of the gazetteer actors of ``kinds``
    whose country is in ``countries`` (empty: any) and not in ``exclude_countries``;
    read from the gazetteer CSVs next to the packaged theme file (or in ``folder``)."""
    base = Path(folder) if folder else default_themes_path().parent
    names: set[str] = set()
    for kind in kinds:
        for row in _gazetteer_rows(base, kind):
            country = (row.get("country") or "").strip()
            if (countries and country not in countries) or country in exclude_countries:
                continue
            surfaces = [row.get("name", ""), row.get("abbreviation", "")]
            surfaces += (row.get("aliases") or "").split("|")
            names.update(s.strip() for s in surfaces if s and s.strip())
    return tuple(sorted(names))


_LEADING_ARTICLE = re.compile(r"(?:The|A|An)\s+(?=\S+\s+\S)|[A-Z]\.\s+(?=\w)")


def _distinctive(name: str) -> str:
    """An actor name without a leading article or initial ("The Left (Germany)" -> "Left
    (Germany)", "S. Jaishankar" -> "Jaishankar"): the rest names the actor as well, and a
    name is looked for wherever its first word occurs, which for "the" is everywhere.

    >>> [_distinctive(n) for n in ("The Left (Germany)", "S. Jaishankar", "The Greens")]
    ['Left (Germany)', 'Jaishankar', 'The Greens']
    """
    return _LEADING_ARTICLE.sub("", name, count=1) if _LEADING_ARTICLE.match(name) else name


def _is_abbreviation(name: str) -> bool:
    return len(name) <= 6 and name.upper() == name and any(c.isalpha() for c in name)


def _covering_terms(
    terms: Sequence[str], weights: dict[str, float], pattern: re.Pattern[str]
) -> Callable[[str, float], bool]:
    """Whether one of the theme's terms, weighing at least ``weight``, matches inside an
    actor's name (then every mention of the actor is already a hit of that term)."""

    def covers(name: str, weight: float) -> bool:
        return any(
            weights.get(terms[int(m.lastgroup[1:])], 1.0) >= weight  # type: ignore[index]
            for m in pattern.finditer(name)
        )

    return covers


def _build_actor(
    entry: Any,
    position: int,
    theme_id: str,
    source: str,
    covered: Callable[[str, float], bool] | None = None,
) -> ActorRule:
    """One ``actors:`` entry of a theme. Names where one of the theme's own terms
    (``covered(name, weight)``) already match with at least the rule's weight are dropped:
    the term codes that mention already (abbreviations, matched in exact case, stay)."""
    where = _checked_rule_entry(
        entry,
        f"Theme {theme_id!r} in {source}: actors #{position + 1}",
        f"Theme {theme_id!r} in {source}: actor rule",
        _ACTOR_KEYS,
        "captures",
    )
    names = list(_as_str_list(entry.get("names"), theme_id, f"actor {entry['id']} names"))
    spec = entry.get("gazetteer")
    if spec is not None:
        if not isinstance(spec, dict) or set(spec) - _GAZETTEER_KEYS:
            raise ThemeDictionaryError(
                f"{where}: 'gazetteer' must be a mapping with keys among {sorted(_GAZETTEER_KEYS)}"
            )
        kinds = _as_str_list(spec.get("kinds"), theme_id, "gazetteer kinds")
        bad = [k for k in kinds if k not in GAZETTEER_FILES]
        if bad or not kinds:
            raise ThemeDictionaryError(
                f"{where}: gazetteer kinds {bad or '[]'} must be among {sorted(GAZETTEER_FILES)}"
            )
        names += gazetteer_names(
            kinds,
            _as_str_list(spec.get("countries"), theme_id, "gazetteer countries"),
            _as_str_list(spec.get("exclude_countries"), theme_id, "gazetteer exclude_countries"),
        )
    names = [_distinctive(n) for n in names]
    names = sorted(set(names), key=names.index)
    weight = _number(entry.get("weight", 1.0), f"{where}: weight")
    names = [n for n in names if covered is None or _is_abbreviation(n) or not covered(n, weight)]
    if not names:
        raise ThemeDictionaryError(f"{where} names no actor; give 'names' or 'gazetteer'")
    cues = _as_str_list(entry.get("cues"), theme_id, f"actor {entry['id']} cues")
    try:
        names_pattern = compile_terms(names, named=True)
        cues_pattern = compile_terms(cues) if cues else None
    except ValueError as exc:
        raise ThemeDictionaryError(f"{where}: invalid pattern: {exc}") from None
    return ActorRule(
        id=entry["id"],
        note=" ".join(str(entry["note"]).split()),
        names=tuple(names),
        cues=cues,
        weight=weight,
        names_pattern=names_pattern,
        cues_pattern=cues_pattern,
        exact_case=frozenset(n for n in names if _is_abbreviation(n)),
        cue_prefixes=term_prefixes(cues) if cues else None,
        anchored=AnchoredTerms(names, names_pattern),
    )


def _list_pattern(
    items: Sequence[str], min_items: int, flags: int = re.IGNORECASE, *, word_start: bool = True
) -> re.Pattern[str]:
    """A run of at least ``min_items`` of ``items`` joined by commas, semicolons or 'and',
    each optionally after the/its/their/our/a (``word_start=False``: without the check that
    the run starts a word, which ``word_start_spans`` then makes)."""
    bodies = [term_regex(t) for t in sorted(items, key=len, reverse=True)]
    bodies = [b[len(_WORD_START) :] if b.startswith(_WORD_START) else b for b in bodies]
    item = rf"(?:{_ARTICLE}\s+)?(?:" + "|".join(bodies) + ")"
    start = _WORD_START if word_start else ""
    return re.compile(rf"{start}{item}(?:{_JOINT}{item}){{{min_items - 1},}}", flags)


_ARTICLE = r"(?:the|its|their|our|a)"
_JOINT = r"(?:\s*[,;]\s*(?:and\s+|or\s+)?|\s+(?:and|or|as\s+well\s+as)\s+)"
_GAP = re.compile(rf"{_JOINT}(?:{_ARTICLE}\s+)?")
_ARTICLE_BEFORE = re.compile(rf"(?<!\w){_ARTICLE}\s+\Z")


def _item_pattern(items: Sequence[str]) -> re.Pattern[str]:
    """Any one of a list's items (lower case, longest first), without the word-start
    check (``list_spans`` makes it)."""
    bodies = [term_regex(t)[len(_WORD_START) :] for t in sorted(items, key=len, reverse=True)]
    return re.compile("(?:" + "|".join(bodies) + ")")


def list_spans(items: re.Pattern[str], lowered: str, min_items: int) -> list[tuple[int, int]]:
    """The spans of ``_list_pattern(items, min_items, 0)`` in ``lowered``, found in two fast
    steps: the items that start a word, then runs of at least ``min_items`` of them whose
    gaps are joints (", ", " and ", "; the "...), widened to a leading article."""
    return list_runs(word_start_spans(items, lowered), lowered, min_items)


def list_runs(
    found: Sequence[tuple[int, int]], lowered: str, min_items: int
) -> list[tuple[int, int]]:
    """The runs of at least ``min_items`` consecutive item spans ``found`` (ascending, not
    overlapping) whose gaps in ``lowered`` are joints, widened to a leading article."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(found):
        j = i
        while j + 1 < len(found) and _GAP.fullmatch(lowered, found[j][1], found[j + 1][0]):
            j += 1
        if j - i + 1 >= min_items:
            start = found[i][0]
            article = _ARTICLE_BEFORE.search(lowered, max(0, start - 40), start)
            out.append((article.start() if article else start, found[j][1]))
        i = j + 1
    return out


def _lowered(terms: Sequence[str]) -> list[str]:
    """Plain terms in lower case (raw ``re:`` terms as written)."""
    return [t if t.strip().startswith("re:") else t.lower() for t in terms]


def _phrase_pattern(
    phrases: Sequence[str], flags: int = re.IGNORECASE, *, word_start: bool = True
) -> re.Pattern[str]:
    """Any of ``phrases`` (the terms' syntax), leftmost first (``word_start=False``, for
    plain phrases only: without the word-start check, see ``word_start_spans``)."""
    bodies = [term_regex(p) for p in phrases]
    if word_start:
        return re.compile("|".join(bodies), flags)
    bodies = [b[len(_WORD_START) :] for b in bodies]
    return re.compile("(?:" + "|".join(bodies) + ")", flags)


_WORD_CHAR = re.compile(r"\w")


def word_start_spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """The leftmost, non-overlapping matches of ``pattern`` that start a word: exactly
    ``finditer`` of the pattern with ``(?<!\\w)`` in front, but several times faster (a
    pattern that opens with a lookbehind cannot skip ahead to its first letters)."""
    out: list[tuple[int, int]] = []
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        start = m.start()
        if start and _WORD_CHAR.match(text, start - 1):
            pos = start + 1
            continue
        out.append(m.span())
        pos = max(m.end(), start + 1)
    return out


def _checked_rule_entry(
    entry: Any, position_name: str, rule_name: str, keys: frozenset[str] | set[str], does: str
) -> str:
    """Check one actor or context rule entry (a mapping with an 'id', known keys only, a
    'note'); return how messages name it (``rule_name`` and its id)."""
    if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
        raise ThemeDictionaryError(f"{position_name} must be a mapping with an 'id'")
    where = f"{rule_name} {entry['id']!r}"
    unknown = set(entry) - keys
    if unknown:
        raise ThemeDictionaryError(f"{where} has unknown keys {sorted(unknown)}")
    if not str(entry.get("note") or "").strip():
        raise ThemeDictionaryError(f"{where} has no 'note'; say in one line what it {does}")
    return where


def _build_context(entry: Any, position: int, source: str, known: set[str]) -> ContextRule:
    """One top-level ``contexts:`` entry."""
    where = _checked_rule_entry(
        entry,
        f"{source}: contexts #{position + 1}",
        f"{source}: context rule",
        _CONTEXT_KEYS,
        "discounts",
    )
    themes = _as_str_list(entry.get("themes"), entry["id"], "themes")
    bad = [t for t in themes if t not in known]
    if bad or not themes:
        raise ThemeDictionaryError(f"{where}: themes {bad or '[]'} must be among {sorted(known)}")
    phrases = _as_str_list(entry.get("phrases"), entry["id"], "phrases")
    items = _as_str_list(entry.get("list_items"), entry["id"], "list_items")
    if bool(phrases) == bool(items):
        raise ThemeDictionaryError(f"{where} needs either 'phrases' or 'list_items' (not both)")
    min_items = 0
    plain = None if any(p.startswith("re:") for p in phrases) else True
    try:
        if items:
            min_items = int(_number(entry.get("min_items", 3), f"{where}: min_items", minimum=2))
            pattern = _list_pattern(items, min_items)
            lower_pattern = _list_pattern(_lowered(items), min_items, 0)
        else:
            pattern = _phrase_pattern(phrases)
            lower_pattern = _phrase_pattern(_lowered(phrases), 0, word_start=plain is None)
    except ValueError as exc:
        raise ThemeDictionaryError(f"{where}: invalid pattern: {exc}") from None
    return ContextRule(
        id=entry["id"],
        note=" ".join(str(entry["note"]).split()),
        themes=themes,
        weight=_number(entry.get("weight", 0.0), f"{where}: weight"),
        terms=phrases or items,
        pattern=pattern,
        prefixes=term_prefixes(phrases or items),
        lower_pattern=lower_pattern,
        min_present=1,  # an item of a list may repeat: one present item is all a gate can ask
        runs=None if items else literal_runs(phrases),
        min_items=min_items,
        word_start_checked=not items and plain is not None,
        item_pattern=_item_pattern(_lowered(items)) if items else None,
    )


def attach_contexts(themes: tuple[Theme, ...], entries: Any, source: str) -> tuple[Theme, ...]:
    """Validate the top-level ``contexts:`` list and give each theme the rules naming it."""
    if entries is None:
        return themes
    if not isinstance(entries, list):
        raise ThemeDictionaryError(f"{source}: 'contexts' must be a list of rules")
    known = {t.id for t in themes}
    rules = [_build_context(e, i, source, known) for i, e in enumerate(entries)]
    out = []
    for theme in themes:
        mine = tuple(r for r in rules if theme.id in r.themes)
        held = {r.id: _terms_that_fit(theme.terms, r) for r in mine}
        out.append(replace(theme, contexts=mine, context_terms=held))
    return tuple(out)


_ARTICLES_AND_JOINTS = ("the", "its", "their", "our", "a", "and", "or", "as", "well")


def _terms_that_fit(terms: Sequence[str], rule: ContextRule) -> frozenset[str] | None:
    """The terms whose match can lie inside a match of ``rule``: each word of the term is
    part of a word the context can hold. ``None`` (any term may) for raw regexes,
    wildcards in the context, or letters outside ASCII."""
    if any(t.strip().startswith("re:") or "*" in t or not t.isascii() for t in rule.terms):
        return None
    words = {w for t in rule.terms for w in re.findall(r"\w+", t.lower())}
    if rule.min_items:
        words.update(_ARTICLES_AND_JOINTS)

    def fits(term: str) -> bool:
        if term.strip().startswith("re:") or not term.isascii():
            return True
        return all(any(r in w for w in words) for r in re.findall(r"\w+", term.lower()))

    return frozenset(t for t in terms if fits(t))
