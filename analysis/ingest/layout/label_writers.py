"""Writers named by a record's label rows (held-out 77).

A thesis record, a dissertation index or a repository prints its metadata as label rows,
not as a byline: "Name: <Name>" among "Degree Title:" and "Date of Conferment:" rows,
"Candidate:Surname, Given" glued among other fields on one line ("University:<Name of
university>Candidate:Hartley, Owen JamesFull Text:PDF"), or the label alone over its value
("Author" over "<Name>, <University>"). The value of a row whose label names the writer
(``writer_row_labels`` of ``data/page_layout.yaml``) is the writer, in running order (a
name printed surname first is turned as ``surname_first.name_in_order`` does); the rows
naming examiners, a committee or supervisors are no writers (``layout/not_bylines.py``).

A "Label: value" row stands alone on its line only inside a block of label rows
(``label_rows.LABEL_ROWS_MIN`` rows among the lines around it), so a lone "Name:" line
of a form is not read; glued fields are a block of their own (two labels or more on the
line), and a label alone over its value needs no block, as the label is the line.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.core.text import normalize_text
from analysis.ingest.bylines import byline_names
from analysis.ingest.layout.bylines import unbulleted
from analysis.ingest.layout.capital_surname_lists import label_capital_surname_lists
from analysis.ingest.layout.label_rows import LABEL_ROWS_MIN, label_row
from analysis.ingest.layout.lines import Paragraph, is_prose, raw_offset, split_paragraph
from analysis.ingest.layout.surname_first import label_surname_first, name_in_order
from analysis.ingest.page_rules import Rules, layout_alternation

#: The kinds a writer's row may have been given before it is read (furniture, a heading,
#: a byline read from its words); a title, a date or a caption is left alone.
_REREAD_KINDS = ("", "boilerplate", "heading", "byline")

#: How many paragraphs from the top are read for label rows (a record's header).
HEADER_REACH = 20

#: How many lines on each side of a "Label: value" row are read for the block's other rows.
BLOCK_REACH = 4

#: A field's label glued after the previous field's value ("...KansasCandidate:",
#: "Ph.DType:"): one to three words, the first capitalised or an acronym, right after a
#: letter, a digit, a stop or a bracket (or at the line's start), then a colon.
_GLUED_LABEL = re.compile(
    r"(?:^|(?<=[A-Za-z\d.)]))(?P<label>(?:[A-Z][a-z]+|[A-Z]{2,6})(?: [A-Za-z]+){0,2})\s?:"
)


@cache
def writer_label() -> re.Pattern[str]:
    """A whole label naming the writer (``writer_row_labels``), any letter case."""
    return re.compile(rf"^(?:{layout_alternation('writer_row_labels')})$", re.I)


def _writer(value: str, rules: Rules) -> str:
    """The writer a row's value names, in running order, or "" when it names no person."""
    value = value.strip(" .;")
    turned = name_in_order(value, rules)
    names = [turned] if turned else byline_names(value, rules)
    return names[0] if len(names) == 1 else ""


def _fields(text: str) -> list[tuple[str, int, int, int]]:
    """The glued fields of a line: (label, label start, value start, value end) each."""
    labels = list(_GLUED_LABEL.finditer(text))
    ends = [m.start() for m in labels[1:]] + [len(text)] if labels else []
    return [
        (m.group("label"), m.start(), m.end(), end) for m, end in zip(labels, ends, strict=True)
    ]


def _mark(p: Paragraph, name: str) -> None:
    p.kind, p.role, p.text = "byline", "author", name


def _glued_writer(paras: list[Paragraph], i: int, rules: Rules) -> bool:
    """Split the writer's field off a line of glued fields and mark it a byline."""
    p = paras[i]
    fields = _fields(p.text)
    for k, (label, label_start, start, end) in enumerate(fields):
        name = _writer(p.text[start:end], rules) if writer_label().match(label) else ""
        if len(fields) >= 2 and name:
            if end < len(p.text):
                split_paragraph(paras, i, raw_offset(p, end), (p.kind, p.kind))
            if k:
                split_paragraph(paras, i, raw_offset(paras[i], label_start), (p.kind, p.kind))
                i += 1
            _mark(paras[i], name)
            return True
    return False


#: A contact block's row: an address or a telephone label ("Email: ...", "Tel: ...", a
#: press release's media contact "Name:" / "Phone:" / "Email:" names no writer).
_CONTACT_ROW = re.compile(r"@|^(?:e-?mail|phone|tel|telephone|fax|mobile|contact)\b", re.I)


def _in_block(paras: list[Paragraph], i: int) -> bool:
    """Line ``i`` stands among ``LABEL_ROWS_MIN`` label rows, none of a contact block."""
    around = paras[max(0, i - BLOCK_REACH) : i + BLOCK_REACH + 1]
    contact = any(_CONTACT_ROW.search(normalize_text(q.text).strip()) for q in around)
    return not contact and sum(label_row(q.text) for q in around) >= LABEL_ROWS_MIN


def _row_writer(paras: list[Paragraph], i: int, rules: Rules) -> bool:
    """Mark a writer's "Label: value" row inside a block of label rows, or the value under a
    writer's label alone on its line ("Author" over "<Name>, <University>")."""
    text = normalize_text(paras[i].text).strip()
    label, colon, value = text.partition(":")
    if colon and value.strip() and writer_label().match(label.strip()) and _in_block(paras, i):
        name = _writer(value, rules)
        if name:
            _mark(paras[i], name)
            return True
    below = paras[i + 1] if i + 1 < len(paras) else None
    if below is None or below.kind not in _REREAD_KINDS or value.strip():
        return False
    name = _writer(below.text, rules) if writer_label().match(label.strip()) else ""
    listed = (
        bool(name) and i + 2 < len(paras) and bool(_writer(unbulleted(paras[i + 2].text), rules))
    )
    if not name or listed:  # a list of names under "Authors": a sidebar of the site's writers
        return False
    paras[i].kind, paras[i].role = "boilerplate", ""
    _mark(below, name)
    return True


def _prose(p: Paragraph) -> bool:
    """An unlabelled paragraph of prose, not a long line of glued fields."""
    return not p.kind and is_prose(p.text) and len(_fields(p.text)) < 2


def label_row_writers(paras: list[Paragraph], rules: Rules) -> None:
    """Mark the writers the page's label rows name as bylines, their text the name in
    running order (``raw`` keeps the row as printed); only header lines are read, above
    the first paragraph of prose."""
    i = 0
    while i < min(len(paras), HEADER_REACH) and not _prose(paras[i]):
        unread = paras[i].kind in _REREAD_KINDS and paras[i].role != "author"
        if unread and not _glued_writer(paras, i, rules):
            _row_writer(paras, i, rules)
        i += 1


def label_labelled_writers(paras: list[Paragraph], rules: Rules) -> None:
    """Mark the writers printed surname first (``surname_first.label_surname_first``) and
    those a record's label rows name (``label_row_writers``)."""
    label_surname_first(paras, rules)
    label_capital_surname_lists(paras, rules)  # "Minh Khoa LE | Thu Trang VU" (fix43d)
    label_row_writers(paras, rules)
