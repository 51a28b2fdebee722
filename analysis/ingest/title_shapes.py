"""The shape of one header line read alone, for the title features (``title_scoring``): a
person's name, a label over a list, a date without its year, a digest's dated series name,
a standfirst's sentence, a line in another script, a title-case question, a title quoted
again, a topic's colon."""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Sequence
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.core.text import count_words, normalize_text
from analysis.dates import find_dates
from analysis.ingest.country_lines import country_pair, country_word
from analysis.ingest.date_scoring import MONTHS
from analysis.ingest.metadata import DATE_KINDS, Scoring, name_stopword_at
from analysis.ingest.page_rules import load_rules, outlet_named

#: Two writers' names joined by an ampersand on one line: "Wang Lifen & Zhou Hao" ("and"
#: joins the two halves of headlines too: "Wine Cases and Container Ships", held-out 36).
_NAME_JOINER = re.compile(r"\s&\s")


def name_like(text: str, scoring: Scoring) -> bool:
    """Two to four capitalised words without a name stopword or "the": a person's name
    ("Nguyen Van An" is one, "An Open Door" is not, see ``name_stopword_at``); or two such
    names joined by "&" ("Wang Lifen & Zhou Hao" over and under a journal
    article's headline, held-out 73: an unmarked byline of two writers)."""
    text = without_degrees(text)  # "Name, PhD" (held-out 114)
    parts = _NAME_JOINER.split(text.strip(" .,*"))
    if len(parts) == 2:
        return all(_one_name(part, scoring) for part in parts)
    return _one_name(text, scoring)


@cache
def _degrees() -> re.Pattern[str]:
    """Post-nominal degrees closing a name after a comma (``postnominal_degrees`` of
    ``data/header_scoring.yaml``): ", PhD", ", Ph.D., MBA"."""
    words = load_data_file("header_scoring.yaml").get("postnominal_degrees") or ["(?!)"]
    return re.compile(rf"(?i)(?:\s*,\s*(?:{'|'.join(words)}))+\s*$")


def without_degrees(text: str) -> str:
    """``text`` without the degrees closing it after commas: a journal's byline "Delphine
    Aucoin-Marsh, PhD" is the name (held-out 114).

    >>> without_degrees("Delphine Aucoin-Marsh, PhD")
    'Delphine Aucoin-Marsh'
    >>> without_degrees("Ha Long, Quang Ninh")
    'Ha Long, Quang Ninh'
    """
    return _degrees().sub("", text)


def _one_name(text: str, scoring: Scoring) -> bool:
    """``name_like`` for one person's name."""
    words = text.strip(" .,*").split(None, 4)  # a fifth item: too long (no list of all words)
    return (
        2 <= len(words) <= 4
        and all(w[:1].isupper() and w.replace("-", "").replace(".", "").isalpha() for w in words)
        and not any(name_stopword_at(words, scoring))
        and not any(w.casefold() == "the" for w in words)
        # countries joined by a hyphen open a headline ("India-Vietnam Naval Pact"), unless
        # an institution's word makes the line a name ("Australia-Vietnam Policy Institute");
        # a relation's word names the relation ("India-Vietnam Relations", fix32a), as it
        # does beside one country's name ("Vietnam FOREIGN RELATIONS", fix41a)
        and not (_names_relation(words) and not _institution_words(text, scoring))
    )


def _names_relation(words: Sequence[str]) -> bool:
    """Countries joined by a hyphen ("India-Vietnam"), or a country's name and a relation's
    word (``relation_words``: "Vietnam Foreign Relations"), also as one side of a hyphen
    ("Saudi-Vietnam Relations", held-out 145), or after a word naming the kind of tie
    between states (``relation_kind_words``: "Bilateral Relations", an embassy's page,
    fix43c): a relation, not a person."""
    if any(country_pair(w) for w in words):
        return True
    folded = {w.casefold() for w in words}
    if len(folded) == 2 and folded & _relation_words() and folded & _relation_kinds():
        return True
    parts = [part for w in words for part in w.split("-")]  # "Saudi-Vietnam" (b145)
    return bool(folded & _relation_words()) and any(country_word(p) for p in parts)


def _institution_words(text: str, scoring: Scoring) -> bool:
    """Whether ``text`` holds a word of ``not_name_words`` other than a relation's word
    (``relation_words`` of ``data/header_scoring.yaml``: "Relations", "Ties" ...)."""
    relation = {w.casefold() for w in text.split()} & _relation_words()
    bare = " ".join(w for w in text.split() if w.casefold() not in relation)
    return bool(scoring.not_name.search(bare))


