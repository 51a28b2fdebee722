"""A date under a label naming the day of an event: the event's day, not the page's.

An institute's event report prints "Event Date" on one line and "March 9, 2023" on the
next, under the report's text; the report itself went up days later, on the day its
address gives ("/event/report/2023/march/14/..."). The chosen date is flagged
``event_day`` when its own line opens with such a label or the line above holds only the
label (``event_day_labels`` of ``data/header_scoring.yaml``); the flag is listed under
``date.url_date_outranks``, so a full date in the page's address replaces it. Without an
address the event's day stays the page's date (it is the nearest day the page gives).
"""

from __future__ import annotations

from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.page_rules import Rules, scoring_of

#: The date flag (``date_flags``) of a date that a label names as an event's day.
EVENT_DAY_FLAG = "event_day"


def event_day(paras: list[Paragraph], index: int, rules: Rules) -> bool:
    """Whether the date on line ``index`` is an event's day: its line opens with an event
    label ("Event Date: March 9, 2023") or the line above is the label alone ("Event
    Date" / "March 9, 2023")."""
    label = scoring_of(rules).event_day_label
    if label is None or not 0 <= index < len(paras):
        return False
    above = paras[index - 1].text.strip() if index > 0 else ""
    line = paras[index].text.strip()
    return bool(label.fullmatch(above) or label.match(line))
