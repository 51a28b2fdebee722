"""Choose an article's headline and publication date by scoring candidate lines.

One general mechanism for every outlet: each line of the page's header (and, for dates,
the footer's publication notes and the lede's dateline) is a *candidate*; it is scored
by features of the line and its neighbours (length, case, punctuation, position relative
to the body and to the headline, a time of day beside a date, labels such as Published or
Updated, whether the text repeats elsewhere on the page). The best candidate wins when
its score reaches the field's ``min_score``; the weights, labels and word lists live in
``data/header_scoring.yaml`` with comments an analyst can follow.

This module holds the scoring configuration (``load_scoring``), the ``Candidate`` record
and the ranking; headline lines are scored in ``analysis.ingest.title_scoring``, dates in
``analysis.ingest.date_scoring``. They work on any sequence of paragraph objects with ``text``,
``kind`` and ``line`` attributes (``analysis.ingest.layout.Paragraph``); they label nothing
themselves.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Protocol

from analysis.core.data_files import load_data_file
from analysis.core.errors import DataFileError
from analysis.core.opening_index import LineAlternation
from analysis.ingest.scoring_features import check_weight_names

SCORING_FILE = "header_scoring.yaml"


DATE_KINDS = ("date",)


class ScoringError(DataFileError):
    """``data/header_scoring.yaml`` is missing a section or holds a bad entry."""


class Para(Protocol):
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

    def describe(self, paras: Sequence[Para]) -> str:
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
    chrome: LineAlternation  # indexed by a line's first character (issue 13)
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
    site_name_section: re.Pattern[str] | None = None
    site_name_descriptor: re.Pattern[str] | None = None
    document_type: re.Pattern[str] | None = None
    top_label_max_words: int = 4
    label_list_item_words: int = 6
    label_list_two_word_item_words: int = 4
    listed_dates_min: int = 3
    lede_under_clock_days: int = 7
    url_date_outranks: frozenset[str] = frozenset()
    caption_marker: re.Pattern[str] | None = None
    note_lead: re.Pattern[str] | None = None
    site_notes: tuple[re.Pattern[str], ...] = ()
    source_notes: tuple[re.Pattern[str], ...] = ()
    self_references: tuple[re.Pattern[str], ...] = ()
    writers_in_text: tuple[re.Pattern[str], ...] = ()
    affiliation_label: re.Pattern[str] | None = None
    file_name: re.Pattern[str] | None = None
    motto: re.Pattern[str] | None = None
    blog_post_line: re.Pattern[str] | None = None  # "Post a Comment": a blog's post page
    name_given_articles: frozenset[str] = frozenset()
    family_names: frozenset[str] = frozenset()
    headline_posts: frozenset[str] = frozenset()  # "farmer", "ambassador": a guest's post
    post_modifiers: frozenset[str] = frozenset()  # "senior" of "Senior Fellow": a post's start
    series_words: frozenset[str] = frozenset()  # "brief", "update": a digest's series name
    issue_label: re.Pattern[str] | None = None
    reading_time_line: re.Pattern[str] | None = None  # "4–5 minutes" under a reader view's name
    page_type_line: re.Pattern[str] | None = None  # "• Speech, check against delivery"
    event_day_label: re.Pattern[str] | None = None  # "Event Date" over an event's day
    host_bylines: tuple[re.Pattern[str], ...] = ()  # "eastasiaforum.org — Name" (read-later)
    section_head_words: frozenset[str] = frozenset()  # "Framework": a section name's last word
    firm_name_endings: frozenset[str] = frozenset()  # "Associates": "X & Associates" is a firm
    organisation_endings: frozenset[str] = frozenset()  # "Office" of "By VVAW National Office"
    desk_words: frozenset[str] = frozenset()  # "Desk" of "By Web Desk": no writer
    organisation_label: re.Pattern[str] | None = None  # "By", not "From:", before a body
    series_numbers: tuple[re.Pattern[str], ...] = ()  # "2022/14 “Title”": a series' year


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
    check_weight_names(weights, field, path, error=ScoringError)
    return dict(weights), float(part.get("min_score", 0.0)), float(part.get("close_margin", 1.0))


def _any(patterns: list[str], path: str, key: str, *, whole: bool) -> re.Pattern[str]:
    for p in patterns:
        try:
            re.compile(p)
        except re.error as exc:
            raise ScoringError(f"{path}: {key} entry {p!r} is not a valid regex ({exc})") from exc
    body = "|".join(f"(?:{p})" for p in patterns)
    return re.compile(rf"^\s*(?:{body})\s*$" if whole else rf"(?:{body})", re.I)


def _line_list(patterns: list[str], path: str, key: str) -> LineAlternation:
    """``_any(..., whole=True)``, checked alike, as a ``LineAlternation``: a line is tried
    only against the patterns that can open with its first character (the same matches)."""
    _any(patterns, path, key, whole=True)
    return LineAlternation(patterns, re.I)


def _optional_any(data: dict, key: str, path: str, *, whole: bool) -> re.Pattern[str]:
    """``_any`` of the optional list ``key`` of ``data``; when it is absent or empty, a
    pattern that matches nothing."""
    return _any(list(data.get(key, [])) or ["(?!)"], path, key, whole=whole)


@cache
def load_scoring() -> Scoring:
    """Compile ``data/header_scoring.yaml`` (once); raises ``ScoringError`` naming the entry."""
    path = f"analysis/data/{SCORING_FILE}"
    data = load_data_file(SCORING_FILE, error=ScoringError)
    return Scoring(
        **_weight_fields(data, path), **_label_fields(data, path), **_other_fields(data, path)
    )


def _weight_fields(data: dict, path: str) -> dict[str, object]:
    """The weights, minimum scores and margins of ``title`` and ``date``, and the words of
    a site's date chrome."""
    title = _weights(data, "title", path)
    date = _weights(data, "date", path)
    words = [re.escape(w) for w in _section(data, "date_chrome_words", path)]
    return {
        "title_weights": title[0],
        "title_min": title[1],
        "title_margin": title[2],
        "date_weights": date[0],
        "date_min": date[1],
        "date_margin": date[2],
        "date_chrome": re.compile(r"\b(?:" + "|".join(words) + r")\b", re.I),
    }


