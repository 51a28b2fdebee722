"""Evidence single lines give beyond the header grammar: credit lines that name a writer,
a place, a source and a date together, an outlet's full name behind its initials, and
paragraphs that read as running text although they lack a final stop.

The word lists and thresholds live in ``data/line_evidence.yaml`` (with comments).

- ``credit_parts``: "Linh Dao, Lang Son - Ucanews - Tue, Apr 21st 2015" is the writer
  (before the comma: the place she files from), the source and the date;
  "Mai Chi/Thanhnien News" the writer and the paper;
- ``spelled_initials``: the line of a page that spells out an outlet known by its
  initials ("(MNA)" in a dateline, "© 2024 Mehr News Agency." in the footer);
- ``running_text``: "The head of the mission said the community" (a sentence cut off)
  or "Older residents say trade came back quickly, but trust took longer" (a standfirst
  without its stop) are article text, not labels or affiliations.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal, Protocol

from analysis.core.data_files import load_data_file
from analysis.core.text import count_words, normalize_text
from analysis.dates import find_dates


@dataclass(frozen=True)
class LineEvidence:
    """The compiled content of ``data/line_evidence.yaml``."""

    teaser_tail: re.Pattern[str]
    sentence_min_words: int
    cut_share: float
    standfirst_share: float
    optional_words: frozenset[str]
    editorial_tag: re.Pattern[str]
    juche_first_year: int


@cache
def line_evidence() -> LineEvidence:
    """``data/line_evidence.yaml``, compiled (read once)."""
    data = load_data_file("line_evidence.yaml")
    tails = "|".join(f"(?:{p})" for p in data["teaser_tails"])
    return LineEvidence(
        teaser_tail=re.compile(rf"\s*[.…]*\s*(?:{tails})\s*[.…]*\s*$", re.I),
        sentence_min_words=int(data["sentence_min_words"]),
        cut_share=float(data["cut_sentence_lowercase_share"]),
        standfirst_share=float(data["standfirst_lowercase_share"]),
        optional_words=frozenset(w.casefold() for w in data["initials_optional_words"]),
        editorial_tag=re.compile("|".join(f"(?:{p})" for p in data["editorial_tags"]), re.I),
        juche_first_year=int(data["juche_first_year"]),
    )


# --- running text without a final stop ------------------------------------------------


def without_teaser_tail(text: str) -> str:
    """``text`` without a "… Read More" label glued after its last words."""
    return line_evidence().teaser_tail.sub("", text).rstrip()


def lowercase_share(text: str) -> float:
    """The share of ``text``'s words (letters only) that open in lower case."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text)]
    return sum(w[:1].islower() for w in words) / len(words) if words else 0.0


def running_text(text: str, *, standfirst: bool = False) -> bool:
    """A paragraph that reads as running text without a final stop: it opens with a
    capital, has ``sentence_min_words`` words or more, and most of them open in lower case
    (``standfirst``: the stricter share used right under a byline, where affiliations
    stand). A "… Read More" tail is ignored."""
    evidence = line_evidence()
    text = without_teaser_tail(normalize_text(text))
    share = evidence.standfirst_share if standfirst else evidence.cut_share
    return (
        text[:1].isupper()
        and count_words(text) >= evidence.sentence_min_words
        and lowercase_share(text) >= share
        and not re.search(r"[|@/]|https?:", text)
    )


def reads_as_text(text: str, prose: bool) -> bool:
    """A line under a byline that is article text rather than the writer's affiliation:
    running prose (``prose``, the layout's own test) or a standfirst without its stop."""
    return prose or running_text(text, standfirst=True)


# --- credit lines ----------------------------------------------------------------------

_DASH = re.compile(r"\s[-–—|]\s")
_CAPITALISED = re.compile(r"^[A-ZÀ-Ỹ][\w.&'’-]*(?:\s(?:of\s|and\s|&\s)?[A-ZÀ-Ỹ][\w.&'’-]*){0,4}$")
_SLASHED = re.compile(r"^(?P<names>[^/]{3,80}?)\s*/\s*(?P<source>[^/]{3,40})$")


