"""An encyclopedia's infobox copied as lines over the article's lead: furniture.

A wiki article (Wikipedia, its mirrors, a Kiwix copy, a MediaWiki site of its own) prints
the subject's fact box beside its lead: a war's "Date 25 December 1978 - 26 September
1989", "Location", "Belligerents", "Commanders and leaders", "Casualties and losses", a
treaty's "Signed" and "Signatories", with an image and its caption ("tanks near the
capital in January 1979"). Copied as text, the box becomes rows of short labels and values
("Date25 December 1978 – ...", "| Belligerents | |||||||", "- Signed: 30 October 1957")
between the title and the lead. Its dates are the subject's, its names the commanders',
its title row the article's title again: none dates the page, names its writer or its site
(held-out 139: four wiki copies). Where the first ``INFOBOX_REACH`` lines hold rows with
``INFOBOX_LABELS_MIN`` different labels of ``infobox_strong_labels`` or
``infobox_weak_labels`` (``data/header_scoring.yaml``), one of them strong, the block runs
from under the title's copy (the box's heading row) to the lead, and its unlabelled lines
are labelled ``caption`` (never a date source, a headline or a byline).
"""

from __future__ import annotations

import re
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.core.text import count_words
from analysis.ingest.layout.lines import Paragraph, is_prose
from analysis.ingest.page_rules import alternation

#: How many lines from the top an infobox's rows may stand.
INFOBOX_REACH = 60

#: The fewest different labels that make an infobox block.
INFOBOX_LABELS_MIN = 3

#: The most lines between two rows of one block (a list of names, a caption).
INFOBOX_ROW_GAP = 8

#: The fewest words of the lead that closes the block.
LEAD_WORDS_MIN = 12

#: How far above the first row the box's heading row (the title's copy) may stand.
HEADING_REACH = 8

#: The kinds an infobox line may have been given before: furniture, a date line.
_RELABELLED = ("", "boilerplate", "dateline")

_PIPES = re.compile(r"^[\s|]+|[\s|]+$")


@cache
def _row() -> re.Pattern[str]:
    data = load_data_file("header_scoring.yaml")
    strong = alternation(data.get("infobox_strong_labels") or [])
    weak = alternation(data.get("infobox_weak_labels") or [])
    return re.compile(
        rf"[\s|•*-]*(?:(?P<strong>{strong})|(?P<weak>{weak}))\d*[A-Z]?"
        r"(?:[\s|]*$|\s*[:|–-]|(?=[A-Z0-9À-Ỹ]))"
    )


def infobox_label(text: str) -> str:
    """The label of an infobox row ("!" before a strong one), else ``""``.

    >>> infobox_label("Date25 December 1978 – 26 September 1989")
    'Date'
    >>> infobox_label("| Belligerents | ||")
    '!Belligerents'
    >>> infobox_label("Strength of ties grows"), infobox_label("Dates to remember")
    ('', '')
    """
    match = _row().match(text)
    if match is None:
        return ""
    return f"!{match.group('strong')}" if match.group("strong") else match.group("weak")


def _rows(paras: list[Paragraph]) -> list[int]:
    """The rows of the first infobox block in reach: indices, or ``[]``."""
    rows: list[int] = []
    for i, p in enumerate(paras[:INFOBOX_REACH]):
        if not infobox_label(p.text):
            continue
        if rows and i - rows[-1] > INFOBOX_ROW_GAP:
            if _is_block(paras, rows):
                return rows
            rows = []
        rows.append(i)
    return rows if _is_block(paras, rows) else []


def _is_block(paras: list[Paragraph], rows: list[int]) -> bool:
    labels = {infobox_label(paras[i].text) for i in rows}
    return len(labels) >= INFOBOX_LABELS_MIN and any(label.startswith("!") for label in labels)


def _bare(text: str) -> str:
    return _PIPES.sub("", text).casefold()


def _block_start(paras: list[Paragraph], first_row: int) -> int:
    """The line under the box's heading row, the title printed again (a pipe-table's
    heading row is the box's own and starts it); the first row when none is found."""
    for i in range(first_row - 1, max(first_row - HEADING_REACH, 0), -1):
        bare = _bare(paras[i].text)
        if bare and any(_bare(q.text) == bare for q in paras[:i]):
            return i if "|" in paras[i].text else i + 1
    return first_row


def label_infobox_blocks(paras: list[Paragraph]) -> None:
    """Label an infobox block's unlabelled lines, from under the title's copy to the lead,
    as ``caption``."""
    rows = _rows(paras)
    if not rows:
        return
    end = next(
        (
            i
            for i in range(rows[-1] + 1, len(paras))
            if is_prose(paras[i].text) and count_words(paras[i].text) >= LEAD_WORDS_MIN
        ),
        None,
    )
    if end is None:  # no lead: a page of rows, not a box beside an article
        return
    for p in paras[_block_start(paras, rows[0]) : end]:
        if p.kind in _RELABELLED:
            p.kind = "caption"
