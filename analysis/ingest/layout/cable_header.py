"""A diplomatic cable's routing block (held-out 79): the header a leaked or declassified
cable keeps when an archive copies it (WikiLeaks' and Scoop's cable pages), in capitals:

    R 190815Z DEC 02            precedence and date-time group (day, hour, minute, zone Z,
    FM AMEMBASSY HANOI          month, two-digit year), then the sender,
    TO SECSTATE WASHDC 8411     the addressees, the info addressees,
    INFO AMEMBASSY BANGKOK      ...
    E.O. 12958: N/A             the executive order, the tags,
    TAGS: EAGR ETRD VM
    SUBJECT: VIETNAM: ...       and the subject line; then numbered paragraphs in capitals,
    1. (U) SUMMARY: ...         each marked with its classification, hard-wrapped.

The block is recognised by its own form (a date-time group line followed within a few
lines by a ``FM`` line and a ``TO`` line), never by a site: its lines are boilerplate (the
sender and addressees are offices, not writers), the numbered paragraphs after it are
text whatever their case, and the date-time group is the cable's day when the page gives
no other date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from analysis.dates import DateMatch
from analysis.dates.lexicon import MONTHS
from analysis.ingest.layout.lines import Article, Paragraph

#: A precedence letter or two, then the date-time group "DDHHMMZ MON YY": "R 190815Z DEC 02",
#: "O 041230Z MAR 09" (routine, immediate, priority, flash).
_DTG = re.compile(
    r"^(?:[RPOZ]{1,2}\s+)?(?P<day>[0-3]\d)(?:[01]\d|2[0-3])[0-5]\dZ\s+(?P<mon>[A-Z]{3})\s+"
    r"(?P<year>\d{2}|(?:19|20)\d{2})$"
)
#: The sender's and the addressees' lines under the date-time group.
_FROM = re.compile(r"^FM\s+[A-Z]")
_TO = re.compile(r"^TO\s+[A-Z]")
#: How many lines after the date-time group the sender and addressees must appear in.
_ROUTING_SPAN = 4
#: How many lines after the date-time group the subject line may come.
_SUBJECT_SPAN = 30
_SUBJECT = re.compile(r"^SUBJ(?:ECT)?:\s")
#: A numbered paragraph opening, with its classification mark maybe: "1. (U) SUMMARY: ...",
#: "2. (SBU) ...", "3. ...".
NUMBERED_PARAGRAPH = re.compile(
    r"^\d{1,2}\.\s+(?:\((?:U|C|S|SBU|TS|[A-Z]{1,4}/[A-Z]{1,4})\)\s+)?[A-Z(]"
)


@dataclass(frozen=True)
class CableHeader:
    """A routing block found among a page's lines: the paragraph indexes of its date-time
    group line and of its last line (the subject line, or the addressees' last), and the
    cable's day."""

    start: int
    end: int
    day: DateMatch


def dtg_day(text: str) -> DateMatch | None:
    """The day of a date-time group line ("R 190815Z DEC 02": 19 December 2002; a
    two-digit year from 50 on is of the 1900s), or None.

    >>> str(dtg_day("R 190815Z DEC 02").date_start.date())
    '2002-12-19'
    >>> str(dtg_day("O 041230Z MAR 75").date_start.date())
    '1975-03-04'
    >>> dtg_day("R 190815Z XYZ 02") is None, dtg_day("Reported 19 Dec 02") is None
    (True, True)
    """
    found = _DTG.match(text.strip())
    month = MONTHS.get(found.group("mon").casefold()) if found else None
    if found is None or month is None:
        return None
    year = int(found.group("year"))
    year += 0 if year > 99 else 1900 if year >= 50 else 2000
    try:
        day = pd.Timestamp(year, month, int(found.group("day")))
    except ValueError:
        return None
    return DateMatch(0, len(found.group(0)), found.group(0), day, day, "day")


def find_cable_header(paras: list[Paragraph]) -> CableHeader | None:
    """The routing block among ``paras``: a date-time group line with a ``FM`` and a ``TO``
    line in the next few lines; its end is the subject line when one follows, else the
    last line before a blank line after the addressees. None when the page has none."""
    for i, p in enumerate(paras):
        day = dtg_day(p.text)
        if day is None:  # the lines under it are read only under a date-time group (perf30)
            continue
        near = [q.text.strip() for q in paras[i + 1 : i + 1 + _ROUTING_SPAN]]
        if not any(map(_FROM.match, near)) or not any(map(_TO.match, near)):
            continue
        later = paras[i + 1 : i + 1 + _SUBJECT_SPAN]
        subject = next((k for k, q in enumerate(later) if _SUBJECT.match(q.text.strip())), None)
        return CableHeader(i, i + 1 + subject if subject is not None else i + len(near), day)
    return None


def _numbered_paragraphs(paras: list[Paragraph], after: int) -> list[int]:
    """The indexes of the numbered paragraphs after index ``after`` and their hard-wrapped
    lines (the next lines with no blank line between them)."""
    found: list[int] = []
    in_paragraph = False
    for k in range(after + 1, len(paras)):
        text = paras[k].text.strip()
        follows = in_paragraph and paras[k].line == paras[k - 1].line + 1
        in_paragraph = bool(NUMBERED_PARAGRAPH.match(text)) or (follows and bool(text))
        if in_paragraph:
            found.append(k)
    return found


def label_cable(paras: list[Paragraph]) -> CableHeader | None:
    """Label a cable's routing block boilerplate (its offices are no writers) and the
    numbered paragraphs after it text (``body``) whatever their case; the block found,
    or None (nothing changed)."""
    cable = find_cable_header(paras)
    if cable is None:
        return None
    for p in paras[cable.start : cable.end + 1]:
        p.kind, p.role = "boilerplate", ""
    for k in _numbered_paragraphs(paras, cable.end):
        paras[k].kind, paras[k].role = "body", ""
    return cable


def cable_date(article: Article, cable: CableHeader | None) -> None:
    """With no date read from the page, the cable's day from its date-time group."""
    if cable is None or article.header_date is not None or article.footer_date is not None:
        return
    line = article.paragraphs[cable.start]
    article.header_date, article.header_evidence = cable.day, line.text
    article.date_reason = f"line {line.line}: a cable's date-time group, {cable.day.text!r}"
