"""A letter's head under a page's headline (``analysis.ingest.letter_heads``): the
addressee's block between the letter's date and its salutation is never the headline
(held-out 123: "Washington, D.C. 20520", "Chairman of the Committee ..." taken for it), and
the letter's date gives way to the page's own date line above the headline; a headline
over a salutation, a speech's "Dear friends," and a letter printed alone keep theirs."""

from __future__ import annotations

from dataclasses import dataclass

from analysis.ingest.layout import read_article
from analysis.ingest.letter_heads import letter_date, letter_head_lines, salutation

POSTED_LETTER = """Friday, June 12, 2026

Letter to the Minister on Detained Net Fishers

June 8, 2026

The Honorable Placeholder Minister,
Minister of Fisheries
Ministry of Fisheries
1400 Harbour Road NW
Riverton, D.C. 20999

Dear Mr. Minister,

We write about eleven net fishers held since spring after their boats drifted past a buoy line. Their families have not been told where they are kept or when a hearing will be set.

We ask you to raise their cases at the coming fisheries talks and to tell the families what you learn.

Respectfully,
"""

STATIC_LETTER = """Open letter on the river port workers
March 3, 2026
Chair of the Committee on Ports and Waterways of the Assembly
Ms. Placeholder Chair
Office of the Assembly
12 Harbour Lane
Port Town, Country
Dear Madam Chair,
Your committee meets the port authorities next month, and the workers who spoke to us about night shifts and unpaid overtime hope their accounts will be heard there.
We ask the committee to hear the workers' union before it votes on the new port rules.
"""


@dataclass
class _Line:
    text: str
    kind: str = ""
    line: int = 0


def _lines(*rows: tuple[str, str]) -> list[_Line]:
    return [_Line(text, kind, n) for n, (text, kind) in enumerate(rows, 1)]


def test_salutations() -> None:
    for line in (
        "Dear Madame Secretary,",
        "Dear Mr. Chairman,",
        "To Their Excellencies the Ambassadors to the United Nations in Geneva,",
        "Your Excellency,",
    ):
        assert salutation(line), line
    for line in (
        "Dear readers, the port reopens on Monday after a week of repairs to the quay.",
        "Dear Leader's visit to the port",
        "Madame Secretary meets port workers",
        "Dear friends and colleagues from every port authority of the region gathered here,",
    ):
        assert not salutation(line), line


def test_addressee_block_under_a_date_is_no_headline() -> None:
    paras = _lines(
        ("Letter on the port workers", ""),
        ("June 8, 2026", "dateline"),
        ("Minister of Ports", ""),
        ("1400 Harbour Road NW", ""),
        ("Riverton, D.C. 20999", ""),
        ("Dear Minister,", ""),
        ("We write about the port workers held since spring after the strike.", ""),
    )
    assert letter_head_lines(paras, len(paras)) == {2, 3, 4, 5}


def test_no_block_without_a_date_or_an_address() -> None:
    no_address = _lines(
        ("June 8, 2026", "dateline"),
        ("Open letter on the port workers", ""),
        ("Dear Minister,", ""),
    )
    assert letter_head_lines(no_address, 3) == set()
    no_date = _lines(
        ("Speech at the port authority's anniversary", ""),
        ("Harbour Hall, 12 Quay Street", ""),
        ("Dear friends,", ""),
    )
    assert letter_head_lines(no_date, 3) == set()


def test_letter_date_only_under_another_date() -> None:
    posted = _lines(
        ("Friday, June 12, 2026", "dateline"),
        ("Letter on the port workers", "title"),
        ("June 8, 2026", "dateline"),
        ("Dear Minister,", ""),
    )
    assert letter_date(posted, 2) and not letter_date(posted, 0)
    alone = posted[1:]
    assert not letter_date(alone, 1)  # the letter's date is the page's only date
    under_text = _lines(
        ("Friday, June 12, 2026", "dateline"),
        ("Letter on the port workers", "title"),
        ("June 8, 2026", "dateline"),
        ("The port workers were held in spring after their strike at the quay.", ""),
    )
    assert not letter_date(under_text, 2)  # no salutation: a date of the page's text


def test_posted_letter_keeps_its_headline_and_the_post_date() -> None:
    article = read_article(POSTED_LETTER)
    assert article.title == "Letter to the Minister on Detained Net Fishers"
    assert article.header_date is not None
    assert article.header_date.date_start.date().isoformat() == "2026-06-12"


def test_static_letter_keeps_its_headline_and_its_own_date() -> None:
    article = read_article(STATIC_LETTER)
    assert article.title == "Open letter on the river port workers"
    assert article.header_date is not None
    assert article.header_date.date_start.date().isoformat() == "2026-03-03"
