"""A cable page that opens with the cable's classification line (held-out 136): WikiLeaks'
PlusD pages and other cable archives print a cable's text from its first line,

    UNCLAS HANOI 000042         the classification, the sending post and the cable's number,
    SIPDIS / SENSITIVE          handling marks,
    E.O. 12958: N/A             the executive order and the tags,
    TAGS: PREL, VM, ARF, ASEAN
    SUBJECT: VIETNAM ...        and the subject line, the cable's title;

with no routing block under a date-time group (``cable_header``, held-out 79). The header
is recognised by its own form, never by a site: the classification line among the page's
first lines and a "SUBJECT:" row within a few lines under it. Its subject is the page's
headline (a boilerplate line such as "E.O. 12958: N/A" is no headline), with the capitals
continuing it on the next line of the file ("... ON RECENT ASEAN" / "SENIOR OFFICIALS
MEETINGS")."""

from __future__ import annotations

import re

from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.metadata import Candidate

#: How many paragraphs from the top the classification line may stand in.
OPENING_REACH = 3
#: How many paragraphs under the classification line the subject row may stand in.
SUBJECT_REACH = 12

#: The classification, the post's name in capitals and the cable's number.
_CLASSIFICATION = re.compile(
    r"^(?:UNCLAS(?:SIFIED)?|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE)"
    r"(?:\s+[A-Z][A-Z .'-]*)?\s+\d{3,6}$"
)
_SUBJECT = re.compile(r"^SUBJ(?:ECT)?:\s+(?P<subject>\S.*)$")
#: A line in capitals continuing the subject (no reference row, no numbered paragraph).
_CONTINUATION = re.compile(r"^(?!REF\b|CLASSIFIED\b|\d)[A-Z][^a-z]*$")


def cable_subject(paras: list[Paragraph]) -> Candidate | None:
    """The subject of a cable page's opening header as the headline candidate, its
    paragraph labelled ``title``; None when the page opens with no classification line
    or no subject row follows it."""
    opening = next(
        (i for i, p in enumerate(paras[:OPENING_REACH]) if _CLASSIFICATION.match(p.text.strip())),
        None,
    )
    if opening is None:
        return None
    for k in range(opening + 1, min(len(paras), opening + 1 + SUBJECT_REACH)):
        found = _SUBJECT.match(paras[k].text.strip())
        if found is None:
            continue
        subject = found.group("subject").strip()
        after = paras[k + 1] if k + 1 < len(paras) else None
        if after and after.line == paras[k].line + 1 and _CONTINUATION.match(after.text.strip()):
            subject = f"{subject} {after.text.strip()}"
        paras[k].kind, paras[k].role = "title", ""
        return Candidate(k, subject, 0.0, ("cable_subject",), subject)
    return None
