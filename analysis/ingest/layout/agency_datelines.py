"""A lede's dateline whose place has no comma after it, known by the agency's initials
closed by a full stop after the date (fix81).

"Hanoi April 12, 2023, PL. The director ...", "Hue 10 April 2023, VNA. Authorities ...":
a news agency's copy run into the lede, the place, the full date, a comma and the agency's
initials. The comma the dateline readers of ``layout/dates.py`` look for after the place is
missing; the initials after the date are the evidence instead, so a sentence opening
"Ministers April 12, 2023, ..." is not read (no initials and full stop follow).
"""

from __future__ import annotations

import re

from analysis.ingest.date_scoring import MONTHS

#: One to four capitalised place words, no comma, a full date with the month's name (either
#: order), a comma and two to six capital initials closed by a full stop and a space.
_AGENCY_DATELINE = re.compile(
    r"^(?P<inner>(?-i:[A-Z][\w.'’-]{1,30})(?: (?-i:[A-Z])[\w.'’-]{1,30}){0,3}\s"
    r"(?:(?P<mon>[A-Z][a-z]{2,8})\.?\s\d{1,2}|\d{1,2}\s(?P<mon2>[A-Z][a-z]{2,8})\.?),?\s"
    r"(?:19|20)\d{2}),\s(?-i:[A-Z]{2,6})\.\s"
)


def agency_dateline(text: str) -> str | None:
    """The opening of ``text`` through the date when it is a dateline of a place without
    a comma, a full date and an agency's initials closed by a full stop ("Hanoi April 12,
    2023, PL. ..." -> "Hanoi April 12, 2023"); None otherwise."""
    found = _AGENCY_DATELINE.match(text)
    if found is None:
        return None
    month = (found.group("mon") or found.group("mon2")).casefold()
    return found.group("inner") if month in MONTHS else None
