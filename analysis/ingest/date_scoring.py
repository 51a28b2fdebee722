"""Score the dates of an article's header, lede and footer: the dates a line holds
(``header_dates``, ``absolute_dates``), their features (``date_features``) and the
candidates (``date_candidates``), read in the day-month order the page uses
(``day_month_order``)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import partial

import pandas as pd

from analysis.core.text import normalize_text
from analysis.dates import DateMatch, find_dates
from analysis.ingest.blog_posts import post_date_header
from analysis.ingest.copyright_dates import copyright_marks
from analysis.ingest.date_spans import span_or_date
from analysis.ingest.day_month_order import read_day_month, settle_day_month
from analysis.ingest.day_pairs import day_pair_dates
from analysis.ingest.doi_spans import without_doi_dates
from analysis.ingest.glued_stamps import run_marks
from analysis.ingest.header_forms import (
    MONTHS,
    full_year,
    month_pair_dates,
    weekday_short_year_dates,
)
from analysis.ingest.item_openings import repeated_item_opening
from analysis.ingest.label_above import page_marks
from analysis.ingest.metadata import DATE_KINDS, Candidate, Para, Scoring, load_scoring, rank, score
from analysis.ingest.related_items import bulleted_item_date
from analysis.ingest.site_clocks import clock_line
from analysis.ingest.timeline_entries import timeline_entries

_TIME = re.compile(r"\b\d{1,2}[:h]\d{2}(?::\d{2})?\s*(?:am|pm)?\b|\b\d{1,2}\s*(?:am|pm)\b", re.I)


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
    label = _label_feature(line, match.start, scoring)
    if label is not None:
        found.append(label)
    if match.precision == "day":
        found.append("day_precision")
    elif match.precision == "month":
        found.append("month_precision")
    if before_headline:
        found.append("before_headline")
    issue = scoring.issue_label
    before, after = line[max(0, match.start - _ISSUE_REACH) : match.start], line[match.end :]
    if issue is not None and (issue.search(before) or issue.search(after[:_ISSUE_REACH])):
        found.append("issue_line")  # "Volume 9, Issue 7 (July 2022)", "March 2018 X Issue No. 14"
    if repeated:
        found.append("repeated_line")
    return found + _line_marks(line, match, "published_label" in found, scoring)


def _line_marks(line: str, match: DateMatch, labelled: bool, scoring: Scoring) -> list[str]:
    """The features of a date's line that mark it as no article date: chrome beside it,
    a photo caption, a file's stamp, a table's row."""
    found = []
    if scoring.date_chrome.search(line):
        found.append("chrome_beside")
    if scoring.caption_marker is not None and scoring.caption_marker.search(line):
        found.append("caption_line")  # "... on March 3, 2022. REUTERS/Name": a photo's day
    if (
        _FILE_STAMP.fullmatch(match.text)
        and not labelled
        and re.search(r"[^\W\d_]{2,}", line[: match.start])
    ):
        found.append("file_stamp")  # "Country flag 20200507": an image's or file's name
    if _TABLE_ROW.match(line) and not labelled:
        found.append("table_row")  # "Duração | 20-25 de abril de 2001 |": an infobox's row
    if _POST_SIGNATURE.match(line):
        found.append("embedded_post")  # "— Name (@handle) May 7, 2024": a quoted tweet's day
    found.extend(run_marks(line, match.start, match.end))  # "(3/2/1930 - 3/2/2019)", glued
    return found


def _label_feature(line: str, start: int, scoring: Scoring) -> str | None:
    """The first of the today, updated and published labels that stands before the date
    at ``start`` of ``line`` (``date_features``), or None."""
    for name, pattern in (
        ("today_label", scoring.today_label),
        ("updated_label", scoring.updated_label),
        ("published_label", scoring.published_label),
    ):
        if _label_before(line, start, pattern):
            return name
    return None


#: A table's row pasted as text: two cells or more, each closed by a pipe ("Duração | 20-25
#: de abril de 2001 (6 dias) |", "| Date | 2001 |"); "08 January 16, 2011 |" is one cell.
_TABLE_ROW = re.compile(r"^\s*\|?(?:[^|]+\|){2,}\s*$")


#: How far before (or, titlefix27, after) a date a journal issue's label is looked for
#: (``issue_labels``).
_ISSUE_REACH = 40


#: The signature of a social-media post quoted in the page, as an embedded tweet is pasted:
#: a dash, the poster's name, the handle in brackets, the post's date ("— Harbour Watcher
#: (@harbourwatch88) May 7, 2024"): the post's day, not the page's.
_POST_SIGNATURE = re.compile(r"^\s*[—–-]\s*[^()@\n]{1,60}\(@\w{1,30}\)\s")

#: Eight digits without separators ("20200507"): after words, the stamp of a picture's or
#: a file's name, not a date the page prints for the article.
_FILE_STAMP = re.compile(r"(?:19|20)\d{6}")


#: Day, month abbreviation and year joined by hyphens: "12-Mar-2024".
_DAY_MON_YEAR = re.compile(r"\b(?P<d>\d{1,2})-(?P<m>[A-Za-z]{3,9})-(?P<y>(?:19|20)\d{2})\b")


#: A numeric date whose second number exceeds 12, so that only the month-first (US) order
#: reads it: "4/29/2025", "12/31/2019", with dashes or a two-digit year too ("5-17-07",
#: "5/17/07"; the two separators alike) ("2/11/2011" stays for ``settle_day_month``).
_MONTH_FIRST = re.compile(
    r"(?<![\d/.-])(?P<m>0?[1-9]|1[0-2])(?P<sep>[/-])(?P<d>1[3-9]|2\d|3[01])(?P=sep)"
    r"(?P<y>(?:19|20)\d{2}|\d{2})(?![\d/-])"
)


def header_dates(text: str, scoring: Scoring) -> list[DateMatch]:
    """Header date forms ``analysis.dates`` does not read: a day, a month name from
    ``header_months`` (Norwegian, German, French, Spanish, Italian...) and a year,
    "mandag 23. november 2015", "12 juin 2022"; "12-Mar-2024"; two months and a year,
    "March/April 2022" (the first month); a month-first numeric date no other order
    reads, "4/29/2025"; "Tue - 14 November 23" (``header_forms``)."""
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
            day = pd.Timestamp(full_year(m.group("y")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            continue
        found.append(DateMatch(m.start(), m.end(), m.group(0), day, day, "day"))
    return found + month_pair_dates(text) + weekday_short_year_dates(text) + day_pair_dates(text)


#: An English month name in lower case beside a number ("12 march 2024", "march 12"),
#: capitalised (same length) before ``find_dates`` reads the line.
_LOWER_MONTH = re.compile(
    r"(?<=\d\s)(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december)\b|\b(?:january|february|march|april|june|july|august|september"
    r"|october|november|december)(?=\s\d)"
)


def _absolute(match: DateMatch) -> bool:
    """A calendar date of a day, month or year: no range, congress or relative one."""
    return (
        match.kind in DATE_KINDS
        and not match.relative
        and match.date_start is not None
        and match.precision in ("day", "month", "year")
    )


def absolute_dates(text: str, scoring: Scoring | None = None) -> list[DateMatch]:
    """The absolute calendar dates (day, month or year; no ranges, congresses or relative
    expressions) in ``text``, with the header forms of ``header_dates`` where
    ``analysis.dates`` found nothing."""
    capitalised = _LOWER_MONTH.sub(lambda m: m.group(0).capitalize(), text)
    found = [s for m in find_dates(capitalised) if _absolute(s := span_or_date(m, capitalised))]
    for extra in header_dates(text, scoring or load_scoring()):
        covered = [m for m in found if extra.start <= m.start and m.end <= extra.end]
        if all(extra.end <= m.start or extra.start >= m.end or m in covered for m in found):
            found = [m for m in found if m not in covered] + [extra]
    return sorted(without_doi_dates(text, found), key=lambda m: m.start)  # (fix36e)


#: A year glued to the time after it ("20244:05 AM"), or to a blog platform's reading time
#: (held-out 107, a Wix blog's "Nov 28, 20252 min read": the year, then "2 min read").
_GLUED_YEAR_TIME = re.compile(
    r"(?<=\b(?:19|20)\d{2})(?=\d{1,2}:\d{2}|\d{1,3} ?min(?:ute)?s? read\b)"
)


_GLUED_WORD = re.compile(r"(?<=[0-9A-Za-z])(?=(?:Updated|Published|Posted)\b)")

#: A year glued to the capitalised word after it: "April 04, 2025Technology2817" (a date,
#: a section's name and a view count run together).
_GLUED_YEAR_WORD = re.compile(r"(?<=[\s,](?:19|20)\d{2})(?=[A-Z][a-z])")


#: A month's name and a two-digit day glued to the year, as a blog theme prints its post
#: date ("Sep 052017", "Apr 112016": the day and the year in two boxes of one badge).
_GLUED_DAY_YEAR = re.compile(r"\b(?P<m>[A-Za-z]{3,9}\.?) (?P<d>[0-3]\d)(?P<y>(?:19|20)\d{2})\b")


def _day_year_split(found: re.Match[str]) -> str:
    """ "Sep 052017" -> "Sep 05 2017" when the word is a month's name (else unchanged)."""
    if found.group("m").rstrip(".").casefold() not in MONTHS:
        return found.group(0)
    return f"{found.group('m')} {found.group('d')} {found.group('y')}"