def credit_parts(text: str, is_person: Callable[[str], bool]) -> tuple[str, str]:
    """A byline split into (the names part, the source it credits), or (text, "").

    - "Name[, Place] - Source - Date": three or more parts between dashes, the last a date
      with its year, the second one to five capitalised words: the source; the names
      part keeps what stands before the first comma (the place the writer files from);
    - "Name/Source", "Name / Source": a source that is no person's name (``is_person``);
      "Name / Name" are two writers ("Name, Name").
    """
    clean = normalize_text(text).strip()
    parts = [p.strip() for p in _DASH.split(clean)]
    if (
        len(parts) >= 3
        and any(m.date_start is not None for m in find_dates(parts[-1]))
        and _CAPITALISED.match(parts[1])
        and not find_dates(parts[0])
    ):
        return parts[0].split(",")[0].strip(), parts[1]
    slashed = _SLASHED.match(clean)
    if slashed is None:
        return text, ""
    names, source = slashed.group("names").strip(), slashed.group("source").strip(" .")
    if not (_CAPITALISED.match(source) and is_person(names)):
        return text, ""
    return (f"{names}, {source}", "") if is_person(source) else (names, source)


def editorial_tag(text: str) -> bool:
    """``text`` (a lede's bracketed opening) is an editorial tag such as "UPDATES" or
    "LEAD" (``editorial_tags``), not an outlet."""
    return bool(line_evidence().editorial_tag.fullmatch(normalize_text(text).strip(" ()")))


# --- an outlet's name behind its initials ----------------------------------------------

_NAME_RUN = re.compile(r"[A-ZÀ-Ỹ][\w&'’.-]*(?:\s+(?:[a-z&]{1,3}\s+)?[A-ZÀ-Ỹ][\w&'’.-]*){1,6}")


def _initials(words: Sequence[str], optional: frozenset[str]) -> set[str]:
    """Every initialism of ``words``, each optional word kept or skipped."""
    found = {""}
    for word in words:
        letter = word[:1].upper()
        keep = {f + letter for f in found}
        found = keep | found if word.casefold() in optional else keep
    return found


def name_runs(text: str) -> list[str]:
    """The runs of two to seven capitalised words in ``text`` ("Socialist Action" in "18th
    May 2016 Socialist Action 0"), small joining words allowed inside."""
    return [run.group(0).strip(" .,") for run in _NAME_RUN.finditer(normalize_text(text))]


def spelled_initials(initials: str, texts: Iterable[str]) -> str:
    """The first name of two words or more in ``texts`` whose initials spell ``initials``
    ("MNA" in "© 2024 Mehr News Agency. All rights reserved." is "Mehr News Agency"), or
    "". Only initials in capitals (2 to 6 letters) are spelled out."""
    if not re.fullmatch(r"[A-Z]{2,6}", initials):
        return ""
    optional = line_evidence().optional_words
    for text in texts:
        for run in _NAME_RUN.finditer(normalize_text(text)):
            words = run.group(0).split()
            for start in (i for i, w in enumerate(words) if w[:1].isupper()):
                for end in range(start + 2, len(words) + 1):
                    if initials in _initials(words[start:end], optional):
                        return " ".join(words[start:end]).strip(" .,")
    return ""


#: How the outlet was found (``documents.outlet_kind``, next to the prose ``outlet_source``):
#: ``site`` the site's own name (masthead, site-name line, page title, a note of the site,
#: the publication a page viewer names); ``credit`` the source of the story (a credit or
#: source line, the agency in the lede's dateline or after its last sentence, a source's
#: address, "(From X)", a copyright of another owner); ``byline`` the outlet a byline
#: credits; ``self_reference`` the text naming the outlet as itself; ``mention`` an
#: outlet's name inside another header or footer line; ``publisher`` the publisher a
#: journal's copyright notice or a book's imprint names; ``issuer`` the body issuing an
#: official document; ``url`` the page's address (``metadata.csv``); ``sidecar`` the
#: outlet ``metadata.csv`` gives; "" no outlet.
OutletKind = Literal[
    "site",
    "credit",
    "byline",
    "self_reference",
    "mention",
    "publisher",
    "issuer",
    "url",
    "sidecar",
    "",
]