@cache
def _relation_words() -> frozenset[str]:
    """``relation_words`` of ``data/header_scoring.yaml``, folded."""
    words = load_data_file("header_scoring.yaml").get("relation_words", [])
    return frozenset(w.casefold() for w in words)


@cache
def _relation_kinds() -> frozenset[str]:
    """``relation_kind_words`` of ``data/header_scoring.yaml``, folded."""
    words = load_data_file("header_scoring.yaml").get("relation_kind_words", [])
    return frozenset(w.casefold() for w in words)


#: A city in capitals opening a headline or lede ("HANOI: ...", "NEW DELHI: ..."): a
#: dateline, not the label of a list.
_DATELINE_LABEL = re.compile(r"^[A-ZÀ-Ỹ]{3,}(?:\s[A-ZÀ-Ỹ]{2,})?\s?:\s")


def _one_day(text: str) -> bool:
    """``text`` is one date to the day and nothing else ("Tuesday, May 6, 1975")."""
    text = text.strip().rstrip(".")
    found = find_dates(text)
    return (
        len(found) == 1
        and found[0].precision == "day"
        and found[0].end - found[0].start == len(text)
    )


def label_list(text: str, scoring: Scoring) -> bool:
    """ "Sources: A , B", "Tags: x, y", "Journal: Name, 2021, № 2": a label and a list; after
    two words and a colon, a list of short items only (``label_list_two_word_item_words``),
    since a longer item makes it a headline's subtitle ("Mekong Futures: Water, Power and
    Partnership in a Changing Basin"); after one word, items of a name's or a title's length
    (``label_list_item_words``), since a clause is no list item ("Obituary: Nomsa Khumalo,
    who made ... the city's stages"). A day after the colon is no list: its commas are the
    date's own ("The Seventies: Tuesday, May 6, 1975", a series' name over its day; fix32b)."""
    found = re.match(r"^([\w-]+(?:\s[\w-]+)?)\s?:\s(.*[,;|].*)", text)
    if not found or _DATELINE_LABEL.match(text) or _one_day(found.group(2)):
        return False
    items = re.split(r"[,;|]|\band\b", found.group(2))
    two_words = " " in found.group(1)
    most = scoring.label_list_two_word_item_words if two_words else scoring.label_list_item_words
    return all(count_words(x) <= most for x in items)


#: English weekday names and abbreviations (lower case), for a clock without its year.
_WEEKDAYS = frozenset(
    [d.lower() for d in calendar.day_name] + [d.lower() for d in calendar.day_abbr]
)


def only_date_words(text: str) -> bool:
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


#: The most words of a series' name before its issue's date ("Mongolia Brief").
_SERIES_MAX_WORDS = 6


def dated_series(text: str, scoring: Scoring) -> bool:
    """A series' name closed by one of ``series_words``, then only a colon, a comma or a
    dash, and a day's date ending the line ("Mongolia Brief May 14, 2014", "Customs Update:
    March 14, 2019"): the headline of a digest dated by its issue. A pipe before the date
    ("Vietnam Update | June 19, 2020") makes it a label and a date, no headline. A diary's
    entry titled by its compact day and its place ("20040312 Hue") is one too
    (``compact_dated_heading``)."""
    if compact_dated_heading(text):
        return True
    dates = [m for m in find_dates(text) if m.precision == "day" and m.kind in DATE_KINDS]
    if not dates or text[dates[-1].end :].strip(" ."):
        return False
    head = text[: dates[-1].start]
    name = head.rstrip(" :,-–—")
    words = name.split()
    return (
        0 < len(words) <= _SERIES_MAX_WORDS
        and "|" not in head[len(name) :]
        and words[-1].casefold() in scoring.series_words
        and all(w[:1].isupper() for w in words)
        and not _credited_paper(name)
    )


def _credited_paper(name: str) -> bool:
    """Whether a series' name before a date is a labelled credit ("Source: Asia Daily") or
    a known outlet's name ("China Daily, April 9, 2024": a repost's source line, fix32a)."""
    return ":" in name or outlet_named(name, load_rules()) is not None


#: A compact day (YYYYMMDD) opening a line, then a name: "20040312 Hue".
_COMPACT_DAY = re.compile(r"(?P<day>(?:19|20)\d{2}[01]\d[0-3]\d)\s+(?P<name>\S.*)")