def unglue(text: str) -> str:
    """A header line with the spaces a page copy lost put back: "March 12, 20244:05 AM
    GMT+7Updated 2 days ago" -> "March 12, 2024 4:05 AM GMT+7 Updated 2 days ago",
    "April 04, 2025Technology2817" -> "April 04, 2025 Technology2817", "Sep 052017" ->
    "Sep 05 2017".

    >>> unglue("Sep 052017")
    'Sep 05 2017'
    >>> unglue("Room 052017")
    'Room 052017'
    >>> unglue("Nov 28, 20252 min read")
    'Nov 28, 2025 2 min read'
    """
    text = _GLUED_YEAR_WORD.sub(" ", _GLUED_YEAR_TIME.sub(" ", text))
    text = _GLUED_DAY_YEAR.sub(_day_year_split, text)
    return _GLUED_WORD.sub(" ", text)


def _before_headline(
    paras: Sequence[Para], index: int, title_index: int, base: str, scoring: Scoring
) -> bool:
    """Whether date line ``index`` stands above the headline (often the site's clock),
    neither a publication note nor a blog post's date header right over the post's
    headline (``blog_posts.post_date_header``)."""
    above = 0 <= index < title_index and base != "publication_note"
    return above and not post_date_header(paras, index, title_index, scoring)


