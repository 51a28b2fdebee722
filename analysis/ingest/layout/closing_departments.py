"""A department signing the page: the last line, under the text, names an organisation's
department that wrote the item, as a letter's signature with a comma ("Int’l Relations
Dept.,", "International Relations Department."). A mass organisation's or a ministry's
site signs its news items so (held-out 88, the Women's Union's item). Read only when no
byline names a writer; the department, its name whole, is the writer (the zoo's rule for
a body credited as the writer, as b82's "By VVAW National Office").

The line must be the page's last, right under the text, short (``_MAX_WORDS``), in title
case, and end with a department's word (``closing_department_words`` of
``data/page_layout.yaml``); a contact block's "Department of ..." opens with the word and
is left alone."""

from __future__ import annotations

import re
from functools import cache

from analysis.core.text import count_words, normalize_text
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.page_rules import Rules, layout_alternation

#: The most words a department's name may hold.
_MAX_WORDS = 6


@cache
def _signature() -> re.Pattern[str]:
    """A title-case name ending with a department's word, a closing comma or stop."""
    words = layout_alternation("closing_department_words")
    return re.compile(
        rf"(?P<name>(?:[A-Z][\w’'&.-]*\s+(?:(?:and|of|for|&)\s+)?){{1,{_MAX_WORDS - 1}}}"
        rf"(?i:{words}))\s*[,.]?"
    )


def department_signature(text: str) -> str:
    """The department a closing signature names, without its closing comma, else ``""``.

    >>> department_signature("Int’l Relations Dept.,")
    "Int'l Relations Dept."
    >>> department_signature("Department of Culture, 12 Hang Bai Street")
    ''
    """
    line = normalize_text(text).strip()
    found = _signature().fullmatch(line)
    if found is None or count_words(found.group("name")) > _MAX_WORDS:
        return ""
    return found.group("name").strip()


def closing_department(
    paras: list[Paragraph], last_prose: int, rules: Rules
) -> tuple[list[str], str] | None:
    """The department signing the page on its last line, right under the text, with the
    evidence, else ``None``."""
    del rules  # the same signature as the other readers without a byline
    if last_prose < 0 or last_prose + 2 != len(paras):
        return None
    p = paras[last_prose + 1]
    name = department_signature(p.text)
    if not name or p.kind == "title":
        return None
    return [name], f"a department signing the page, line {p.line}: {p.text[:80]!r}"
