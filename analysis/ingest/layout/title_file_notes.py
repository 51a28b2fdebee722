"""A library's or archive's record line: a headline closed by bracketed notes on the file
and its version, "Vietnam's Seaports: Background and Issues for Congress [Updated May 14,
2008]   [open pdf - 212KB]" (held-out 100, a digital library's abstract page). The notes are
no part of the headline; the version date stays on the line for the date scoring."""

from __future__ import annotations

import re

from analysis.core.text import count_words

#: A file note in square brackets: a format and its size, maybe with a verb before it
#: ("[open pdf - 212KB]", "[PDF 1.2 MB]", "[pdf, 340 kB]", "[Download PDF - 95KB]").
_FILE_NOTE = (
    r"\[(?:(?:open|download|view|get)\s+)?(?:pdf|doc|docx|word|rtf|txt|html?)"
    r"(?:\s*[-–,:]?\s*\d+(?:[.,]\d+)?\s*[kmg]i?b)?\s*\]"
)
#: A version date in square brackets: "[Updated May 14, 2008]", "[Revised 3 March 2011]",
#: "[May 14, 2008]" (a month's name spelt out, a day, a four-digit year).
_VERSION_DATE = (
    r"\[(?:(?:updated|revised|version of|as of)\s+)?"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d{2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d{2})\]"
)
#: One or more such notes closing the line, each after spaces.
_CLOSING_NOTES = re.compile(rf"(?:\s+(?:{_FILE_NOTE}|{_VERSION_DATE}))+\s*$", re.I)
#: At least one file note among them: a version date alone in brackets may be a headline's
#: own part ("Talks on the dam [May 14, 2008]" stays as it is).
_ANY_FILE_NOTE = re.compile(_FILE_NOTE, re.I)


def without_file_notes(title: str) -> str:
    """A headline without the bracketed file and version notes closing it, when a file
    note is among them and at least three words are left; other titles unchanged.

    >>> without_file_notes("Ports and Trade [Updated May 14, 2008]   [open pdf - 212KB]")
    'Ports and Trade'
    >>> without_file_notes("Ferry rules for the delta [PDF 1.2 MB]")
    'Ferry rules for the delta'
    >>> without_file_notes("Talks on the dam [May 14, 2008]")
    'Talks on the dam [May 14, 2008]'
    >>> without_file_notes("Report [pdf]")
    'Report [pdf]'
    """
    notes = _CLOSING_NOTES.search(title)
    if notes is None or not _ANY_FILE_NOTE.search(notes.group()):
        return title
    if count_words(title[: notes.start()]) < 3:
        return title
    return title[: notes.start()]