class PageParagraph(Protocol):
    """What the header refinements read of a paragraph (``analysis.ingest.layout``'s paragraphs)."""

    text: str
    kind: str
    line: int


class PageArticle(Protocol):
    """What the header refinements read and set of an article (``analysis.ingest.layout``'s)."""

    paragraphs: list
    title: str
    title_source: str
    author: str
    author_source: str
    outlet: str
    outlet_source: str
    outlet_kind: str  # an ``OutletKind``
    site_names: list[str]  # names the furniture carries, when no outlet is named
    metadata_flags: list[str]
    header_date: Any  # analysis.dates.DateMatch | None
    footer_date: Any
    footer_evidence: str
    date_reason: str


def motto_index(paras: Sequence[PageParagraph]) -> int:
    """Where a site's motto stands: the line after the page's first line that can be the
    site's name (unlabelled, or an outlet's marker), below the dates and chrome the loader
    labelled already; -1 when there is none."""
    top = next(
        (i for i, p in enumerate(paras) if not p.kind or getattr(p, "role", "") == "marker"),
        -1,
    )
    return top + 1 if top >= 0 else -1


# --- dates in another calendar ---------------------------------------------------------

_JUCHE = re.compile(r"\bJuche\s?(?P<year>\d{1,3})\.(?P<month>\d{1,2})\.(?P<day>\d{1,2})\b\.?")


def juche_date(text: str) -> tuple[str, int, int, int] | None:
    """A Juche-calendar date in ``text`` as (its text, year, month, day) in the common era
    ("Juche112.6.14." is 2023-06-14; ``juche_first_year``), or None."""
    found = _JUCHE.search(text)
    if found is None:
        return None
    year = int(found.group("year")) + line_evidence().juche_first_year - 1
    return found.group(0), year, int(found.group("month")), int(found.group("day"))


# --- a headline wrapped in a tag and a credit ------------------------------------------

_TAG_OPEN = re.compile(r"^\((?P<tag>[A-Z][\w-]*(?: [A-Z][\w-]*)?)\)\s+")
_CREDIT_CLOSE = re.compile(r"\s+\((?P<credit>[^()]{3,120})\)\s*$")


@cache
def _series_label() -> re.Pattern[str]:
    """A series part as a whole text, from ``series_labels`` of ``page_layout.yaml``."""
    labels = load_data_file("page_layout.yaml").get("series_labels") or []
    return re.compile(rf"(?i:{'|'.join(f'(?:{label})' for label in labels) or '(?!)'})")


def series_label(text: str) -> bool:
    """Whether ``text`` is a series part ("Part II", "Kỳ 3", "Episode 4"), never a person.

    >>> series_label("Part II"), series_label("Ho Quang Vinh")
    (True, False)
    """
    return _series_label().fullmatch(text.strip()) is not None


def title_credit(title: str, is_person: Callable[[str], bool]) -> tuple[str, list[str], str] | None:
    """A headline line "(Tag) Headline (Name, Name, Source)" split into the headline, the
    writers and the source; None when the closing brackets name no person (a headline's
    own brackets: "Talks held (update)", "Party congress (1930-2030)")."""
    credit = _CREDIT_CLOSE.search(title)
    if credit is None:
        return None
    parts = [part.strip(" .") for part in credit.group("credit").split(",")]
    names = [part for part in parts if is_person(part) and not series_label(part)]
    if not names:
        return None
    rest = [part for part in parts if part not in names]
    headline = title[: credit.start()]
    tag = _TAG_OPEN.match(headline)
    headline = headline[tag.end() :] if tag else headline
    source = rest[-1] if rest and _CAPITALISED.match(rest[-1]) else ""
    return headline.strip(), names, source
