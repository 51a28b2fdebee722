"""The dateline opening a lede: a place (and an agency in brackets) then a full date
("TOKYO, Sep 12, 2023, Agency. The ..."), a wire's release between dashes ("HANOI - 20
JUNE 2016 - "), the other lede openings of ``layout.lines``, and a month and day without
a year ("Hanoi, Oct 4 (X) ..."), told from a sentence's words about an event's day ("On
9th April 2011, at ..."). Read by ``layout.dates``."""

from __future__ import annotations

import re
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.dates import parse_date
from analysis.ingest.date_scoring import MONTHS
from analysis.ingest.layout.agency_datelines import agency_dateline
from analysis.ingest.layout.lines import LEDE_COLON, LEDE_OPENING, LEDE_PAREN
from analysis.ingest.layout.title import LEDE_STAMP
from analysis.ingest.page_rules import Rules, scoring_of

#: A full date with a month's name, either order: "Sep 12, 2023", "3 September 2024".
_NAMED_FULL_DATE = re.compile(
    r"(?:(?P<mon>[A-Z][a-z]{2,8})\.?\s\d{1,2}|\d{1,2}\s(?P<mon2>[A-Z][a-z]{2,8})\.?),?\s(?:19|20)\d{2}\b"
)


#: A full date in the Spanish and Portuguese form: "03 de noviembre de 2023", "5 de março
#: de 2024" (the month's name checked by the date reader).
_DE_FULL_DATE = re.compile(r"\b\d{1,2} de [^\W\d_]{3,10},? (?:de |del )?(?:19|20)\d{2}\b")


def _full_date(text: str, rules: Rules) -> re.Match[str] | None:
    """The first full date with a month's name in ``text`` (English, the "de" form, or a
    month of ``header_months`` in another language: "2 Ottobre 2024", "12 juin 2022")."""
    found = _NAMED_FULL_DATE.search(text)
    if found and MONTHS.get((found.group("mon") or found.group("mon2")).casefold()):
        return found
    found = _DE_FULL_DATE.search(text)
    if found and parse_date(found.group(0)) is not None:
        return found
    return scoring_of(rules).header_date.search(text)


def dated_opening(text: str, rules: Rules) -> str | None:
    """A lede's dateline of a place (and an agency in brackets) then a full date, closed by
    no dash or colon: "TOKYO, Sep 12, 2023, Agency. The ...", "Place (AFP) September 3,
    2024 The ...", "Caracas, 03 de noviembre de 2023. ...", or between dashes ("Hanoi,
    Vietnam – December 29, 2024 – In ...", held-out 135); the opening through the date,
    or None."""
    found = _full_date(text[:80], rules)
    if found is None:
        return None
    before = re.sub(r"\s*\([^()]{1,40}\)\s*$", ", ", text[: found.start()])
    before = re.sub(r"\s[-–—]\s*$", ", ", before)  # "Hanoi, Vietnam – December 29, 2024 – "
    event = _event_sentence(before.strip(" ,"))  # "Yesterday, 15 November 2020, ..."
    return text[: found.end()] if _is_dateline_place(before) and not event else None


#: A wire service's release dated between two dashes: "Media OutReach - 8 November 2023 –
#: On behalf of ..." (held-out 55), or in capitals: "HANOI - 20 JUNE 2016 - " (held-out 109).
_WIRE_OPENING = re.compile(
    r"^(?P<inner>[^.!?]{3,40}?\s[-–—]\s\d{1,2}\s(?P<mon>[A-Z][a-z]{2,8}|[A-Z]{3,9})\.?\s(?:19|20)\d{2})"
    r"\s?(?:--|[-–—])\s"
)


def lede_opening(text: str, rules: Rules) -> str | None:
    """The dateline opening a lede: "29-1-2024 (MANILA) ...", "Hanoi, 26 October 2021
    (TDI): ...", "TOKYO, Sep 12, 2023, ..."; None when it opens otherwise."""
    dated = dated_opening(text, rules) or agency_dateline(text)  # "Hanoi April 12, 2023, PL."
    if dated is not None:
        return dated
    paren = LEDE_PAREN.match(text)
    if paren:
        return paren.group(0)
    wire = _WIRE_OPENING.match(text)  # its month checked: "HANOI - 20 JUNE 2016 - "
    opening = wire if wire and wire["mon"].casefold() in MONTHS else LEDE_OPENING.match(text)
    opening = opening or LEDE_COLON.match(text) or LEDE_STAMP.match(text)
    if opening is None or _event_sentence(opening.group("inner")):
        return None
    return opening.group("inner")


@cache
def _event_sentence_openers() -> frozenset[str]:
    """``event_sentence_openers`` of ``data/page_layout.yaml``: "on", "in", "since"..."""
    words = load_data_file("page_layout.yaml").get("event_sentence_openers") or []
    return frozenset(str(w).casefold() for w in words)


def _event_sentence(opening: str) -> bool:
    """A lede's opening is a sentence's words about when something happened ("On 9th April
    2011, at the UEB"), not a dateline's place: its first word is one of
    ``event_sentence_openers``."""
    first = opening.split(None, 1)[0] if opening.strip() else ""
    return first.casefold() in _event_sentence_openers()


#: A month and day without a year in the opening of a lede: "Hanoi, Oct 4 (X) ...",
#: "HANOI, July 20 — ...".
_YEARLESS = re.compile(r"\b(?P<mon>[A-Z][a-z]{2,8})\.?\s(?P<day>\d{1,2})\b(?!,?\s*\d{4})")


#: What may stand before a dateline's month and day: nothing, or one or two places or names each
#: closed by a comma ("Hanoi, ", "BEIJING, China, ", "The 88 Project, "; "Place (Agency", cut).
_DATELINE_PLACE = re.compile(
    r"(?:[^\W\d_][\w.'’-]{0,30}(?: [^\W_][\w.'’-]{0,30}){0,3}(?: \([^()]{1,40})?,\s*){0,2}"
)


def lede_month_day(lede: str) -> tuple[re.Match | None, int]:
    """The month and day of a lede's dateline without a year, with the month's number;
    ``(None, 0)`` when the lede opens with none ("... province on May 15 held ..." is an
    event's day in the sentence)."""
    opening = re.split(r"\s(?:--|[-–—])\s|\)", lede[:80], maxsplit=1)[0]
    found = _YEARLESS.search(opening)
    if found is None or not _is_dateline_place(opening[: found.start()]):
        return None, 0
    month = MONTHS.get(found.group("mon").casefold())
    return (found, month) if month else (None, 0)


def _is_dateline_place(before: str) -> bool:
    """Whether ``before`` (the lede's text before a month and day) is a dateline's place:
    empty, or capitalised words closed by commas, so "... province on May 15" is not."""
    if not _DATELINE_PLACE.fullmatch(before):
        return False
    return all(w[0].isupper() for w in re.findall(r"[^\W\d_][\w.'’-]*", before))
