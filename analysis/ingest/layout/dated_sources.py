"""A date line closed by its story's source credit is no caption (fix38d).

News sites print the story's date with its source on one line under the headline: "June
8, 2019 | Source: VNA", "12/03/2024 - Source: Xinhua", a reader tool's stamp glued to the
site's source line (" date 2019-06-08 Source: FN"). The credit's form ("Source: X",
"Photo: X") closes a picture's caption too, and such a line was read as one, so its date
was never a source of the page's date (captions are not). A caption describes the picture
in words; a line whose words before the credit are a date and nothing else describes no
picture: it is the story's date line and its source (``lines._photo_caption`` asks
``date_before_credit`` before it takes a line for a caption).
"""

from __future__ import annotations

import re

from analysis.ingest.layout.photo_credit_tails import credit_at_end
from analysis.ingest.page_rules import Rules

#: What may join a date to the credit after it: spaces, a bar, a dash, a comma, a semicolon.
_JOINS = " \t|-–—,;:"

#: Fewest characters a date holds ("1/6/19").
_SHORTEST_DATE = 6


def date_before_credit(text: str, rules: Rules) -> str:
    """The words before a source or photo credit closing ``text``, the joining marks
    stripped, when they may be a date line alone (short, a digit in them); else "".
    The caller tests them as a date line (``lines.dateline_date``).

    >>> from analysis.ingest.page_rules import load_rules
    >>> date_before_credit("June 8, 2019 | Source: VNA", load_rules())
    'June 8, 2019'
    >>> date_before_credit("Officials meet in Hanoi. Source: VNA", load_rules())
    ''
    """
    if len(text) > 120 or not re.search(r"\d", text):
        return ""
    found = credit_at_end(text, rules)
    if found is None:
        return ""
    words = text[: found.start()].strip(_JOINS)
    return words if len(words) >= _SHORTEST_DATE and re.search(r"\d", words) else ""
