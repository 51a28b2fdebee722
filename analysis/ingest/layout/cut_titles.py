"""A headline the page prints cut, completed by the fuller line that carries it whole
(held-out 80, fix80b). A document store's page title is cut with an ellipsis ("Ferry
Cooperation Between the Delta Provinces and Their...") or opened by the page's number
("1 Delta Ferries and River Towns"), while the document's own first page, further down,
prints the title whole ("Delta Ferries and River Towns: Sharing the Landings?"), alone or
opening a line run into the writer's name ("... and Their Neighbours * 1 Name ** 2 ...").

Only a headline with such a cut mark is completed, and only by a line among the first
``COMPLETION_REACH`` that opens with the headline's words (the mark taken off) and goes
on; the completion ends at the line's end or at its first note mark (``*``), bare number
or sentence's stop, and adds ``COMPLETION_MAX_WORDS`` words at most."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from analysis.core.text import normalize_text
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.layout.run_on_completions import run_on_completion
from analysis.ingest.page_rules import layout_alternation

#: How many paragraphs from the page's top are searched for the completing line.
COMPLETION_REACH = 15

#: The most words a completion adds to the cut headline.
COMPLETION_MAX_WORDS = 12

#: An ellipsis closing a cut headline ("... and Their...", "... and Their…").
_ELLIPSIS_END = re.compile(r"\s*(?:\.{3}|…)\s*$")

#: A page's number opening a headline ("1 Delta Ferries ..."): one to three digits.
_PAGE_NUMBER = re.compile(r"^\d{1,3}\s+(?=[^\W\d_])")

#: (held-out 112) A headline ending with a joining word ("... DATA, PORTS AND", a document
#: store's page title cut at its length limit with no mark) is cut as one with an ellipsis.
_DANGLING_END = re.compile(r"\s(?:and|or|of|the|to|in|for|with|on|at|by|from|&)$", re.I)

#: (held-out 112) A column gap, three spaces or more: where a running head's title ends and
#: its right-hand column (the journal's abbreviation, volume and year) begins.
_COLUMN_GAP = re.compile(r"\S\s{3,}\S")

#: A separator opening what follows the cut words ("... in Ottawa to - SiteName", a page
#: title's site suffix): what follows is no part of the headline.
_SITE_SEPARATOR = re.compile(r"\s+[-–—|·]\s")

#: Where a completion ends inside a run-on line: a note mark, a bare number (a note's or
#: a section's), or after a sentence's stop.
_COMPLETION_END = re.compile(r"\s+(?:\*|\d{1,3}\b)|(?<=[.!?])\s")


def cut_core(title: str) -> str:
    """The words of a cut headline without its cut mark (closing ellipsis, opening page
    number); empty when the headline carries no such mark.

    >>> cut_core("Ferry Cooperation Between the Delta Provinces and Their...")
    'Ferry Cooperation Between the Delta Provinces and Their'
    >>> cut_core("1 Delta Ferries and River Towns")
    'Delta Ferries and River Towns'
    >>> cut_core("Delta Ferries and River Towns")
    ''
    >>> cut_core("DELTA FERRIES AND THE RIVER TOWNS OF")
    'DELTA FERRIES AND THE RIVER TOWNS OF'
    """
    text = normalize_text(title).strip()
    core = _PAGE_NUMBER.sub("", _ELLIPSIS_END.sub("", text))
    if core == text and _DANGLING_END.search(text) and len(text.split()) >= 4:
        return text  # cut after a joining word, no mark: "... DATA, PORTS AND"
    return core if core != text else ""


def completion(core: str, line: str) -> str:
    """The headline ``line`` completes ``core`` to (see the module's docstring), or "".
    A column gap in ``line`` ends it ("<TITLE>      <JOURNAL>, 19 (2) (2022)", a running head)."""
    gap = _COLUMN_GAP.search(line.strip())
    text = normalize_text(line.strip()[: gap.start() + 1] if gap else line).strip()
    if len(text) <= len(core) or not text.casefold().startswith(core.casefold()):
        return ""
    rest = text[len(core) :]
    if _SITE_SEPARATOR.match(rest):  # "<cut title> - SiteName": a page title's suffix
        return ""
    end = _COMPLETION_END.search(rest)
    rest = (rest[: end.start()] if end else rest).rstrip()
    if not re.search(r"[^\W_]", rest) or len(rest.split()) > COMPLETION_MAX_WORDS:
        return ""
    return text[: len(core)] + rest


def mid_word_completion(title: str, line: str) -> str:
    """(held-out 91) The headline ``line`` completes ``title`` to when the page cut the
    title inside a word, with no mark, at its length limit (a forum topic's "... and Crew
    Trai" over the post's "... and Crew Training"): ``line`` opens with the whole title
    and goes on with letters glued to its last one; "" otherwise.

    >>> mid_word_completion("Ferry Deal Adds Crew Trai", "Ferry Deal Adds Crew Training")
    'Ferry Deal Adds Crew Training'
    >>> mid_word_completion("Ferry Deal Adds Crew", "Ferry Deal Adds Crew Training")
    ''
    """
    return _glued_completion(_mid_word_core(title), line)


#: A letter (a word's character, no digit or underscore).
_LETTER = re.compile(r"[^\W\d_]")


def _mid_word_core(title: str) -> str:
    """``title`` normalised when it may have been cut inside a word (three words or more,
    a letter last), else "": the title's own tests, made once for all the lines (perf31)."""
    core = normalize_text(title).strip()
    return core if len(core.split()) >= 3 and _LETTER.fullmatch(core[-1:]) else ""


def _glued_completion(core: str, line: str) -> str:
    """``mid_word_completion`` of a title whose ``_mid_word_core`` is ``core``."""
    if not core:
        return ""
    text = normalize_text(line).strip()
    if len(text) <= len(core) or not _LETTER.match(text[len(core)]):
        return ""
    return completion(core, line)


def completed_title(title: str, paras: Sequence[Paragraph]) -> str:
    """``title`` completed by the first line among the first ``COMPLETION_REACH`` that
    carries it whole (``completion``) when it bears a cut mark (``cut_core``) or was cut
    inside a word (``mid_word_completion``); else unchanged."""
    labelled = labelled_completion(title, paras)  # "- Full Title: <whole>" (fix34d)
    labelled = labelled or run_on_completion(title, paras, COMPLETION_REACH)  # fix42e
    if labelled:
        return labelled
    core, mid_core = cut_core(title), _mid_word_core(title)
    unmarked = core == normalize_text(title).strip()  # cut after a joining word, no mark
    for p in paras[:COMPLETION_REACH]:
        whole = completion(core, p.text) if len(core.split()) >= 2 else ""
        if unmarked and whole.endswith((".", "!", "?")):
            whole = ""  # the lede's sentence repeating the cut title, not a fuller title
        whole = whole or _glued_completion(mid_core, p.text)
        if whole:
            return whole
    return title


@cache
def _title_row() -> re.Pattern[str]:
    """A labelled title row (``title_row_labels``), after a list's bullet, and its value."""
    labels = layout_alternation("title_row_labels")
    return re.compile(rf"^\s*(?:[-*•]\s+)?(?:{labels})\s*:\s+(?P<value>\S.*)$", re.I)


def labelled_completion(title: str, paras: Sequence[Paragraph]) -> str:
    """(fix34d) The value of a labelled title row among the first ``COMPLETION_REACH``
    lines ("- Full Title: ...", a reader's metadata list) that opens with ``title``'s
    words (three or more) and goes on after a word's end, not after a site's separator;
    "" when no row does."""
    core = normalize_text(title).strip()
    if len(core.split()) < 3:
        return ""
    for p in paras[:COMPLETION_REACH]:
        row = _title_row().match(p.text)
        value = normalize_text(row.group("value")).strip() if row else ""
        rest = value[len(core) :]
        whole = value.casefold().startswith(core.casefold()) and rest[:1] == " "
        if whole and not _SITE_SEPARATOR.match(rest):
            return value
    return ""
