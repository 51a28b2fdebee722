"""A one-line document's title, printed twice near its start (held-out 91).

The plain text of a journal article's PDF (a study carrel's or a document store's copy)
may come as one long line: the file's name with the title ("ASEAS 3-1 - Regional
Cooperation on River Data in the Lower Mekong:Sharing gauge readings and building trust"),
the journal's names, then the title page: the title again, the writer with a note number,
the affiliation, the abstract. No line is short enough to be a headline, so none is
chosen.

Among the first ``RUN_REACH_WORDS`` words of one of the page's first ``BLOB_REACH``
paragraphs (``MIN_BLOB_CHARS`` characters at least), the longest run of
``RUN_TITLE_MIN_WORDS`` to ``RUN_TITLE_MAX_WORDS`` words printed twice (compared without
case; a colon glued to the next word, "Mekong:Sharing", parts two words), opening with a
capital, holding no sentence's stop and printed exactly twice, is the title: the
paragraph is split before and after its second copy (the title page's), the part before
it furniture, so that the header is read as on any other page; the rest stays text. When
the word after the second copy is the first copy's next word glued to a capital (a
repost site's one-line copy: "... Title words expertsThe Saigon Times Archivists ..."
after "... Title words experts The Saigon Times ..."), the title goes on to the glue
(``_glued_tail``; held-out 101's repost of a paper's story saved as one line).

A document store's page of a PDF's text shows the store's title first, lower case and cut
by dots ("how vietnam's river data pact reshapes lower mekong ......october 2021 how
vietnam's..."), then the cover run into one line in capitals ("OCTOBER 2021 HOW VIETNAM'S
RIVER DATA PACT RESHAPES LOWER MEKONG COOPERATION LANH TRAN SOUTHEAST ASIA 1 ..."). The cut
title's copy in capitals, continued by words in capitals up to ``CUT_CONTINUATION_MAX``
words, as far as the first two that read as a person's name (the writer), is the title:
the cover's line is split around it, the name after it is the writer's byline, and the
store's line is furniture (``split_cut_title_copy``). The name is told from the title's
words by ``bylines.looks_like_name``'s word lists alone: a title word they do not know as
a common word ("TRANSPORT", "TRADE") before the name reads as a given name with the
name's first word, and the title is then cut one word short.
"""

from __future__ import annotations

import re
from itertools import islice

from analysis.ingest.bylines import looks_like_name
from analysis.ingest.layout.lines import Paragraph, raw_offset, split_paragraph
from analysis.ingest.layout.report_opening import BLOB_REACH, MIN_BLOB_CHARS
from analysis.ingest.page_rules import Rules

#: How many words from the paragraph's start are searched for the title's two copies.
RUN_REACH_WORDS = 120

#: The fewest words of a title printed twice (shorter runs are names and labels).
RUN_TITLE_MIN_WORDS = 6

#: The most words of such a title.
RUN_TITLE_MAX_WORDS = 30

#: A word: a run of non-space characters, a colon glued to a capital ending it.
_WORD = re.compile(r"(?:[^\s:]|:(?![A-Z]))+:?|:")

#: A sentence's stop inside the run: text, not a title.
_STOP = re.compile(r"[.!?;]$")


def _run_length(keys: list[str], i: int, j: int) -> int:
    """How many words from ``i`` and from ``j`` (``i < j``) are the same, the first copy
    ending before the second starts."""
    k = 0
    while j + k < len(keys) and i + k < j and keys[i + k] == keys[j + k]:
        k += 1
    return k


def _title_run(words: list[str]) -> tuple[int, int] | None:
    """The second copy's first word and length of the longest run printed twice that can
    be a title (see the module's docstring), or None."""
    keys = [w.casefold() for w in words]
    at: dict[str, list[int]] = {}  # where each word stands: a run opens on a word said twice
    for j, key in enumerate(keys):
        at.setdefault(key, []).append(j)
    best: tuple[int, int] | None = None
    for i, key in enumerate(keys):
        for j in at[key]:  # in order; any other j opens no run (its length is 0)
            if j < i + RUN_TITLE_MIN_WORDS:
                continue
            k = min(_run_length(keys, i, j), RUN_TITLE_MAX_WORDS)
            run = words[j : j + k]
            if k < RUN_TITLE_MIN_WORDS or (best and k <= best[1]) or not run[0][:1].isupper():
                continue
            if not any(_STOP.search(w) for w in run[:-1]) and _copies(keys, j, k) == 2:
                best = (j, k)
    return best