def date_candidates(
    sources: list[tuple[int, str, str]],
    paras: Sequence[Para],
    title_index: int,
    scoring: Scoring,
) -> list[Candidate]:
    """Score every date of ``sources`` (paragraph index, text, base feature name)."""
    order = settle_day_month(paras)
    lines = Counter(normalize_text(p.text) for p in paras if len(p.text) < 200)
    found = listed_items([raw for _, raw, _ in sources], scoring)
    listed = {sources[k][0] for k in found}
    dates_of = partial(absolute_dates, scoring=scoring)
    listed |= timeline_entries(paras, dates_of)  # "1999: ..." entries (b128)
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
                before_headline=_before_headline(paras, index, title_index, base, scoring),
                repeated=lines[normalize_text(raw)] > 1,
                scoring=scoring,
            )
            opening = text[: match.start]
            alike = repeated_item_opening(paras, index, opening, match, dates_of, title_index)
            if alike or index in listed or bulleted_item_date(raw, base, index, title_index):
                features.append("listed_item")  # "headline - date" items; items opened alike
            if clock_line(paras, index, base, title_index, dates_of, scoring):
                features.append("site_clock")  # (stacked_dates: the later of two, first)
            features.extend(page_marks(paras, index, base, features, scoring))  # clock, label above
            features.extend(copyright_marks(raw, match.precision))  # "© ... Revised <day>"
            value = score(features, scoring.date_weights)
            candidates.append(Candidate(index, match, value, tuple(features), text))
    return rank(candidates)


#: A headline of four words or more, then a dash or bar and a date ending the line:
#: "DUBAI: Fund to invest abroad - September 10, 2023" (an item of a list of stories).
_ITEM_DATE_END = r"\s[-–—|]\s(?:\w+\.?\s\d{1,2},?\s\d{4}|\d{1,2}[\s./-]\w+[\s./-]\d{2,4})\s*$"
_ITEM_DATE = re.compile(r"\w+(?:\W+\w+){3,}" + _ITEM_DATE_END)
#: The end every ``_ITEM_DATE`` match has: searched first, as a line without it cannot
#: match, and it costs no backtracking over the line's words (issue 13).
_ITEM_DATE_TAIL = re.compile(_ITEM_DATE_END)


def listed_items(texts: Sequence[str], scoring: Scoring) -> set[int]:
    """Indices of the ``texts`` shaped "headline - date" when ``listed_dates_min`` or more
    are: a list of other stories with their dates, not the article's header."""
    items = {i for i, text in enumerate(texts) if _item_dated(normalize_text(text))}
    return items if len(items) >= scoring.listed_dates_min else set()


def _item_dated(text: str) -> bool:
    return bool(_ITEM_DATE_TAIL.search(text) and _ITEM_DATE.search(text))


def same_day(a: Candidate, b: Candidate) -> bool:
    """Whether two date candidates give the same first day."""
    return a.value.date_start == b.value.date_start  # type: ignore[attr-defined]
