"""The rule table of the date finder: one ``Rule`` per form of expression.

The rules themselves are data: ``analysis/data/date_rules.yaml`` lists them in priority
order (when two matches cover the same characters, the earlier rule wins), each with
its regular expression, the words a match can start at (``starts``), the words the text
must contain for it to match at all (``needs``; plus a digit unless ``digits: false``)
and the name of the handler that turns a match into a ``Reading`` (dates, TimeML type and
value). A new form is one entry there, its words in ``analysis/data/date_words.yaml``.

This module holds what the entries refer to: the pattern fragments (``${NAME}`` in a
pattern, ``${MONTH:group}`` for a month name captured as ``group``), the named word sets
(``@NAME`` in ``starts``/``needs``) and the handlers (``handler: NAME`` is the function
``h_NAME`` of ``handlers``, ``relative_dates``, ``congresses``, ``timeml``, ``days`` or
``measures``).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import analysis.dates.congresses as congresses
import analysis.dates.days as days
import analysis.dates.handlers as handlers
import analysis.dates.measures as measures
import analysis.dates.relative_dates as relative_dates
import analysis.dates.timeml as timeml
from analysis.core.data_files import load_data_file
from analysis.dates.congresses import _PARTY_ALT
from analysis.dates.handlers import _SEASON_ALT
from analysis.dates.lexicon import (
    DAY_PARTS,
    DAY_WORDS,
    DECADE_WORDS,
    HOLIDAYS,
    MONTHS,
    NEWS_DAY_WEEKDAYS,
    NUMBER_WORDS,
    ORDINALS,
    REFERENCE_WORDS,
    SEASON_WORDS,
    SEASONS,
    SET_WORDS,
    UNITS,
    VAGUE_NUMBERS,
    WEEKDAY_NAMES,
    WEEKDAYS,
    DateWordsError,
    alternation,
)
from analysis.dates.model import _DASH, _DAY, _MONTH_ALT, _WD, _YEAR, Handler, _mon
from analysis.dates.relative_dates import _REL_ALT, _YEAR_OFFSETS

DATA_FILE = "date_rules.yaml"


@dataclass(frozen=True)
class Rule:
    """One form of temporal expression.

    ``pattern`` is matched case-insensitively; every match starts at one of the tokens of
    ``starts`` (lower-case words, ``DIGITS`` for the first digit of a number, ``THE`` for
    a "the" before digits); ``needs`` lists token sets of which the text must contain at
    least one each; ``digits`` says whether the text must contain a digit.
    """

    name: str
    pattern: str
    handler: Handler
    starts: frozenset[str]
    needs: tuple[frozenset[str], ...] = ()
    digits: bool = True


DIGITS = "#digits"  # token: the first digit of a run of digits
THE = "#the"  # token: "the" (even inside a word) + whitespace before digits


def _first_words(phrases: object) -> frozenset[str]:
    """The first word of each phrase, lower-cased."""
    return frozenset(str(p).split()[0].lower() for p in phrases)  # type: ignore[attr-defined]


def _last_words(phrases: object) -> frozenset[str]:
    """The last run of word characters of each phrase, lower-cased: a text in which a
    phrase is written as a whole (ending a word) holds it as a word."""
    return frozenset(re.findall(r"\w+", str(p).lower())[-1] for p in phrases)  # type: ignore[attr-defined]


_UNIT_NAMES = [*UNITS, *(u + "s" for u in UNITS if u != "century"), "centuries"]
_TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_FULL_MONTHS = [name for name in calendar.month_name if name]

#: Pattern fragments: ``${NAME}`` in a rule's pattern.
FRAGMENTS: dict[str, str] = {
    "WD": _WD,
    "YEAR": _YEAR,
    "DAY": _DAY,
    "DASH": _DASH,
    "MONTH_ALT": _MONTH_ALT,
    "ORD": r"(?:st|nd|rd|th)",
    "PERIOD_NOUN": r"(?:\s+(?:period|term|tenure|plan))?",
    "CONGRESS_BODY": (
        r"(?P<body>National\s+Party\s+Congress|Party\s+National\s+Congress|Party\s+Congress"
        r"|National\s+Congress|Congress)"
    ),
    "PARTY_ALT": _PARTY_ALT,
    "REL_ALT": _REL_ALT,
    "SEASON_ALT": _SEASON_ALT,
    "UNIT": rf"(?P<unit>{alternation(_UNIT_NAMES)})",
    "NUM": (
        r"(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|"
        rf"(?:{_TENS_WORDS})[\s-](?:one|two|three|four|five|six|seven|eight|nine)\b|"
        rf"{alternation([*NUMBER_WORDS, *VAGUE_NUMBERS])})"
    ),
    #: A half after a number or a unit: "5 1/2 hours", "2½ years", "one and a half
    #: years", "a minute and a half".
    "HALF_FRAC": r"(?P<frac>\s+1/2|½|\s+and\s+a\s+half\b)?",
    "HALF": r"(?P<half>\s+1/2|½|\s+and\s+a\s+half\b)?",
    "DURATION_REL": (
        r"past|last|next|first|previous|coming|final|initial|latest|remaining|following"
    ),
    "WEEKDAY_FULL": alternation(WEEKDAY_NAMES),
    "NEWS_DAY_WEEKDAYS": alternation(NEWS_DAY_WEEKDAYS),
    "PART": r"(?:\s+(?P<part>morning|afternoon|evening|night))?",
    "SEASON_NAMES": alternation(SEASON_WORDS),
    "SEASON_NAMES_NOT_FALL": alternation(w for w in SEASON_WORDS if w != "fall"),
    "ORDS": alternation(ORDINALS),
    "FULL_MONTHS": "|".join(_FULL_MONTHS),
    "HOLIDAY_ALT": alternation([*HOLIDAYS, *(h.replace("'", "\u2019") for h in HOLIDAYS)]),
    "DAY_WORDS": alternation(DAY_WORDS),
    "SET_WORDS": alternation(SET_WORDS),
    "REFERENCE_WORDS": alternation(REFERENCE_WORDS),
    "DECADE_WORDS": alternation(DECADE_WORDS),
    "SPOKEN_TEENS": measures.SPOKEN_TEENS,
    "SPOKEN_TENS": measures.SPOKEN_TENS,
    "SPOKEN_UNITS": measures.SPOKEN_UNITS,
}

#: Named word sets: ``@NAME`` in a rule's ``starts`` or ``needs``.
WORD_SETS: dict[str, frozenset[str]] = {
    "MONTHS": frozenset(MONTHS),
    "FULL_MONTHS": frozenset(name.lower() for name in _FULL_MONTHS),
    "WEEKDAYS": _first_words(WEEKDAYS),
    "WEEKDAY_NAMES": frozenset(WEEKDAY_NAMES),
    # the first run of word characters: "jum'at" starts at the token "jum"
    "NEWS_DAY_WEEKDAYS": frozenset(re.findall(r"\w+", w)[0] for w in NEWS_DAY_WEEKDAYS),
    "REL_WORDS": _first_words(_YEAR_OFFSETS),
    "SEASONS": _first_words(SEASONS),
    "SEASON_WORDS": frozenset(SEASON_WORDS),
    "NUM_STARTS": _first_words([*NUMBER_WORDS, *VAGUE_NUMBERS]) | {DIGITS},
    "UNIT_NAMES": frozenset(_UNIT_NAMES),
    "ORDINALS": frozenset(ORDINALS),
    "DAY_WORDS": _first_words(DAY_WORDS),
    "DAY_PARTS": frozenset(DAY_PARTS),
    "SET_WORDS": frozenset(SET_WORDS),
    "REFERENCE_WORDS": _first_words(REFERENCE_WORDS),
    "REFERENCE_LAST_WORDS": _last_words(REFERENCE_WORDS),
    "DECADE_WORDS": frozenset(DECADE_WORDS),
    "HOLIDAYS": _first_words(HOLIDAYS),
    "HOLIDAY_WORDS": frozenset(w for h in HOLIDAYS for w in h.replace("'", " ").split()),
}

_HANDLER_MODULES: tuple[ModuleType, ...] = (
    handlers,
    relative_dates,
    congresses,
    timeml,
    days,
    measures,
)
_FRAGMENT = re.compile(r"\$\{(\w+)(?::(\w+))?\}")


def handler_table() -> dict[str, Handler]:
    """Every rule handler by the name a rule gives it (``h_NAME`` or ``_h_NAME``)."""
    table: dict[str, Handler] = {}
    for module in _HANDLER_MODULES:
        for attr, value in vars(module).items():
            name = attr.removeprefix("_").removeprefix("h_")
            if attr.lstrip("_").startswith("h_") and callable(value) and name not in table:
                table[name] = value
    return table


def _fail(entry: str, problem: str) -> DateWordsError:
    return DateWordsError(
        f"analysis/data/{DATA_FILE}: rule '{entry}' {problem}; fix it (see the comments in "
        "the file) or restore the file with git"
    )


def expand(pattern: str, entry: str = "?") -> str:
    """``pattern`` with its ``${NAME}`` / ``${MONTH:group}`` fragments filled in."""

    def fill(found: re.Match[str]) -> str:
        name, group = found[1], found[2]
        if name == "MONTH" and group:
            return _mon(group)
        if name not in FRAGMENTS or group:
            raise _fail(entry, f"names an unknown fragment {found[0]!r}")
        return FRAGMENTS[name]

    return _FRAGMENT.sub(fill, pattern)


def tokens(spec: str, entry: str = "?") -> frozenset[str]:
    """The token set written ``spec``: words, ``@NAME`` word sets, ``#digits``, ``#the``."""
    out: set[str] = set()
    for word in spec.split():
        if word.startswith("@"):
            if word[1:] not in WORD_SETS:
                raise _fail(entry, f"names an unknown word set {word!r}")
            out |= WORD_SETS[word[1:]]
        else:
            out.add(word)
    return frozenset(out)