def _label_fields(data: dict, path: str) -> dict[str, object]:
    """The labels and word lists of the header: date labels, sections, chrome, months,
    names."""
    return {
        "published_label": _any(
            _section(data, "published_labels", path), path, "label", whole=False
        ),
        "updated_label": _any(_section(data, "updated_labels", path), path, "label", whole=False),
        "today_label": _any(_section(data, "today_labels", path), path, "label", whole=False),
        "section_label": _any(_section(data, "section_labels", path), path, "section", whole=True),
        "chrome": _line_list(  # with a mail archive's rows (fix31b), listing headings (fix35c)
            [
                *_section(data, "chrome", path),
                *data.get("archive_link_rows", []),
                *data.get("listing_headings", []),
            ],
            path,
            "chrome",
        ),
        "chrome_prose": _any(
            _section(data, "chrome_prose", path), path, "chrome_prose", whole=False
        ),
        "image_alt": re.compile(str(_section(data, "image_alt", path)), re.I),
        "glued_label": re.compile(
            r"^\s*(?:(?:" + "|".join(_section(data, "glued_date_labels", path)) + r")\s*:?\s+)?",
            re.I,
        ),
        "not_name": re.compile(
            r"\b(?:" + "|".join(_section(data, "not_name_words", path)) + r")\b", re.I
        ),
        **_header_months(
            _section(data, "header_months", path), path, data.get("header_month_joiners", [])
        ),
        "name_stopwords": frozenset(
            str(w).casefold() for w in _section(data, "name_stopwords", path)
        ),
        "title_label": re.compile(
            r"^\s*(?:" + "|".join(_section(data, "title_labels", path)) + r")\s*:\s*", re.I
        ),
        "note_role": re.compile(
            r"(?:[\w-]+\s){0,3}?(?:" + "|".join(_section(data, "author_note_roles", path)) + r")\b",
            re.I,
        ),
    }


