"""Tests of ``analysis.ingest.layout.cable_header``: a diplomatic cable's routing block
read by its form (held-out 79), on a cable of our own (a consulate's note on ferry fares)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.cable_header import (
    _FROM,
    _ROUTING_SPAN,
    _SUBJECT,
    _SUBJECT_SPAN,
    _TO,
    CableHeader,
    dtg_day,
    find_cable_header,
)
from analysis.ingest.layout.lines import split_lines

CABLE = "\n".join(
    [
        "Cable archive: Ferry Fares on the Lower River",
        "",
        "This record is a copy of the cable as released.",
        "",
        "UNCLAS RIVERTON 000412",
        "",
        "PAGE 01 RIVERTON 00412 01 OF 01 070930Z",
        "ACTION EB-00",
        "R 070915Z MAR 07",
        "FM AMCONSUL RIVERTON",
        "TO SECSTATE WASHDC 1234",
        "INFO AMEMBASSY LAKEFORD",
        "AMCONSUL HARBOURVILLE",
        "",
        "E.O. 12958: N/A",
        "TAGS: ETRD ELTN",
        "SUBJECT: FERRY FARES ON THE LOWER RIVER",
        "",
        "1. (U) SUMMARY: THE PROVINCE WILL RAISE FERRY FARES ON THE LOWER",
        "RIVER IN APRIL, AND OPERATORS SAY THE NEW FARES WILL PAY FOR TWO",
        "NEW BOATS. END SUMMARY.",
        "",
        "2. (SBU) THE PORT OFFICE TOLD CONOFF THAT THE FARES WILL BE REVIEWED",
        "AFTER ONE YEAR.",
    ]
)


def test_a_cables_routing_block_is_boilerplate_and_its_numbered_paragraphs_text() -> None:
    article = read_article(CABLE)
    kinds = {p.text: p.kind for p in article.paragraphs}
    for line in ("FM AMCONSUL RIVERTON", "INFO AMEMBASSY LAKEFORD", "AMCONSUL HARBOURVILLE"):
        assert kinds[line] == "boilerplate", line
    assert kinds["SUBJECT: FERRY FARES ON THE LOWER RIVER"] == "boilerplate"
    for line in CABLE.splitlines()[18:]:
        if line:
            assert kinds[line] == "body", line
    assert article.author == ""  # the offices are no writers
    assert str(article.header_date.date_start.date()) == "2007-03-07"


def test_a_date_time_group_without_sender_and_addressees_is_no_cable() -> None:
    """Negative: the group alone (a military release's stamp) or a page of ordinary text."""
    lines = CABLE.replace("FM AMCONSUL", "FROM THE CONSUL").replace("TO SECSTATE", "SECSTATE")
    assert find_cable_header(split_lines(lines)) is None
    assert find_cable_header(split_lines("R 070915Z MAR 07\nA line of text.\n")) is None
    assert dtg_day("R 310915Z FEB 07") is None  # no 31 February


@given(
    st.integers(1, 28),
    st.integers(0, 23),
    st.integers(0, 59),
    st.sampled_from(["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT"]),
    st.integers(0, 99),
)
def test_every_date_time_group_gives_its_day(
    day: int, hour: int, minute: int, month: str, year: int
) -> None:
    found = dtg_day(f"R {day:02d}{hour:02d}{minute:02d}Z {month} {year:02d}")
    assert found is not None and found.date_start.day == day
    assert found.date_start.year == (1900 + year if year >= 50 else 2000 + year)


def _find_cable_header_slow(paras: list) -> CableHeader | None:
    """``find_cable_header`` as before perf30: the lines under every line read before its
    date-time group is checked."""
    for i, p in enumerate(paras):
        day = dtg_day(p.text)
        near = [q.text.strip() for q in paras[i + 1 : i + 1 + _ROUTING_SPAN]]
        if day is None or not any(map(_FROM.match, near)) or not any(map(_TO.match, near)):
            continue
        later = paras[i + 1 : i + 1 + _SUBJECT_SPAN]
        subject = next((k for k, q in enumerate(later) if _SUBJECT.match(q.text.strip())), None)
        return CableHeader(i, i + 1 + subject if subject is not None else i + len(near), day)
    return None


_CABLE_LINES = st.sampled_from(
    [
        "R 190815Z DEC 02",
        "O 041230Z MAR 09",
        "FM AMEMBASSY HANOI",
        "TO SECSTATE WASHDC 8411",
        "INFO AMEMBASSY BANGKOK",
        "SUBJECT: VIETNAM: RICE EXPORTS",
        "1. (U) SUMMARY: EXPORTS ROSE.",
        "Harbour pilots sit a new exam.",
    ]
)


@given(st.lists(_CABLE_LINES, max_size=9))
def test_the_day_first_order_finds_every_routing_block(lines: list[str]) -> None:
    # perf30: pages of routing lines in any order, so that blocks are found and missed
    paras = split_lines("\n\n".join(lines))
    assert find_cable_header(paras) == _find_cable_header_slow(paras)
