"""A forwarded e-mail's header over the article it carries: the separator
(``forward_separators`` of ``data/header_scoring.yaml``: "---------- Forwarded message
---------", Outlook's rule of underscores) and the lines just under it, which give the
message's sender and sending day, not the article's writer and date (held-out 64).

The forward's header rows and a colleague's note under them ("FYI, for the maritime
file.") are no part of the article: ``label_forward_header`` sets the header's subject
and the note apart as boilerplate, so neither is read as the site's name or the headline
(misses64).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Protocol

from analysis.core.data_files import load_data_file

#: How many paragraphs under the separator belong to the forward's header: the sender,
#: the day and the subject stand on the first three.
FORWARD_HEADER_REACH = 3

#: A sender's line: a "From:" label, a name, the address in angle brackets.
_SENDER = re.compile(
    r"^\s*from\s*:\s*(?P<name>[^<>]{0,80})<[^<>\s]+@(?P<domain>[^<>\s]+)>\s*$", re.I
)


class _Text(Protocol):
    text: str


class _Line(Protocol):
    text: str
    kind: str
    role: str
    line: int
    block: int


#: The most words a colleague's note under a forward's header may have, per line.
NOTE_MAX_WORDS = 25

#: The most lines a colleague's note may have.
NOTE_MAX_LINES = 3

#: The subject row of a forward's header: "Subject: FW: coast guard divers".
_SUBJECT = re.compile(r"^\s*subject\s*:", re.I)

#: A line that closes a sentence: a note, never a headline.
_CLOSED = re.compile(r"[.!?…][\"”'’)]*$")


@cache
def forward_separator() -> re.Pattern[str]:
    """The separators over a forwarded message's header, one pattern (whole line)."""
    separators = load_data_file("header_scoring.yaml").get("forward_separators", [])
    return re.compile("|".join(f"(?:{s})" for s in separators) or "(?!)", re.I)


def in_forward_header(paras: Sequence[_Text], index: int) -> bool:
    """A forward's separator stands one to ``FORWARD_HEADER_REACH`` paragraphs above
    paragraph ``index``."""
    above = paras[max(0, index - FORWARD_HEADER_REACH) : max(0, index)]
    return any(forward_separator().fullmatch(p.text.strip()) for p in above)


def forward_sender(paras: Sequence[_Text], index: int) -> bool:
    """Paragraph ``index`` is the "From: Name <address>" line of a forward's header: the
    person or list that sent the message on, not the writer of the article under it."""
    return bool(_SENDER.match(paras[index].text)) and in_forward_header(paras, index)


def byline_writer(paras: Sequence[_Line], index: int) -> bool:
    """Paragraph ``index`` is a byline naming a writer, not a forward's sender
    (``forward_sender``): a "From:" line in a forward's header says nothing of the
    article's writers, so a bare name over the article's date stays one (held-out 106)."""
    p = paras[index]
    return p.kind == "byline" and p.role == "author" and not forward_sender(paras, index)


def _note(block: Sequence[_Line]) -> bool:
    """A colleague's note: one to ``NOTE_MAX_LINES`` short lines, each closing a sentence,
    none labelled yet."""
    return 0 < len(block) <= NOTE_MAX_LINES and all(
        not p.kind and _CLOSED.search(p.text.strip()) and len(p.text.split()) <= NOTE_MAX_WORDS
        for p in block
    )


@cache
def _signature() -> re.Pattern[str]:
    """A mail app's line under the sender's own note (``forward_note_signatures``)."""
    lines = load_data_file("header_scoring.yaml").get("forward_note_signatures", [])
    return re.compile("|".join(f"(?:{s})" for s in lines) or "(?!)", re.I)


def _sender_note(above: Sequence[_Line]) -> bool:
    """The lines above a forward's separator are the sender's own note (held-out 106:
    "Sharing in case you missed it.", "Sent from my iPhone"): a ``_note``, with or
    without the mail app's signature under it."""
    note = [p for p in above if not _signature().fullmatch(p.text.strip())]
    return _note(note)


def _separator_at(paras: Sequence[_Line]) -> int:
    """The index of a forward's separator among the first ``FORWARD_HEADER_REACH`` lines
    with a line under it, or lower when only the sender's note stands above it
    (``_sender_note``), or -1."""
    reach = FORWARD_HEADER_REACH + NOTE_MAX_LINES + 1
    top = paras[: min(reach, len(paras) - 1)]
    for i, p in enumerate(top):
        if forward_separator().fullmatch(p.text.strip()):
            return i if i < FORWARD_HEADER_REACH or _sender_note(paras[:i]) else -1
    return -1


def _set_apart(lines: Sequence[_Line], role: str) -> None:
    for p in lines:
        p.kind, p.role = "boilerplate", role


def label_forward_header(paras: Sequence[_Line]) -> None:
    """Set apart (in place, as boilerplate) the subject row of a forward's header (the
    separator among the first ``FORWARD_HEADER_REACH`` lines, its rows the block under it)
    and the colleague's note, the block right under the header when it is a ``_note`` and
    more of the page follows."""
    sep = _separator_at(paras)
    if sep < 0:
        return
    if sep and _sender_note(paras[:sep]):
        _set_apart(paras[:sep], "forward note")
    rows = [p for p in paras[sep + 1 :] if p.block == paras[sep + 1].block]
    subject_lines = {p.line for p in rows if _SUBJECT.match(p.text)}
    _set_apart([p for p in rows if p.line in subject_lines], "forward")
    after = paras[sep + 1 + len(rows) :]
    note = [p for p in after if p.block == after[0].block] if after else []
    if _note(note) and len(after) > len(note):
        _set_apart(note, "forward note")


def forward_sender_name(paras: Sequence[_Text]) -> tuple[str, str]:
    """The name and mail domain of the sender in a forward's header ("From: ASEAN Briefing
    <newsletter@aseanbriefing.com>": "ASEAN Briefing", "aseanbriefing.com"), or ("", "")."""
    for i in range(min(len(paras), 2 * FORWARD_HEADER_REACH)):
        found = _SENDER.match(paras[i].text) if forward_sender(paras, i) else None
        if found:
            return found.group("name").strip(' "'), found.group("domain").casefold()
    return "", ""
