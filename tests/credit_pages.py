"""A placeholder news page for the byline tests: a masthead, the headline, the credit
line(s) under test, a date and two paragraphs of invented text (``credit_page``)."""

from __future__ import annotations

#: The headline of ``credit_page``, which a credit line must not displace.
HEADLINE = "Ferry links across the border river reopen after the floods"

_PAGE = """{masthead}

{headline}

{credit}

June 3, 2024

Boats carrying traders and their goods crossed the river again on Monday, three weeks after the floods closed both landing stages.

Officials of the two border districts said the timetable would return to four crossings a day by the end of the month.
"""


def credit_page(credit: str, masthead: str = "River Post") -> str:
    """The placeholder page with ``credit`` under its headline and ``masthead`` first."""
    return _PAGE.format(masthead=masthead, headline=HEADLINE, credit=credit)
