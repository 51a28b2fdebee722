"""A firm or an organisation's body credited as a byline's writer (misses66, rules31).

ASEAN Briefing credits its consultancy as the writer ("Written by Dezan Shira &
Associates"); split at "&", the byline gave one person ("Dezan Shira") and dropped the
rest. A name of one to four capitalised words, then "&" or "and" and a word that closes a
firm's name (``firm_name_endings`` of ``data/header_scoring.yaml``: Associates, Partners,
Sons, Co.) is one firm, the author as a whole, as the gold keeps a company's credit.

An organisation's body after "By" ("By VVAW National Office", "BY:CPUSA International
Department") is the author too, its name whole: capitalised words (and "of", "for", "the",
"and", "&") closed by a word of ``organisation_endings`` (Office, Department, Committee ...),
none of them a ``desk_words`` word: "By Web Desk", "By LatAm Reports Editor", "By Editorial
Office" credit a role or a desk of the outlet, no writer.
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


#: Two to eight words, each capitalised (an acronym too) or a joining word.
_ORGANISATION = re.compile(
    r"^(?:the\s+)?[A-ZÀ-Ỹ][\w'’.-]*(?:\s+(?:(?:of|for|the|and|&)\s+)?[A-ZÀ-Ỹ][\w'’.-]*){1,7}$"
)


def organisation_credit(text: str, scoring: Scoring) -> str:
    """``text`` when it names an organisation's body credited as the writer ("VVAW National
    Office", "CPUSA International Department"); "" otherwise.

    >>> from analysis.ingest.metadata import load_scoring
    >>> organisation_credit("VVAW National Office", load_scoring())
    'VVAW National Office'
    >>> organisation_credit("Web Desk", load_scoring())
    ''
    """
    text = text.strip(" .,")
    words = [fold_word(w) for w in text.split()]
    if not _ORGANISATION.match(text) or words[-1] not in scoring.organisation_endings:
        return ""
    return "" if any(w in scoring.desk_words for w in words) else re.sub(r"^the\s+", "", text)


def organisation_labelled(text: str, scoring: Scoring) -> bool:
    """Whether a byline opens with a writer's label that may credit an organisation
    (``organisation_credit_labels``: "By", "Written by", "Author:"), not a sender's or an
    issuer's ("FROM: U.S. DEFENSE DEPARTMENT")."""
    label = scoring.organisation_label
    return bool(label and label.match(text.strip()))
