"""What may stand before a dateline's label on a line that holds nothing but a date
(``lines.dateline_date``): a section's name ("Advocacy Updated on March 9, 2023"), or
an agency's or outlet's credit in a byline's place ("By ANI Published Date - 06:15 PM,
Tue - 14 November 23", "By Reuters Published: 14 November 2023": held-out 103), or a
document's reference number after its date ("7 October 2015 AI Index: ASA 41/2514/2015",
held-out 123), or its weekday in another interface's language ("Mittwoch")."""

from __future__ import annotations

import re
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.ingest.page_rules import Rules, alternation, outlet_named

#: One capitalised word opening a line.
_LEADING_WORD = re.compile(r"\s*[A-ZÀ-Ỹ][\w.]+\s+")


def word_before_label_dropped(rest: str, rules: Rules) -> str:
    """``rest`` without the one capitalised word that stands before its dateline's label in
    the past participle: a section's name ("Advocacy Updated on March 9, 2023", a chamber's
    running page of reports, held-out 54); ``rest`` unchanged when no such label follows
    that word ("Customs Update: March 14, 2019" is a newsletter's headline)."""
    found = _LEADING_WORD.match(rest)
    label = rules.dateline_word.match(rest, found.end()) if found else None
    if label is None or not label.group(0).casefold().endswith("ed"):
        return rest  # "Customs Update: March 14, 2019": a newsletter's name, no label
    return " " + rest[found.end() :]


#: "By" and up to five words before a dateline's label in the past participle or "Date":
#: the credit in a byline's place of a line of date and credit.
_BY_CREDIT = re.compile(
    r"\s*by\s+(?P<name>[^\W\d_][\w.&'’-]*(?:\s+[\w.&'’-]+){0,4}?)"
    r"(?=\s+(?:published|posted|updated|last updated|publish date)\b)",
    re.I,
)


def agency_credit_dropped(rest: str, rules: Rules) -> str:
    """``rest`` without "By <outlet>" before its dateline's label when the credit names a
    listed outlet or agency ("By ANI Published Date", "By Reuters Published"): the line is
    the page's date with the story's source, no writer's byline; ``rest`` unchanged for a
    person ("By Jane Doe Published: ..." stays a byline).

    >>> from analysis.ingest.page_rules import load_rules
    >>> agency_credit_dropped("By ANI Published Date", load_rules()).strip()
    'Published Date'
    >>> agency_credit_dropped("By Jane Doe Published", load_rules())
    'By Jane Doe Published'
    """
    found = _BY_CREDIT.match(rest)
    if found is None or outlet_named(found.group("name"), rules) is None:
        return rest
    return " " + rest[found.end() :]


@cache
def _reference() -> re.Pattern[str]:
    labels = load_data_file("page_layout.yaml").get("document_reference_labels") or ["(?!)"]
    return re.compile(
        rf"\b(?:{alternation(labels)})\s*:\s*(?:[^\W\d_]+\s+)?[\w./-]*\d[\w./-]*\s*$", re.I
    )


def reference_dropped(rest: str) -> str:
    """``rest`` (a line without its date) without the document's reference number that
    closes it: a label of ``document_reference_labels``, a colon and a code holding a
    digit, after one word at most ("AI Index: ASA 41/2514/2015", "Ref: PO/118/19"); the
    line is then the document's date, no headline. ``rest`` unchanged otherwise ("Index:
    the ports" has no code, "Ref" with no colon no label).

    >>> reference_dropped(" AI Index: ASA 41/2514/2015 ").strip()
    ''
    >>> reference_dropped(" Index of the port fees")
    ' Index of the port fees'
    """
    return _reference().sub(" ", rest)


@cache
def _weekday() -> re.Pattern[str]:
    names = load_data_file("page_layout.yaml").get("date_line_weekdays") or ["(?!)"]
    return re.compile(rf"\b(?:{alternation(names)})\b", re.I)


def weekday_dropped(rest: str) -> str:
    """``rest`` (a line without its date) without a weekday of ``date_line_weekdays``: a
    blog's date header under another interface's language ("Mittwoch, 21. Oktober 2015",
    held-out 123) is a dateline like "Wednesday, October 21, 2015".

    >>> weekday_dropped("Mittwoch, ").strip(" ,")
    ''
    """
    return _weekday().sub(" ", rest)
