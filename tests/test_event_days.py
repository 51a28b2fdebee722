"""Tests of ``analysis.ingest.layout.event_days``: a date under a label naming an event's
day is flagged ``event_day``, so a full date in the page's address outranks it."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.event_days import EVENT_DAY_FLAG, event_day
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.page_rules import load_rules
from tests.page_reading import read_page

RULES = load_rules()
ZOO = Path(__file__).parent / "data" / "layouts"
_REPORT = next(ZOO.glob("vifindia_event_report_*.txt")).read_text(encoding="utf-8")
_URL = "https://vifindia.org/event/report/2023/march/14/talk-with-visiting-scholars"


def test_an_event_reports_event_date_gives_way_to_the_addresss_day() -> None:
    """held-out 73's event report: "Event Date" / "March 9, 2023" under the text, the
    report's day in the address; the event's day stays the date without an address."""
    assert EVENT_DAY_FLAG in read_article(_REPORT).flags
    assert str(read_page(_REPORT, _URL)["published"])[:10] == "2023-03-14"
    assert str(read_page(_REPORT)["published"])[:10] == "2023-03-09"


def test_the_label_above_the_date_or_opening_its_line() -> None:
    paras = split_lines(
        "Talk on river ports\n\nEvent Date\nMarch 9, 2023\nSeminar date: 9/3/2023\n"
    )
    assert event_day(paras, 2, RULES)  # the label alone on the line above
    assert event_day(paras, 3, RULES)  # the label opening the date's line
    paras = split_lines("Talk on river ports\n\nPublished\nMarch 9, 2023\n")
    assert not event_day(paras, 2, RULES)


@given(st.text(max_size=60))
def test_a_line_not_opening_with_an_event_label_is_no_event_day(text: str) -> None:
    paras = split_lines(f"Talk on river ports\n\n{text.replace(chr(10), ' ')}x\n")
    if not any(w in text.casefold() for w in ("date", "event", "seminar")):
        assert not any(event_day(paras, i, RULES) for i in range(len(paras)))