def _other_fields(data: dict, path: str) -> dict[str, object]:
    """The site name, document types, notes, self-references and the counts."""
    return {
        **_site_name(_section(data, "site_name", path), path),
        "document_type": _any(
            _section(data["title"], "document_types", f"{path}: title"),
            path,
            "title.document_types",
            whole=True,
        ),
        "note_lead": _optional_any(data, "author_note_leads", path, whole=False),
        "caption_marker": _optional_any(data, "caption_markers", path, whole=False),
        "file_name": _optional_any(data, "file_names", path, whole=True),
        "motto": _optional_any(data, "mottos", path, whole=True),
        "blog_post_line": _optional_any(data, "blog_post_lines", path, whole=True),
        "site_notes": _patterns(data.get("site_notes", []), path, "site_notes"),
        "source_notes": _patterns(data.get("source_notes", []), path, "source_notes"),
        "self_references": _patterns(data.get("self_references", []), path, "self_references"),
        "writers_in_text": _patterns(data.get("writers_in_text", []), path, "writers_in_text"),
        "affiliation_label": _optional_any(data, "affiliation_labels", path, whole=True),
        "issue_label": _optional_any(data, "issue_labels", path, whole=False),
        "organisation_label": _optional_any(data, "organisation_credit_labels", path, whole=False),
        "reading_time_line": _optional_any(data, "reading_time_lines", path, whole=True),
        "page_type_line": _optional_any(data, "page_type_lines", path, whole=True),
        "event_day_label": _optional_any(data, "event_day_labels", path, whole=False),
        "host_bylines": _patterns(data.get("host_bylines", []), path, "host_bylines"),
        "series_numbers": _patterns(
            data.get("series_numbers", []), path, "series_numbers", group="year"
        ),
        "name_given_articles": _folded_words(data.get("name_article_given_names", [])),
        "family_names": _folded_words(data.get("vietnamese_family_names", [])),
        "headline_posts": frozenset(str(w).casefold() for w in data.get("headline_posts", [])),
        "post_modifiers": _folded_words(data.get("post_modifiers", [])),
        "series_words": frozenset(str(w).casefold() for w in data.get("series_words", [])),
        "section_head_words": _folded_words(data.get("section_head_words", [])),
        "firm_name_endings": _folded_words(data.get("firm_name_endings", [])),
        "organisation_endings": _folded_words(data.get("organisation_endings", [])),
        "desk_words": _folded_words(data.get("desk_words", [])),
        "top_label_max_words": _count(data["title"], "top_label_max_words", path, default=4),
        "label_list_item_words": _count(data["title"], "label_list_item_words", path, default=6),
        "label_list_two_word_item_words": _count(
            data["title"], "label_list_two_word_item_words", path, default=4
        ),
        "listed_dates_min": _count(data["date"], "listed_dates_min", path, default=3),
        "lede_under_clock_days": _count(data["date"], "lede_under_clock_days", path, default=7),
        "url_date_outranks": frozenset(map(str, data["date"].get("url_date_outranks", []))),
    }