def compact_dated_heading(text: str) -> bool:
    """A compact day (YYYYMMDD, a real day) and a short name in capitalised words after it,
    nothing else: a diary's or a travel log's entry titled by its day and its place
    (held-out 82: "20040312 Hue"), the day written as in a file's name.

    >>> compact_dated_heading("20040312 Hue")
    True
    >>> compact_dated_heading("20041399 Hue"), compact_dated_heading("20040312 ferry tickets")
    (False, False)
    """
    found = _COMPACT_DAY.fullmatch(text.strip())
    if found is None:
        return False
    day = [m for m in find_dates(found.group("day")) if m.precision == "day"]
    words = found.group("name").split()
    return (
        bool(day)
        and len(words) <= _SERIES_MAX_WORDS
        and all(w[:1].isupper() or w[:1].isdigit() for w in words)
    )


def standfirst(text: str, title_words: int) -> bool:
    """A sentence longer than the line above it: the standfirst under a headline."""
    words = text.split()
    if len(words) < 7 or len(words) <= title_words:
        return False
    lower = sum(w[:1].islower() for w in words)
    return text.rstrip().endswith((".", "?", "!")) or lower / len(words) >= 0.5


def foreign_script(text: str) -> bool:
    """More than half of the text's letters are of another script than the Latin one."""
    n_letters = sum(1 for ch in text if ch.isalpha())  # no list: a paragraph may be megabytes
    return bool(n_letters) and (
        sum(1 for ch in text if ch.isalpha() and not _latin(ch)) > n_letters / 2
    )


@cache
def _latin(char: str) -> bool:
    """Whether a letter is of the Latin script (English, Vietnamese, French...)."""
    return unicodedata.name(char, "").startswith("LATIN")


#: The share of a line's words of four letters or more that open with a capital from
#: which it is in title case, as headlines are and sentences are not.
TITLE_CASE_SHARE = 0.8


def quoted_again(texts: Sequence[str], i: int) -> bool:
    """Line ``i`` (one sentence at most, no stop inside) stands again in quotation marks in
    one of the lines below: a document-sharing page's 'Download "Title"' button, a
    citation quoting the title. The line is the headline, however long it reads."""
    text = normalize_text(texts[i]).strip()
    if not text or re.search(r"[.!?;]\s", text):
        return False
    quoted = (f'"{text}"', f"“{text}”")
    return any(q in normalize_text(t) for t in texts[i + 1 :] for q in quoted)


def title_case_question(text: str) -> bool:
    """One question in title case ("Will Vietnam's Coffee Growers Weather the Next Drought?"): the
    share ``TITLE_CASE_SHARE`` of its words of four letters or more capitalised, one "?"
    closing it and no other sentence stop: a headline, not a sentence of the text."""
    text = text.strip()
    if not text.endswith("?") or re.search(r"[.!?;]\s", text):
        return False
    long_words = [w for w in text.split() if len(w.strip(".,:;?\"'“”‘’")) >= 4]
    capitals = sum(w.lstrip("\"'“‘")[:1].isupper() for w in long_words)
    return bool(long_words) and capitals / len(long_words) >= TITLE_CASE_SHARE


#: The most words of a topic heading whose closing colon is dropped.
_TOPIC_MAX_WORDS = 6


def without_closing_colon(title: str) -> str:
    """A headline without the colon a topic heading closes with ("Mekong Water Centre:" over
    its points: at most ``_TOPIC_MAX_WORDS`` words, each capitalised); other titles, such as
    a sentence that opens a quotation ("... said in a statement:"), unchanged."""
    words = title[:-1].split()
    words = [w for w in words if any(ch.isalnum() for ch in w)]  # not a bullet or a dash
    topic = 0 < len(words) <= _TOPIC_MAX_WORDS and all(w[:1].isupper() for w in words)
    return title[:-1].rstrip() if title.endswith(":") and topic else title


#: A year in a line: an issue line names its issue's year.
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def issue_line(text: str, scoring: Scoring) -> bool:
    """(titlefix27) A periodical's issue line: an issue label (``issue_labels``: "Issue No.
    14", "Volume 9") and a year, every word capitalised or a number ("March 2018 SOUNDINGS
    Issue No. 14"), the series' cover over the paper's headline, never the headline. A
    headline naming a numbered document ("Decree No. 15 on rice exports") has words in
    lower case."""
    label = scoring.issue_label
    if label is None or not label.search(text) or not _YEAR.search(text):
        return False
    return all(w[:1].isupper() or not w[:1].isalpha() for w in text.split())
