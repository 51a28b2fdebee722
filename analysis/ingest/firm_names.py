"""A firm credited as a byline's writer (misses66).

ASEAN Briefing credits its consultancy as the writer ("Written by Dezan Shira &
Associates"); split at "&", the byline gave one person ("Dezan Shira") and dropped the
rest. A name of one to four capitalised words, then "&" or "and" and a word that closes a
firm's name (``firm_name_endings`` of ``data/header_scoring.yaml``: Associates, Partners,
Sons, Co.) is one firm, the author as a whole, as the gold keeps a company's credit.
"""

from __future__ import annotations

import re

from analysis.ingest.metadata import Scoring, fold_word

#: One to four capitalised words, "&" or "and", and one last word (checked against the
#: firm endings): "Dezan Shira & Associates", "Baker and Partners".
_FIRM = re.compile(
    r"^(?P<names>[A-ZÀ-Ỹ][\w'’.-]*(?:\s+[A-ZÀ-Ỹ][\w'’.-]*){0,3})\s*(?:&|\band\b)\s*"
    r"(?P<end>[A-Z][\w.]*)\.?$"
)


def firm_name(text: str, scoring: Scoring) -> str:
    """``text`` when it is a firm's name ("Dezan Shira & Associates"); "" otherwise.

    >>> from analysis.ingest.metadata import load_scoring
    >>> firm_name("Dezan Shira & Associates", load_scoring())
    'Dezan Shira & Associates'
    >>> firm_name("Linh Pham & Tran Minh", load_scoring())
    ''
    """
    found = _FIRM.match(text.strip())
    if found is None or fold_word(found.group("end")) not in scoring.firm_name_endings:
        return ""
    return text.strip()
