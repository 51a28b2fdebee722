"""Furniture labels: the page's lines that are no text (``label_furniture``).

Menus and chrome, credits and publication notes, an outlet's marker, a picture's caption,
a dateline near either end, the lines of a list under its header, a caption label, and a
header's country label (``label_country_lines``), each labelled with its kind and role.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from analysis.core.data_files import load_data_file
from analysis.core.regex_gate import may_match
from analysis.core.text import count_words
from analysis.ingest.country_lines import country_line
from analysis.ingest.layout.credit_runs import label_credit_runs
from analysis.ingest.layout.dated_sources import date_before_credit
from analysis.ingest.layout.glued_chrome import glued_chrome
from analysis.ingest.layout.lines import FINAL_STOP, Paragraph, dateline_date, is_prose, near_edge
from analysis.ingest.layout.name_labels import initials_label
from analysis.ingest.layout.photo_credit_tails import (
    credit_at_end,
    credit_tail_start,
    writer_credit_first,
)
from analysis.ingest.layout.photo_story_labels import photo_story_headline
from analysis.ingest.layout.spaced_chrome import spaced_chrome
from analysis.ingest.layout.table_rows import label_table_rows
from analysis.ingest.page_rules import Rules, alternation, outlet_named, scoring_of


def _chrome_line(p: Paragraph, i: int, n: int, rules: Rules) -> bool:
    scoring = scoring_of(rules)
    short = len(p.text) < 240
    head = p.text[:400]
    prose = may_match(scoring.chrome_prose, head) and scoring.chrome_prose.search(head)
    menu = short and scoring.chrome.match(p.text) and not writer_credit_first(p.text, rules)
    rows = glued_chrome(p.text, scoring.chrome) or spaced_chrome(p.text, scoring.chrome)
    return bool(menu or prose or rows)


def _credit_line(p: Paragraph, i: int, n: int, rules: Rules) -> bool:
    return bool(rules.credit.match(p.text) or rules.publication_note.match(p.text))


def _outlet_marker(p: Paragraph, i: int, n: int, rules: Rules) -> bool:
    text = p.text
    if text.endswith(rules.marker_ends) and any(alone.match(text) for *_, alone in rules.outlets):
        return True
    return len(text) < 240 and count_words(text) <= 6 and bool(outlet_named(text, rules))


#: A picture's words written twice around its credit, the page's alt text and caption run
#: together: "Talks in Hanoi (Photo: VNA) Talks in Hanoi".
_DOUBLED_AROUND = re.compile(r"^(?P<a>[^()]{4,200}?)\s*(?P<credit>\([^()]{2,80}\))\s*(?P=a)\s*$")


def _photo_caption(p: Paragraph, i: int, n: int, rules: Rules) -> bool:
    if credit_tail_start(p.text, rules) >= 0 or writer_credit_first(p.text, rules):
        return False  # text, or a byline with the photographer's credit after it
    if photo_story_headline(p.text) or dateline_date(date_before_credit(p.text, rules), rules):
        return False  # "In photos: <headline>", "June 8, 2019 | Source: VNA" (a date line)
    tail = p.text[-240:]
    found = credit_at_end(tail, rules)
    doubled = None if found or "(" not in p.text else _DOUBLED_AROUND.match(p.text)
    found = found or (doubled and rules.photo_credit_end.search(doubled.group("credit")))
    return bool(found) and count_words(p.text) <= 80


def _dateline_line(p: Paragraph, i: int, n: int, rules: Rules) -> bool:
    return near_edge(i, n) and dateline_date(p.text, rules) is not None


#: Page furniture after boilerplate and lists, in order: (test of a line, its kind, role).
_FURNITURE: tuple[tuple[Callable[[Paragraph, int, int, Rules], bool], str, str], ...] = (
    (_chrome_line, "boilerplate", ""),
    (_credit_line, "credit", ""),
    (_outlet_marker, "credit", "marker"),
    (_photo_caption, "caption", ""),
    (_dateline_line, "dateline", ""),
)


def _label_list_line(p: Paragraph, in_list_block: int, rules: Rules) -> int:
    """Label ``p`` boilerplate when it is a line of a list ("Related Articles" and the
    lines under it); the block of the list still open after it (-1 for none)."""
    if p.block == in_list_block and is_prose(p.text) and FINAL_STOP.search(p.text):
        in_list_block = -1  # a sentence of running text ends a list with no blank line
    if p.block == in_list_block and not rules.credit.match(p.text):
        p.kind = "boilerplate"
    elif rules.boilerplate.match(p.text):
        p.kind = "boilerplate"
        if rules.list_header.match(p.text):
            in_list_block = p.block
    return in_list_block


@lru_cache(maxsize=1)
def _caption_label() -> re.Pattern[str]:
    """A picture's caption label alone on its line (``caption_labels`` of
    ``data/page_layout.yaml``: "Chú thích ảnh", "Photo caption:")."""
    labels = load_data_file("page_layout.yaml").get("caption_labels") or []
    return re.compile(rf"(?:{alternation(labels)})\s*:?", re.I)


def _caption_label_kind(paras: list[Paragraph], i: int) -> str:
    """ "boilerplate" for a caption label alone on its line, "caption" for the short line
    right under one (one sentence at most), "" otherwise (held-out 52: "Chú thích ảnh" over
    the caption of a provincial paper's lead picture)."""
    if _caption_label().fullmatch(paras[i].text.strip()):
        return "boilerplate"
    above = paras[i - 1].text.strip() if i else ""
    one_sentence = not re.search(r"[.!?]\s", paras[i].text.strip())
    return "caption" if above and _caption_label().fullmatch(above) and one_sentence else ""


def label_furniture(paras: list[Paragraph], rules: Rules) -> None:
    """Label boilerplate and chrome, credits, site names, publication notes, photo
    captions and datelines, and a header's country label (``label_country_lines``)."""
    in_list_block = -1
    last_prose = next((i for i in range(len(paras) - 1, -1, -1) if is_prose(paras[i].text)), -1)
    for i, p in enumerate(paras):
        if p.kind:
            continue
        if i == last_prose and rules.credit_glued.search(p.text[-240:]):
            continue  # "... last sentence. (Source: X)": a credit glued to the text, split later
        in_list_block = _label_list_line(p, in_list_block, rules)
        p.kind = p.kind or _caption_label_kind(paras, i)
        if p.kind:
            continue
        label = next((kr for test, *kr in _FURNITURE if test(p, i, len(paras), rules)), None)
        if label is not None:
            p.kind = label[0]
            if label[1]:
                p.role = label[1]
    label_credit_runs(paras, rules)  # captions over their credits, one after another (fix41a)
    label_table_rows(paras)  # a facts table's rows, label and value: text (fix41a)
    label_country_lines(paras)


def label_country_lines(paras: list[Paragraph]) -> None:
    """Label boilerplate a header line (above the first paragraph of running text) that is
    only a country's name, in any language or script ``data/gazetteer_countries.csv``
    gives ("ベトナム社会主義共和国" over a ministry's page, "Вьетнам", "VIETNAM"): the
    section the page is filed under, never its headline (``country_lines.country_line``); or only
    a name and its initials, "Association of Southeast Asian Nations (ASEAN)", a photo's
    label (``name_labels.initials_label``)."""
    for p in paras:
        if is_prose(p.text):
            return
        if not p.kind and (country_line(p.text) or initials_label(p.text)):
            p.kind = "boilerplate"
