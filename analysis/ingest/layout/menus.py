"""A site's menu printed one item a line at the top of the page: when the run opens with
at least two section labels ("Home" / "News" / "Archive", ``section_labels`` of
``data/header_scoring.yaml``), the short lines that go on the same run ("Poetry Corner",
"Join the Club") are the menu's other items, not a byline or a headline. A long run of
short lines opening the page (a site's whole menu, printed one item a line, of fifteen
lines or more) is set apart before the page is read (``top_menu_end``)."""

from __future__ import annotations

import re
from collections.abc import Callable

from analysis.core.text import count_words, normalize_text
from analysis.ingest.layout.lines import HEADER_REACH, Paragraph
from analysis.ingest.page_rules import Rules, scoring_of

#: The most words a menu item has; a longer line ends the menu (the headline under it).
MENU_ITEM_MAX_WORDS = 3

#: The fewest section labels that open a run of lines for it to be a menu.
MENU_MIN_LABELS = 2

#: What a menu item never holds: digits, sentence or label punctuation.
_NOT_ITEM = re.compile(r"[\d.:;!?,|]")


def _menu_item(text: str) -> bool:
    return 0 < count_words(text) <= MENU_ITEM_MAX_WORDS and not _NOT_ITEM.search(text)


def label_menu_runs(paras: list[Paragraph], rules: Rules) -> None:
    """Label boilerplate, in place, the short unlabelled lines that continue a menu run
    in the page's first ``2 * HEADER_REACH`` lines (see the module's docstring)."""
    label = scoring_of(rules).section_label
    labels, i = 0, 0
    end = min(len(paras), 2 * HEADER_REACH)
    while i < end:
        p = paras[i]
        adjacent = i > 0 and p.line == paras[i - 1].line + 1
        text = normalize_text(p.text)
        if label.match(text):
            labels = labels + 1 if adjacent or labels == 0 else 1
        elif labels >= MENU_MIN_LABELS and adjacent and not p.kind and _menu_item(text):
            p.kind = "boilerplate"
        else:
            labels = 0
        i += 1


#: The fewest lines of a run opening the page for it to be a site's whole menu.
TOP_MENU_MIN_LINES = 15

#: The most words of one item of such a menu.
TOP_MENU_ITEM_MAX_WORDS = 9

#: What an item of such a menu never holds: a sentence's end, a bar, a year.
_NOT_TOP_ITEM = re.compile(r"[.!?]$|\||\b(?:19|20)\d{2}\b")


def top_menu_end(paras: list[Paragraph]) -> int:
    """The number of paragraphs opening the page that form a site's menu: a run of at least
    ``TOP_MENU_MIN_LINES`` short lines on consecutive lines of the file, each of at most
    ``TOP_MENU_ITEM_MAX_WORDS`` words without a sentence's end, a bar or a year; 0 when
    the page opens otherwise."""
    end = 0
    while end < len(paras):
        p = paras[end]
        if end and p.line != paras[end - 1].line + 1:
            break
        text = normalize_text(p.text)
        if count_words(text) > TOP_MENU_ITEM_MAX_WORDS or _NOT_TOP_ITEM.search(text):
            break
        end += 1
    return end if end >= TOP_MENU_MIN_LINES and end < len(paras) else 0


#: The fewest consecutive lines of short names for them to be a menu's items.
MENU_RUN_MIN_LINES = 4

#: The most words of one item of such a run ("International Forum on Women, Peace and
#: Development").
MENU_RUN_ITEM_MAX_WORDS = 7

#: What an item of such a run never holds: a digit (a date), a sentence's end, a label's
#: colon, a bar.
_NOT_RUN_ITEM = re.compile(r"[\d.!?:;|]")

#: The kinds a line already has that make it no menu item (a date line, a byline).
_NOT_RUN_KINDS = frozenset({"dateline", "byline", "credit", "caption"})

#: The lower-case words a menu item may hold between its capitalised ones.
_RUN_JOINERS = frozenset({"and", "of", "the", "in", "for", "on", "at", "to", "&"})


def _run_item(p: Paragraph) -> bool:
    """A short line of capitalised words (or joining words) without digits, sentence or
    label punctuation, and not already a date line or a byline: a menu's item."""
    text = p.text
    words = normalize_text(text).split()
    return (
        p.kind not in _NOT_RUN_KINDS
        and 0 < len(words) <= MENU_RUN_ITEM_MAX_WORDS
        and not _NOT_RUN_ITEM.search(text)
        and all(w[:1].isupper() or w in _RUN_JOINERS for w in words)
    )


def run_edge(
    paras: list[Paragraph], i: int, step: int, item: Callable[[Paragraph], bool] = _run_item
) -> int:
    """The index of the last paragraph, going by ``step`` from ``i``, of the run of menu
    items (``item``: by default a line of capitalised words) on consecutive lines of the
    file that holds ``i``."""
    j = i
    while 0 <= j + step < len(paras):
        q = paras[j + step]
        if abs(q.line - paras[j].line) != 1 or not item(q):
            break
        j += step
    return j