def _copies(keys: list[str], j: int, k: int) -> int:
    """How many times the ``k`` words from ``j`` stand in ``keys``: a title is printed twice;
    a run printed three times or more is a repeated sentence or a menu, not a title."""
    run = keys[j : j + k]
    return sum(keys[i : i + k] == run for i in range(len(keys) - k + 1))


def _glued_tail(words: list[str], j: int, k: int) -> int:
    """How many characters of the word right after the ``k`` words from ``j`` (the second
    copy) carry on the title: the first copy's next word, glued to a word opening with a
    capital ("expertsThe" after "... experts The"); 0 when none is."""
    keys = [w.casefold() for w in words]
    i = next((i for i in range(j) if keys[i : i + k] == keys[j : j + k]), None)
    if i is None or i + k >= j or j + k >= len(words):
        return 0
    head, glued = words[i + k], words[j + k]
    rest = glued[len(head) :]
    return len(head) if glued.casefold().startswith(head.casefold()) and rest[:1].isupper() else 0


def split_run_on_title(paras: list[Paragraph]) -> None:
    """Split a one-line document's title page off its text (see the module's docstring)."""
    for i, p in enumerate(paras[:BLOB_REACH]):
        if len(p.text) < MIN_BLOB_CHARS or p.kind:
            continue
        found = list(islice(_WORD.finditer(p.text), RUN_REACH_WORDS))
        words = [m.group() for m in found]
        run = _title_run(words)
        if run is None:
            continue
        start, end = found[run[0]].start(), found[run[0] + run[1] - 1].end()
        tail = _glued_tail(words, *run)
        end = found[run[0] + run[1]].start() + tail if tail else end
        split_paragraph(paras, i, raw_offset(p, end), ("", ""))
        split_paragraph(paras, i, raw_offset(paras[i], start), ("boilerplate", ""))
        return


#: A store's title line: lower-case words cut by three dots or more.
_CUT_TITLE = re.compile(r"^(?P<cut>[a-z][^.]{10,200}?)\s*\.{3,}")

#: The most words in capitals that continue the cut title's copy.
CUT_CONTINUATION_MAX = 6


def _continued(words: list[str], rules: Rules) -> tuple[int, bool]:
    """How many of ``words`` (in capitals, after the cut title's copy) continue the title:
    up to the first two that read as a person's name, a word not in capitals or a number;
    and whether a name stopped it."""
    for k in range(min(len(words), CUT_CONTINUATION_MAX)):
        if not (words[k].isupper() and words[k].isalpha()):
            return k, False
        pair = " ".join(w.title() for w in words[k : k + 2])
        if k + 1 < len(words) and words[k + 1].isupper() and looks_like_name(pair, rules):
            return k, True
    return min(len(words), CUT_CONTINUATION_MAX), False


def split_cut_title_copy(paras: list[Paragraph], rules: Rules) -> None:
    """Split a document store's cover line around the copy of the store's cut title (see
    the module's docstring)."""
    cut = _CUT_TITLE.match(paras[0].text) if paras and not paras[0].kind else None
    if cut is None:
        return
    head = cut.group("cut").strip().upper()
    for i, p in enumerate(paras[1 : BLOB_REACH + 1], start=1):
        at = p.text.find(head) if len(p.text) >= MIN_BLOB_CHARS and not p.kind else -1
        if at < 0:
            continue
        after = p.text[at + len(head) :].split()
        count, named = _continued(after, rules)
        end = at + len(head) + (len(" " + " ".join(after[:count])) if count else 0)
        paras[0].kind = "boilerplate"
        split_paragraph(paras, i, raw_offset(p, end), ("", ""))
        split_paragraph(paras, i, raw_offset(paras[i], at), ("boilerplate", ""))
        if named:  # the writer's name in capitals right after the title
            rest = paras[i + 2]
            name_end = (
                len(" ".join(rest.text.split()[:2])) + len(rest.text) - len(rest.text.lstrip())
            )
            split_paragraph(paras, i + 2, raw_offset(rest, name_end), ("byline", ""))
            paras[i + 2].role = "author"
        return