def fold_word(word: str) -> str:
    """A word in lower case without diacritics or surrounding stops: "Nguyễn" -> "nguyen",
    "ĐẶNG" -> "dang"."""
    decomposed = unicodedata.normalize("NFKD", word.casefold().replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip(".,*")


def _folded_words(words: list[str]) -> frozenset[str]:
    return frozenset(fold_word(str(w)) for w in words)


def name_stopword_at(words: Sequence[str], scoring: Scoring) -> list[bool]:
    """For each word of a would-be person's name, whether it is a ``name_stopwords`` word
    that rules the name out. "An" and "A" (``name_article_given_names``) are given names,
    not articles, when the line's first or last word is a Vietnamese family name
    (``vietnamese_family_names``): "Nguyen Van An", "Nguyen An Ninh", "An Nguyen"; they
    still rule out "An Open Door"."""
    folded = [fold_word(w) for w in words]
    vietnamese = bool(folded) and (
        folded[0] in scoring.family_names or folded[-1] in scoring.family_names
    )
    return [
        w.casefold().strip(".,*") in scoring.name_stopwords
        and not (vietnamese and f in scoring.name_given_articles)
        for w, f in zip(words, folded, strict=True)
    ]


def _patterns(
    patterns: list[str], path: str, key: str, group: str = "name"
) -> tuple[re.Pattern[str], ...]:
    """Each entry compiled on its own (case-insensitive), with a ``group`` group."""
    compiled = []
    for p in patterns:
        try:
            pattern = re.compile(p, re.I)
        except re.error as exc:
            raise ScoringError(f"{path}: {key} entry {p!r} is not a valid regex ({exc})") from exc
        if group not in pattern.groupindex:
            raise ScoringError(f"{path}: {key} entry {p!r} has no (?P<{group}>...) group")
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
        prefixes = [re.escape(str(w)) for w in part.get("source_prefixes", [])]
        sections = [re.escape(str(w)) for w in part.get("section_words", [])]
    except (KeyError, TypeError, ValueError) as exc:
        raise ScoringError(
            f"{path}: site_name needs max_words (a number), generic_words and "
            f"not_outlet_words (lists); {exc!r}"
        ) from exc
    return {
        "site_name_max_words": max_words,
        "site_name_generic": generic,
        "site_name_not_outlet": re.compile(r"\b(?:" + "|".join(not_outlet) + r")\b", re.I),
        "site_name_section": re.compile(r"\b(?:" + "|".join(sections) + r")\b", re.I)
        if sections
        else None,
        "site_name_descriptor": re.compile(
            "|".join(
                [r"(?<=\S)\s+(?:" + "|".join(descriptors) + r")\s*$"] * bool(descriptors)
                + [r"^(?:" + "|".join(prefixes) + r")\s+(?=\S)"] * bool(prefixes)
            )
            or r"(?!)",
            re.I,
        ),
    }


def _header_months(months: dict, path: str, joiners: list) -> dict[str, object]:
    """The month-name table and the "D. month YYYY" / "D month YYYY" pattern it drives;
    ``joiners`` may stand before the month and before the year ("14 de septiembre de 2021")."""
    names: dict[str, int] = {}
    for number, words in months.items():
        if not (isinstance(number, int) and 1 <= number <= 12):
            raise ScoringError(f"{path}: header_months key {number!r} must be a month 1-12")
        names.update({str(w).casefold(): number for w in words})
    alternation = "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))
    joiner = "|".join(re.escape(str(w)) for w in joiners)
    join = rf"(?:(?:{joiner})\s+)?" if joiner else ""
    pattern = re.compile(
        rf"(?<!\w)(?P<d>\d{{1,2}})\.?\s+{join}(?P<m>{alternation})\.?,?\s+{join}"
        rf"(?P<y>(?:19|20)\d{{2}})(?!\d)",
        re.I,
    )
    return {"header_months": names, "header_date": pattern}


def score(features: list[str], weights: dict[str, float]) -> float:
    """The sum of the weights of ``features`` (an unknown feature weighs 0)."""
    return round(sum(weights.get(f, 0.0) for f in features), 3)


def rank(candidates: list[Candidate]) -> list[Candidate]:
    """Candidates best first (ties: the earlier line first)."""
    return sorted(candidates, key=lambda c: (-c.score, c.index))