def in_menu_run(paras: list[Paragraph], i: int) -> bool:
    """Whether header line ``i`` is an item of a menu printed one item a line without
    section labels (a mass organisation's old site: "International Relations" /
    "Women's Insights" / "Gender and Development" / "Job Recruitment"): one of at least
    ``MENU_RUN_MIN_LINES`` short lines of capitalised words on consecutive lines of the
    file, and not the run's last line (a short headline may stand right under a menu)."""
    if indented_menu_item(paras, i, submenus=True):
        return True
    if not _run_item(paras[i]):
        return False
    start, end = run_edge(paras, i, -1), run_edge(paras, i, 1)
    return end - start + 1 >= MENU_RUN_MIN_LINES and i < end


#: The most lines of a site's banner (its tagline, its name) printed over its menu.
BANNER_MAX_LINES = 2


def over_menu_run(paras: list[Paragraph], i: int) -> bool:
    """Whether header line ``i``, no menu item itself, stands over the first item of a menu
    printed one item a line (``in_menu_run``), in a block of at most ``BANNER_MAX_LINES``
    lines on consecutive lines of the file right above it: the site's name or banner over
    its menu ("VVAW: Vietnam Veterans Against the War" / "VVAW Home" / "About VVAW" / ...,
    held-out 82, miss30), or its tagline over its name over the menu ("Examining the ...
    conflict" / "Dangerous Waters" / "• Home" / ..., held-out 117, fix34c), not the
    headline. A headline under a menu stands below the run, never right over it."""
    if _run_item(paras[i]):
        return False
    for below in range(i + 1, min(len(paras), i + BANNER_MAX_LINES + 1)):
        if paras[below].line != paras[below - 1].line + 1:
            return False
        if in_menu_run(paras, below):  # the menu's first line walking down from ``i``
            return True
        if paras[below].text.rstrip().endswith(":"):  # a label over its rows: no banner
            return False
    return False


#: What an item of an indented menu never holds: a sentence's end, a label's colon, a bar.
_NOT_INDENTED_ITEM = re.compile(r"[.!?:;|]\s*$|\|")


def _indent(p: Paragraph) -> str:
    """The spaces or tabs before the text on a paragraph's own line ("" for none)."""
    line = p.raw.lstrip("\r\n").split("\n", 1)[0]
    return line[: len(line) - len(line.lstrip(" \t"))]


def _indented_item(p: Paragraph, indent: str, submenus: bool = False) -> bool:
    words = normalize_text(p.text).split()
    deeper = submenus and _indent(p).startswith(indent)  # a submenu's items (held-out 117)
    return (
        (_indent(p) == indent or deeper)
        and p.kind not in _NOT_RUN_KINDS
        and 0 < len(words) <= MENU_RUN_ITEM_MAX_WORDS
        and not _NOT_INDENTED_ITEM.search(p.text.strip())
    )


def indented_menu_item(paras: list[Paragraph], i: int, submenus: bool = False) -> bool:
    """Whether header line ``i`` is an item of a menu printed one item a line and indented
    alike (an embassy's old site: "     Visa & Legalization" / "     Science & Tech" /
    ... / "     Fighting 2019-nCoV"): one of at least ``MENU_RUN_MIN_LINES`` short lines
    on consecutive lines of the file, each opened by the same spaces (or more, with
    ``submenus``: a submenu's items; for the headline's features only, as a line flush
    left over such a run may be the site's name) and closing no sentence or label. The
    shared indent, not the items' words, marks the run, so its last item counts too (with
    a digit or a word in lower case), unlike ``in_menu_run``'s unindented run, under which
    a short headline may stand."""
    indent = _indent(paras[i])
    if not indent or not _indented_item(paras[i], indent):
        return False
    start = end = i
    while start > 0 and paras[start - 1].line == paras[start].line - 1:
        if not _indented_item(paras[start - 1], indent, submenus):
            break
        start -= 1
    while end + 1 < len(paras) and paras[end + 1].line == paras[end].line + 1:
        if not _indented_item(paras[end + 1], indent, submenus):
            break
        end += 1
    return end - start + 1 >= MENU_RUN_MIN_LINES


def opens_indented_menu(paras: list[Paragraph], i: int) -> bool:
    """Whether header line ``i``, not indented itself, stands right over an indented menu
    (``indented_menu_item`` on the next line of the file): the menu's first item, printed
    flush left above its other items ("Ambassador Imformation" over "     Embassy
    Imformation" / ...), not a site's name or a headline."""
    if i + 1 >= len(paras) or paras[i + 1].line != paras[i].line + 1 or _indent(paras[i]):
        return False
    return _indented_item(paras[i], "") and indented_menu_item(paras, i + 1)


def home_link(paras: list[Paragraph], i: int) -> bool:
    """Whether header line ``i`` is a menu's link to the site's home page: a name closed by
    "Home" ("VVAW Home") standing in a menu printed one item a line (``in_menu_run``). It
    names the site only as the menu's first item does, never as the site's own name line
    (held-out 82, where it was read as the outlet)."""
    words = normalize_text(paras[i].text).split()
    return len(words) >= 2 and words[-1].casefold() == "home" and in_menu_run(paras, i)
