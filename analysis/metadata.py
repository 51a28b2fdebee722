"""Choose an article's headline and publication date by scoring candidate lines.

One general mechanism for every outlet: each line of the page's header (and, for dates,
the footer's publication notes and the lede's dateline) is a *candidate*; it is scored
by features of the line and its neighbours (length, case, punctuation, position relative
to the body and to the headline, a time of day beside a date, labels such as Published or
Updated, whether the text repeats elsewhere on the page). The best candidate wins when
its score reaches the field's ``min_score``; the weights, labels and word lists live in
``data/header_scoring.yaml`` with comments an analyst can follow.

The module works on any sequence of paragraph objects with ``text``, ``kind`` and
``line`` attributes (``analysis.layout.Paragraph``); it labels nothing itself.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Protocol

import pandas as pd

from analysis.data_files import load_data_file
from analysis.dates import DateMatch, find_dates
from analysis.errors import DataFileError
from analysis.line_evidence import motto_index
from analysis.text import count_words, normalize_text

SCORING_FILE = "header_scoring.yaml"
_TIME = re.compile(r"\b\d{1,2}[:h]\d{2}(?::\d{2})?\s*(?:am|pm)?\b|\b\d{1,2}\s*(?:am|pm)\b", re.I)
_AMPM = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*[ap]\.?m\.?\b", re.I)
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
_NAVIGATION = re.compile(
    r"\S\s*(?:\||>|»|›)\s*\S.*(?:\||>|»|›)|@|https?://|www\.|\d{3}[ .]\d{3}"
    r"|\[email\s+protected\]"  # an address a site hid from the saved page
)
_QUOTES = "\"“‘'«"
_DATE_KINDS = ("date",)


class ScoringError(DataFileError):
    """``data/header_scoring.yaml`` is missing a section or holds a bad entry."""


class _Para(Protocol):
    text: str
    kind: str
    line: int


@dataclass(frozen=True)
class Candidate:
    """One candidate value for a field: the paragraph it came from, its score and why."""

    index: int
    value: object
    score: float
    reasons: tuple[str, ...]
    text: str = ""

    def describe(self, paras: Sequence[_Para]) -> str:
        """ "line N (score S: reason, reason)" for the evidence columns."""
        line = paras[self.index].line if 0 <= self.index < len(paras) else 0
        return f"line {line} (score {self.score:.1f}: {', '.join(self.reasons) or 'no feature'})"


@dataclass(frozen=True)
class Scoring:
    """The compiled contents of ``data/header_scoring.yaml``."""

    title_weights: dict[str, float]
    title_min: float
    title_margin: float
    date_weights: dict[str, float]
    date_min: float
    date_margin: float
    published_label: re.Pattern[str]
    updated_label: re.Pattern[str]
    today_label: re.Pattern[str]
    date_chrome: re.Pattern[str]
    section_label: re.Pattern[str]
    chrome: re.Pattern[str]
    chrome_prose: re.Pattern[str]
    image_alt: re.Pattern[str]
    glued_label: re.Pattern[str]
    not_name: re.Pattern[str]
    header_months: dict[str, int]
    header_date: re.Pattern[str]
    name_stopwords: frozenset[str]
    note_role: re.Pattern[str]
    title_label: re.Pattern[str]
    site_name_max_words: int = 5
    site_name_generic: frozenset[str] = frozenset()
    site_name_not_outlet: re.Pattern[str] | None = None
    site_name_descriptor: re.Pattern[str] | None = None
    document_type: re.Pattern[str] | None = None
    top_label_max_words: int = 4
    listed_dates_min: int = 3
    lede_under_clock_days: int = 7
    caption_marker: re.Pattern[str] | None = None
    note_lead: re.Pattern[str] | None = None
    site_notes: tuple[re.Pattern[str], ...] = ()
    self_references: tuple[re.Pattern[str], ...] = ()
    writers_in_text: tuple[re.Pattern[str], ...] = ()
    affiliation_label: re.Pattern[str] | None = None


def _section(data: dict, key: str, path: str) -> object:
    if key not in data:
        raise ScoringError(f"{path}: no '{key}' section; add it (see the file's comments)")
    return data[key]


def _weights(data: dict, field: str, path: str) -> tuple[dict[str, float], float, float]:
    part = _section(data, field, path)
    weights = _section(part, "weights", f"{path}: {field}")
    for name, value in weights.items():
        if not isinstance(value, int | float):
            raise ScoringError(f"{path}: {field}.weights.{name} = {value!r} is not a number")
    return dict(weights), float(part.get("min_score", 0.0)), float(part.get("close_margin", 1.0))


def _any(patterns: list[str], path: str, key: str, *, whole: bool) -> re.Pattern[str]:
    for p in patterns:
        try:
            re.compile(p)
        except re.error as exc:
            raise ScoringError(f"{path}: {key} entry {p!r} is not a valid regex ({exc})") from exc
    body = "|".join(f"(?:{p})" for p in patterns)
    return re.compile(rf"^\s*(?:{body})\s*$" if whole else rf"(?:{body})", re.I)


@cache
def load_scoring() -> Scoring:
    """Compile ``data/header_scoring.yaml`` (once); raises ``ScoringError`` naming the entry."""
    path = f"analysis/data/{SCORING_FILE}"
    data = load_data_file(SCORING_FILE, error=ScoringError)
    title = _weights(data, "title", path)
    date = _weights(data, "date", path)
    words = [re.escape(w) for w in _section(data, "date_chrome_words", path)]
    return Scoring(
        title_weights=title[0],
        title_min=title[1],
        title_margin=title[2],
        date_weights=date[0],
        date_min=date[1],
        date_margin=date[2],
        published_label=_any(_section(data, "published_labels", path), path, "label", whole=False),
        updated_label=_any(_section(data, "updated_labels", path), path, "label", whole=False),
        today_label=_any(_section(data, "today_labels", path), path, "label", whole=False),
        date_chrome=re.compile(r"\b(?:" + "|".join(words) + r")\b", re.I),
        section_label=_any(_section(data, "section_labels", path), path, "section", whole=True),
        chrome=_any(_section(data, "chrome", path), path, "chrome", whole=True),
        chrome_prose=_any(_section(data, "chrome_prose", path), path, "chrome_prose", whole=False),
        image_alt=re.compile(str(_section(data, "image_alt", path)), re.I),
        glued_label=re.compile(
            r"^\s*(?:(?:" + "|".join(_section(data, "glued_date_labels", path)) + r")\s*:?\s+)?",
            re.I,
        ),
        not_name=re.compile(
            r"\b(?:" + "|".join(_section(data, "not_name_words", path)) + r")\b", re.I
        ),
        **_header_months(_section(data, "header_months", path), path),
        name_stopwords=frozenset(str(w).casefold() for w in _section(data, "name_stopwords", path)),
        title_label=re.compile(
            r"^\s*(?:" + "|".join(_section(data, "title_labels", path)) + r")\s*:\s*", re.I
        ),
        note_role=re.compile(
            r"(?:[\w-]+\s){0,3}?(?:" + "|".join(_section(data, "author_note_roles", path)) + r")\b",
            re.I,
        ),
        **_site_name(_section(data, "site_name", path), path),
        document_type=_any(
            _section(data["title"], "document_types", f"{path}: title"),
            path,
            "title.document_types",
            whole=True,
        ),
        note_lead=_any(
            list(data.get("author_note_leads", [])) or ["(?!)"],
            path,
            "author_note_leads",
            whole=False,
        ),
        caption_marker=_any(
            list(data.get("caption_markers", [])) or ["(?!)"], path, "caption_markers", whole=False
        ),
        site_notes=_patterns(data.get("site_notes", []), path, "site_notes"),
        self_references=_patterns(data.get("self_references", []), path, "self_references"),
        writers_in_text=_patterns(data.get("writers_in_text", []), path, "writers_in_text"),
        affiliation_label=_any(
            list(data.get("affiliation_labels", [])) or ["(?!)"],
            path,
            "affiliation_labels",
            whole=True,
        ),
        top_label_max_words=_count(data["title"], "top_label_max_words", path, default=4),
        listed_dates_min=_count(data["date"], "listed_dates_min", path, default=3),
        lede_under_clock_days=_count(data["date"], "lede_under_clock_days", path, default=7),
    )


def _patterns(patterns: list[str], path: str, key: str) -> tuple[re.Pattern[str], ...]:
    """Each entry compiled on its own (case-insensitive), with a ``name`` group."""
    compiled = []
    for p in patterns:
        try:
            pattern = re.compile(p, re.I)
        except re.error as exc:
            raise ScoringError(f"{path}: {key} entry {p!r} is not a valid regex ({exc})") from exc
        if "name" not in pattern.groupindex:
            raise ScoringError(f"{path}: {key} entry {p!r} has no (?P<name>...) group")
        compiled.append(pattern)
    return tuple(compiled)


def _count(part: dict, key: str, path: str, default: int) -> int:
    value = part.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ScoringError(f"{path}: {key} = {value!r} is not a whole number")
    return value


def _site_name(part: dict, path: str) -> dict[str, object]:
    """The site-name table: how long a site's name line may be, the words that alone make
    a section label ("World News"), the words of bodies that are not outlets ("Embassy")."""
    try:
        max_words = int(part["max_words"])
        generic = frozenset(str(w).casefold() for w in part["generic_words"])
        not_outlet = [re.escape(str(w)) for w in part["not_outlet_words"]]
        descriptors = [
            re.escape(str(w))
            for w in [*part.get("descriptor_words", []), *part.get("glued_buttons", [])]
        ]
    except (KeyError, TypeError, ValueError) as exc:
        raise ScoringError(
            f"{path}: site_name needs max_words (a number), generic_words and "
            f"not_outlet_words (lists); {exc!r}"
        ) from exc
    return {
        "site_name_max_words": max_words,
        "site_name_generic": generic,
        "site_name_not_outlet": re.compile(r"\b(?:" + "|".join(not_outlet) + r")\b", re.I),
        "site_name_descriptor": re.compile(
            r"(?<=\S)\s+(?:" + "|".join(descriptors) + r")\s*$" if descriptors else r"(?!)", re.I
        ),
    }


def _header_months(months: dict, path: str) -> dict[str, object]:
    """The month-name table and the "D. month YYYY" / "D month YYYY" pattern it drives."""
    names: dict[str, int] = {}
    for number, words in months.items():
        if not (isinstance(number, int) and 1 <= number <= 12):
            raise ScoringError(f"{path}: header_months key {number!r} must be a month 1-12")
        names.update({str(w).casefold(): number for w in words})
    alternation = "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))
    pattern = re.compile(
        rf"(?<!\w)(?P<d>\d{{1,2}})\.?\s+(?P<m>{alternation})\.?,?\s+(?P<y>(?:19|20)\d{{2}})(?!\d)",
        re.I,
    )
    return {"header_months": names, "header_date": pattern}


# --- headline ------------------------------------------------------------------------


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", " ", normalize_text(text).casefold()).strip()


def page_keys(paras: Sequence[_Para], limit: int = 400) -> list[str]:
    """Comparison keys of the paragraphs (casefolded words), for finding repeated lines;
    paragraphs past ``limit`` (deep in a long body) get an empty key, and a long paragraph
    is keyed by its first 300 characters (a headline copy stands at its start)."""
    return [_key(p.text[:300]) if i < limit else "" for i, p in enumerate(paras)]


def _copies(paras: Sequence[_Para], index: int, keys: Sequence[str] | None = None) -> int:
    """How often the text of paragraph ``index`` stands again on the page: as another
    line, at the start of a caption, or at the end of a breadcrumb (``keys``: the
    paragraphs' comparison keys, computed once per page)."""
    keys = keys if keys is not None else [_key(p.text) for p in paras]
    key = keys[index]
    if len(key) < 12:
        return 0
    n = 0
    for j, p in enumerate(paras):
        if j == index:
            continue
        other = keys[j]
        if other == key or (
            p.kind in ("caption", "boilerplate", "")
            and (other.startswith(key) or other.endswith(key))
            and not (other.startswith(key) and _continues_headline(p.text, key))
        ):
            n += 1
    return n


def _continues_headline(text: str, key: str) -> bool:
    """``text`` is itself shaped like a headline (25 words or fewer, no full stop at its
    end) and runs on past the line keyed ``key`` without a separator ("Minister Le Van A"
    / "Minister Le Van A dies at 80"): the shorter line is a fragment of it (a caption
    naming the person the headline is about), not a copy of the headline. A page title
    ("Headline | Site", "Headline - Site") or a caption that ends a sentence still counts."""
    line = normalize_text(text).rstrip(_QUOTES + "”’» ")
    if count_words(line) > 25 or line.endswith((".", "!", ":", ";", ",")):
        return False
    words = key.split()
    rest = re.match(r"\W*" + r"\W+".join(map(re.escape, words)) + r"(.*)$", line.casefold())
    return bool(rest) and not re.match(r"\s*[-–—|:·•»/(\[]", rest.group(1))


def _name_like(text: str, stopwords: frozenset[str] = frozenset()) -> bool:
    words = text.strip(" .,*").split(None, 4)  # a fifth item: too long (no list of all words)
    return (
        2 <= len(words) <= 4
        and all(w[:1].isupper() and w.replace("-", "").replace(".", "").isalpha() for w in words)
        and not any(w.casefold() in stopwords or w.casefold() == "the" for w in words)
    )


def _motto_position(paras: Sequence[_Para], scoring: Scoring, is_prose: bool) -> bool:
    """Paragraph 1 sits where a site's motto does: under a short site name (an outlet
    marker, or a line that is no section label, menu or byline) and above another
    headline-length line without a date or a full stop."""
    if is_prose or len(paras) < 3 or paras[2].kind:
        return False
    top, below = normalize_text(paras[0].text), normalize_text(paras[2].text)
    site = (paras[0].kind == "credit" and paras[0].role == "marker") or (
        not paras[0].kind
        and count_words(top) <= 5
        and not scoring.section_label.match(top)
        and not scoring.chrome.match(top)
        and not re.search(r"[/|>»:\d]|^by\b", top, re.I)
    )
    return (
        site
        and 3 <= count_words(below) <= 25
        and not below.endswith(".")
        and not re.search(r"\d", below)
    )


#: A city in capitals opening a headline or lede ("HANOI: ...", "NEW DELHI: ..."): a
#: dateline, not the label of a list.
_DATELINE_LABEL = re.compile(r"^[A-ZÀ-Ỹ]{3,}(?:\s[A-ZÀ-Ỹ]{2,})?\s?:\s")


def _label_above_headline(
    paras: Sequence[_Para], words: int, first_prose: int, scoring: Scoring
) -> bool:
    """The page's first line is short (``top_label_max_words`` or fewer) and stands over
    the only other unlabelled header line (chrome, bylines and dates between it and the
    lede are labelled), a longer headline-length line without a full stop: the first is a
    section name, a site's slogan or name, the second the headline ("South Asia and
    Beyond" / "'Envoy says ...'" / lede)."""
    if words > scoring.top_label_max_words or first_prose < 2 or paras[1].kind:
        return False
    if any(not p.kind for p in paras[2:first_prose]):
        return False  # another unlabelled header line: not the simple "label / headline" case
    below = normalize_text(paras[1].text)
    below_words = count_words(below)
    return (
        below_words > words + 1
        and 5 <= below_words <= 25
        and not below.rstrip(_QUOTES + "”’»").endswith(".")
        and not re.search(r"\b(?:1[89]|20)\d{2}\b", below)
    )


def title_features(
    paras: Sequence[_Para],
    index: int,
    *,
    first_candidate: bool = False,
    is_prose: bool,
    is_outlet_name: bool,
    first_prose: int,
    has_site_name: bool = False,
    scoring: Scoring,
    keys: Sequence[str] | None = None,
) -> list[str]:
    """The names of the title features that paragraph ``index`` shows (see the YAML);
    ``first_prose`` is the index of the first paragraph of running text, ``keys`` the
    paragraphs' comparison keys (see ``page_keys``)."""
    raw = paras[index].text
    text = normalize_text(raw)
    words = count_words(text)
    found = []
    if words <= 2:
        found.append("very_short")
    elif words <= 25:
        found.append("good_length")
    else:
        found.append("long")
    if is_prose:
        found.append("prose")
    if words >= 8 and text.endswith("."):
        found.append("sentence_end")
    if scoring.section_label.match(text) or scoring.chrome.match(text):
        found.append("chrome_word")
    if is_outlet_name:
        found.append("outlet_name")
    elif has_site_name:
        found.append("site_name")
    n_letters = sum(1 for c in text if c.isalpha())  # no list: a paragraph may be megabytes
    if n_letters and sum(1 for c in text if c.isalpha() and not _latin(c)) > n_letters / 2:
        found.append("foreign_script")
    if _copies(paras, index, keys):
        found.append("repeated")
    after = [
        j for j in range(index + 1, min(index + 3, len(paras))) if paras[j].kind != "boilerplate"
    ]
    nxt = paras[after[0]] if after else None
    if nxt is not None and (
        nxt.kind in ("dateline", "byline")
        or (nxt.kind == "credit" and re.match(r"\s*\w+(?:\s\w+)?\s*(?:by\b|:)", nxt.text))
        or (not nxt.kind and _name_like(normalize_text(nxt.text), scoring.name_stopwords))
    ):
        found.append("before_date_or_byline")
    if after and after[0] == first_prose:
        found.append("above_lede")
    if (
        nxt is not None
        and not nxt.kind
        and after[0] != first_prose
        and _standfirst(nxt.text, words)
        and not _copies(paras, after[0], keys)  # a line printed twice is the headline itself
    ):
        found.append("before_standfirst")
    prev = paras[index - 1] if index > 0 else None
    if prev is not None and prev.kind == "dateline":
        found.append("after_date")
    if prev is not None and prev.kind == "byline":
        found.append("after_byline")
    if text[:1] in _QUOTES and (words > 14 or text.rstrip(_QUOTES + "”’»")[-1:] in ".!?"):
        found.append("quoted")  # a pull quote; a short quoted line without a stop is a headline
    crumb = words <= 8 and re.fullmatch(r"(?:[^/>»›]{2,30}\s[/>»›]\s){1,4}[^/>»›]{2,30}", text)
    if _NAVIGATION.search(text) or re.search(r"\S\s{3,}\S.*\s{3,}\S", raw) or crumb:
        found.append("navigation")
    if text.upper() == text and words <= 3 and any(c.isalpha() for c in text):
        found.append("capitals_short")
    if _name_like(text, scoring.name_stopwords):
        found.append("name_like")
    dates = [m for m in find_dates(text) if m.precision == "day" and m.kind in _DATE_KINDS]
    if dates and (
        count_words(text[: dates[0].start] + " " + text[dates[0].end :]) <= 4
        or scoring.published_label.match(text)  # "Published online by X: 18 October 2022"
        or scoring.updated_label.match(text)
    ):
        found.append("has_date")
    elif _only_date_words(text):
        found.append("has_date")  # "Monday, 25 November": a site's clock without the year
    if text[:1].islower():
        found.append("lowercase_start")
    if re.match(r"^\s*[-–•·*]\s+\S", raw):
        found.append("list_item")
    if re.match(r"^[\w-]+(?:\s[\w-]+)?\s?:\s.*[,;|]", text) and not _DATELINE_LABEL.match(text):
        found.append("label_list")  # "Sources: A , B", "Tags: x, y": a labelled list
    if index == 0 and _label_above_headline(paras, words, first_prose, scoring):
        found.append("top_label")  # a section name or slogan over the headline
    if index == motto_index(paras) and _motto_position(paras[index - 1 :], scoring, is_prose):
        found.append("under_site_name")  # a motto under the logo, above the headline
    if re.match(r"^(?:\d{1,2}|[IVX]{1,4}|[a-h])[.)]\s", text):
        found.append("numbered")
    if _organisation_name(text, scoring):
        found.append("organisation_name")
    if scoring.caption_marker is not None and scoring.caption_marker.search(text):
        found.append("caption_like")
    if first_candidate:
        found.append("first_candidate")
    return found


#: English weekday names and abbreviations (lower case), for a clock without its year.
_WEEKDAYS = frozenset(
    [d.lower() for d in calendar.day_name] + [d.lower() for d in calendar.day_abbr]
)


def _only_date_words(text: str) -> bool:
    """The line holds nothing but a weekday, a day and a month name (a time may stand
    beside them): a date printed without its year, such as a site's clock ("Monday, 25
    November", "Sun, Mar 3 | 10:15")."""
    words = re.findall(r"[^\W\d_]+|\d+", text.casefold())
    names = [w for w in words if not w.isdecimal()]
    days = [w for w in words if w.isdecimal() and 1 <= int(w) <= 31]
    return (
        bool(days)
        and any(w in MONTHS for w in names)
        and all(
            w in MONTHS or w in _WEEKDAYS or w in ("am", "pm", "st", "nd", "rd", "th")
            for w in names
        )
        and len(words) <= 6
    )


def _standfirst(text: str, title_words: int) -> bool:
    """A sentence longer than the line above it: the standfirst under a headline."""
    words = text.split()
    if len(words) < 7 or len(words) <= title_words:
        return False
    lower = sum(w[:1].islower() for w in words)
    return text.rstrip().endswith((".", "?", "!")) or lower / len(words) >= 0.5


_FUNCTION_WORDS = frozenset({"of", "the", "and", "in", "for", "to", "at", "on", "&"})


def _organisation_name(text: str, scoring: Scoring) -> bool:
    """A line that only names an institution ("Embassy of Viet Nam in Australia"): it opens
    with an institution word and "of", and its only lower-case words are function words."""
    words = text.split()
    return (
        2 < len(words) <= 9
        and bool(scoring.not_name.match(words[0]))
        and words[1].casefold() == "of"
        and all(w[:1].isupper() or w.casefold() in _FUNCTION_WORDS for w in words)
    )


@cache
def _latin(char: str) -> bool:
    """Whether a letter is of the Latin script (English, Vietnamese, French...)."""
    return unicodedata.name(char, "").startswith("LATIN")


def score(features: list[str], weights: dict[str, float]) -> float:
    """The sum of the weights of ``features`` (an unknown feature weighs 0)."""
    return round(sum(weights.get(f, 0.0) for f in features), 3)


def rank(candidates: list[Candidate]) -> list[Candidate]:
    """Candidates best first (ties: the earlier line first)."""
    return sorted(candidates, key=lambda c: (-c.score, c.index))


# --- dates ---------------------------------------------------------------------------


def settle_day_month(paras: Sequence[_Para]) -> str:
    """``"mdy"`` or ``"dmy"`` when the page settles how its numeric dates are written
    (a 12-hour clock beside a date, or another numeric date whose day is above 12),
    else ``""``."""
    votes: Counter[str] = Counter()
    for p in paras:
        if len(p.text) > 400:
            continue  # numeric dates stand on short lines: datelines, lists, credits
        for m in _NUMERIC_DATE.finditer(p.text):
            first, second = int(m.group(1)), int(m.group(2))
            if first > 12 >= second:
                votes["dmy"] += 1
            elif second > 12 >= first or _AMPM.search(p.text[m.end() : m.end() + 16]):
                votes["mdy"] += 1
    if votes["mdy"] and not votes["dmy"]:
        return "mdy"
    if votes["dmy"] and not votes["mdy"]:
        return "dmy"
    return ""


_WEEKDAY_NAMES = {
    name: number
    for number, names in enumerate(
        [
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        ]
    )
    for name in names
}
_WEEKDAY_BEFORE = re.compile(r"\b(" + "|".join(_WEEKDAY_NAMES) + r")\b\W{0,3}$", re.I)


def _weekday_order(before: str, first: int, second: int, year: int) -> str:
    """``"mdy"`` or ``"dmy"`` when a weekday right before a numeric date (at the end of
    ``before``) fits one reading only ("Friday, 4/5/2024": April 5 is a Friday, May 4 is
    not), else ``""``."""
    named = _WEEKDAY_BEFORE.search(before[-14:])
    if not named:
        return ""
    weekday = _WEEKDAY_NAMES[named.group(1).casefold()]
    fits = set()
    for order, (month, day) in (("dmy", (second, first)), ("mdy", (first, second))):
        try:
            if pd.Timestamp(year=year, month=month, day=day).weekday() == weekday:
                fits.add(order)
        except ValueError:
            continue
    return fits.pop() if len(fits) == 1 else ""


def read_day_month(match: DateMatch, order: str, line: str = "") -> DateMatch:
    """``match`` read in the page's order: a numeric ``a/b/yyyy`` becomes month-first when
    ``order`` is ``"mdy"``, or when a weekday before it in ``line`` fits only that reading;
    the ``ambiguous_day_month`` flag stays only when nothing settles it."""
    numeric = _NUMERIC_DATE.search(match.text)
    if numeric is None or numeric.end() != len(match.text.rstrip()):
        return match
    first, second, year = (int(g) for g in numeric.groups())
    flags = tuple(f for f in match.flags if f != "ambiguous_day_month")
    if first <= 12 and second <= 12 and first != second:
        before = line[: match.start] + match.text[: numeric.start()]
        settled = _weekday_order(before, first, second, year)
        if settled:
            order = settled
            flags = tuple(f for f in flags if f != "weekday_mismatch")
    if first <= 12 and second <= 12 and first != second and not order:
        flags = (*flags, "ambiguous_day_month")
    if order != "mdy" or second > 31:
        return replace(match, flags=flags)
    try:
        day = pd.Timestamp(year=year, month=first, day=second)
    except ValueError:
        return replace(match, flags=flags)
    return replace(match, date_start=day, date_end=day, flags=flags)


def _label_before(line: str, start: int, pattern: re.Pattern[str]) -> bool:
    before = line[max(0, start - 80) : start]
    found = list(pattern.finditer(before))
    if not found:
        return False
    between = before[found[-1].end() :]
    return not re.search(r"[a-z]{3,}", between, re.I) or bool(re.fullmatch(r"[\s:|,.'-]*", between))


def date_features(
    line: str,
    match: DateMatch,
    base: str,
    *,
    before_headline: bool,
    repeated: bool,
    scoring: Scoring,
) -> list[str]:
    """The names of the date features of one date ``match`` found in ``line``."""
    found = [base]
    after = line[match.end : match.end + 24]
    if _TIME.search(after) or _TIME.search(line[max(0, match.start - 12) : match.start]):
        found.append("time_of_day")
    if _label_before(line, match.start, scoring.today_label):
        found.append("today_label")
    elif _label_before(line, match.start, scoring.updated_label):
        found.append("updated_label")
    elif _label_before(line, match.start, scoring.published_label):
        found.append("published_label")
    if match.precision == "day":
        found.append("day_precision")
    elif match.precision == "month":
        found.append("month_precision")
    if before_headline:
        found.append("before_headline")
    if repeated:
        found.append("repeated_line")
    if scoring.date_chrome.search(line):
        found.append("chrome_beside")
    if (
        _FILE_STAMP.fullmatch(match.text)
        and "published_label" not in found
        and re.search(r"[^\W\d_]{2,}", line[: match.start])
    ):
        found.append("file_stamp")  # "Country flag 20200507": an image's or file's name
    return found


#: Eight digits without separators ("20200507"): after words, the stamp of a picture's or
#: a file's name, not a date the page prints for the article.
_FILE_STAMP = re.compile(r"(?:19|20)\d{6}")


#: English month names and abbreviations (lower case) -> month number, for the header
#: forms below (kept here so this module needs only ``find_dates`` and ``DateMatch``).
MONTHS: dict[str, int] = {
    **{name.lower(): n for n, name in enumerate(calendar.month_name) if name},
    **{name.lower(): n for n, name in enumerate(calendar.month_abbr) if name},
    "sept": 9,
}
#: Day, month abbreviation and year joined by hyphens: "12-Mar-2024".
_DAY_MON_YEAR = re.compile(r"\b(?P<d>\d{1,2})-(?P<m>[A-Za-z]{3,9})-(?P<y>(?:19|20)\d{2})\b")
#: Two months and a year, as journals print an issue's date: "March/April 2022".
_MONTH_PAIR = re.compile(
    r"\b(?P<m1>[A-Za-z]{3,9})\s*/\s*(?P<m2>[A-Za-z]{3,9})\s+(?P<y>(?:19|20)\d{2})\b"
)


#: A numeric date whose second number exceeds 12, so that only the month-first (US) order
#: reads it: "4/29/2025", "12/31/2019" ("2/11/2011" stays for ``settle_day_month``).
_MONTH_FIRST = re.compile(
    r"(?<![\d/.])(?P<m>0?[1-9]|1[0-2])/(?P<d>1[3-9]|2\d|3[01])/(?P<y>(?:19|20)\d{2})(?![\d/])"
)


def header_dates(text: str, scoring: Scoring) -> list[DateMatch]:
    """Header date forms ``analysis.dates`` does not read: a day, a month name from
    ``header_months`` (Norwegian, German, French, Spanish, Italian...) and a year,
    "mandag 23. november 2015", "12 juin 2022"; "12-Mar-2024"; two months and a year,
    "March/April 2022" (the first month); a month-first numeric date no other order
    reads, "4/29/2025"."""
    found = []
    for m in scoring.header_date.finditer(text):
        month = scoring.header_months[m.group("m").casefold()]
        try:
            day = pd.Timestamp(int(m.group("y")), month, int(m.group("d")))
        except ValueError:
            continue
        found.append(DateMatch(m.start(), m.end(), m.group(0), day, day, "day"))
    for m in _DAY_MON_YEAR.finditer(text):
        month = MONTHS.get(m.group("m").casefold())
        try:
            day = pd.Timestamp(int(m.group("y")), month or 0, int(m.group("d")))
        except (ValueError, TypeError):
            continue
        found.append(DateMatch(m.start(), m.end(), m.group(0), day, day, "day"))
    for m in _MONTH_FIRST.finditer(text):  # "4/29/2025": only month-first can be read
        try:
            day = pd.Timestamp(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            continue
        found.append(DateMatch(m.start(), m.end(), m.group(0), day, day, "day"))
    for m in _MONTH_PAIR.finditer(text):
        first = MONTHS.get(m.group("m1").casefold())
        if first is None or m.group("m2").casefold() not in MONTHS:
            continue
        start = pd.Timestamp(int(m.group("y")), first, 1)
        end = start + pd.offsets.MonthEnd(0)
        found.append(DateMatch(m.start(), m.end(), m.group(0), start, end, "month"))
    return found


#: An English month name in lower case beside a number ("12 march 2024", "march 12"),
#: capitalised (same length) before ``find_dates`` reads the line.
_LOWER_MONTH = re.compile(
    r"(?<=\d\s)(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december)\b|\b(?:january|february|march|april|june|july|august|september"
    r"|october|november|december)(?=\s\d)"
)


def absolute_dates(text: str, scoring: Scoring | None = None) -> list[DateMatch]:
    """The absolute calendar dates (day, month or year; no ranges, congresses or relative
    expressions) in ``text``, with the header forms of ``header_dates`` where
    ``analysis.dates`` found nothing."""
    found = [
        m
        for m in find_dates(_LOWER_MONTH.sub(lambda m: m.group(0).capitalize(), text))
        if m.kind in _DATE_KINDS
        and not m.relative
        and m.date_start is not None
        and m.precision in ("day", "month", "year")
    ]
    for extra in header_dates(text, scoring or load_scoring()):
        covered = [m for m in found if extra.start <= m.start and m.end <= extra.end]
        if all(extra.end <= m.start or extra.start >= m.end or m in covered for m in found):
            found = [m for m in found if m not in covered] + [extra]
    return sorted(found, key=lambda m: m.start)


_GLUED_YEAR_TIME = re.compile(r"(?<=\b(?:19|20)\d{2})(?=\d{1,2}:\d{2})")
_GLUED_WORD = re.compile(r"(?<=[0-9A-Za-z])(?=(?:Updated|Published|Posted)\b)")


def unglue(text: str) -> str:
    """A header line with the spaces a page copy lost put back: "March 12, 20244:05 AM
    GMT+7Updated 2 days ago" -> "March 12, 2024 4:05 AM GMT+7 Updated 2 days ago"."""
    return _GLUED_WORD.sub(" ", _GLUED_YEAR_TIME.sub(" ", text))


def date_candidates(
    sources: list[tuple[int, str, str]],
    paras: Sequence[_Para],
    title_index: int,
    scoring: Scoring,
) -> list[Candidate]:
    """Score every date of ``sources`` (paragraph index, text, base feature name)."""
    order = settle_day_month(paras)
    lines = Counter(normalize_text(p.text) for p in paras if len(p.text) < 200)
    found = listed_items([raw for _, raw, _ in sources], scoring)
    listed = {sources[k][0] for k in found}
    candidates = []
    for index, raw, base in sources:
        text = unglue(raw)
        for match in absolute_dates(text, scoring):
            if base == "title_line" and match.precision != "day":
                continue
            match = read_day_month(match, order, text)
            features = date_features(
                text,
                match,
                base,
                before_headline=0 <= index < title_index and base != "publication_note",
                repeated=lines[normalize_text(raw)] > 1,
                scoring=scoring,
            )
            if index in listed:
                features.append("listed_item")  # one of several "headline - date" items
            if index == 0 and base == "dateline" and title_index > 1 and _chrome_below(paras):
                features.append("site_clock")  # the page's first line, over the site's chrome
            value = score(features, scoring.date_weights)
            candidates.append(Candidate(index, match, value, tuple(features), text))
    return rank(candidates)


#: A headline of four words or more, then a dash or bar and a date ending the line:
#: "DUBAI: Fund to invest abroad - September 10, 2023" (an item of a list of stories).
_ITEM_DATE = re.compile(
    r"\w+(?:\W+\w+){3,}\s[-–—|]\s(?:\w+\.?\s\d{1,2},?\s\d{4}|\d{1,2}[\s./-]\w+[\s./-]\d{2,4})\s*$"
)


def _chrome_below(paras: Sequence[_Para]) -> bool:
    """The page's second paragraph is page furniture or a breadcrumb run into one word
    ("HomeNewsArchivesTitle ..."): the date above it is the site's clock."""
    if len(paras) < 2:
        return False
    second = paras[1]
    return second.kind == "boilerplate" or bool(_GLUED_CRUMB.match(second.text))


#: Three or more capitalised words glued together opening a line: a breadcrumb saved
#: without its separators ("HomeNewsArchivesTwo neighbours ...").
_GLUED_CRUMB = re.compile(r"^(?:[A-Z][a-z]+){3,}")


def listed_items(texts: Sequence[str], scoring: Scoring) -> set[int]:
    """Indices of the ``texts`` shaped "headline - date" when ``listed_dates_min`` or more
    are: a list of other stories with their dates, not the article's header."""
    items = {i for i, text in enumerate(texts) if _ITEM_DATE.search(normalize_text(text))}
    return items if len(items) >= scoring.listed_dates_min else set()


def same_day(a: Candidate, b: Candidate) -> bool:
    """Whether two date candidates give the same first day."""
    return a.value.date_start == b.value.date_start  # type: ignore[attr-defined]