def build_rule(entry: dict[str, Any], table: dict[str, Handler]) -> Rule:
    """The ``Rule`` of one entry of ``date_rules.yaml``."""
    name = entry["name"]
    if entry["handler"] not in table:
        raise _fail(name, f"names an unknown handler {entry['handler']!r}")
    pattern = expand(entry["pattern"], name)
    try:
        re.compile(pattern)
    except re.error as exc:
        raise _fail(name, f"has a pattern that is not a regular expression ({exc})") from None
    return Rule(
        name,
        pattern,
        table[entry["handler"]],
        starts=tokens(entry["starts"], name),
        needs=tuple(tokens(need, name) for need in entry.get("needs", ())),
        digits=entry.get("digits", True),
    )


def read_rules(text: str | None = None) -> tuple[Rule, ...]:
    """The rules of ``date_rules.yaml`` (or of ``text``, for tests), in priority order."""
    raw = load_data_file(DATA_FILE, text=text, error=DateWordsError)
    names = [entry["name"] for entry in raw["rules"]]
    twice = next((name for name in names if names.count(name) > 1), None)
    if twice is not None:
        raise _fail(twice, "is listed twice; give each rule its own name")
    table = handler_table()
    return tuple(build_rule(entry, table) for entry in raw["rules"])


#: Every rule, in priority order.
RULES: tuple[Rule, ...] = read_rules()
