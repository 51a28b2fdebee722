"""Lines of document codes: a parliament's or a registry's document page prints the
document's reference codes on lines of their own ("RC-B9-0231/2019",
"P9_TA(2019)0117", "PE 406.118v01-00"), under its procedure panel and right under the
document's short title (held-out 100, an adopted text). Such a line is never a headline
(title feature ``document_code``); the line right over a code line, itself a line of
words that is no label (no closing colon), is the document's title printed over its
number (``over_document_code``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from analysis.ingest.layout.dateline_labels import reference_dropped

#: A code token: letters and digits glued together with a separator inside ("RC-B9-0231/2019",
#: "P9_TA(2019)0117", "406.118v01-00"): a letter touching a digit, and one of - / _ . ( ).
_CODE_TOKEN = re.compile(
    r"(?=\S*(?:[A-Za-z]\d|\d[A-Za-z]))(?=\S*[-/_.()]\S)[A-Za-z0-9][A-Za-z0-9_./()\-]*"
)
#: A short prefix token beside a code ("PE", "PV", "A8"): capitals and digits only.
_PREFIX_TOKEN = re.compile(r"[A-Z0-9]{1,4}")
#: The most tokens of a code line.
CODE_LINE_MAX_TOKENS = 3


class _Para(Protocol):
    text: str


def code_line(text: str) -> bool:
    """Whether ``text`` only holds document codes: one to ``CODE_LINE_MAX_TOKENS`` tokens,
    at least one a code token (letters and digits glued, with a separator), the others
    codes or short prefixes in capitals; no word of running text.

    >>> code_line("RC-B9-0231/2019"), code_line("PE 406.118v01-00")
    (True, True)
    >>> code_line("APEC 2017"), code_line("COVID-19 cases rise"), code_line("G20 summit")
    (False, False, False)
    """
    tokens = text.split()
    if not 0 < len(tokens) <= CODE_LINE_MAX_TOKENS:
        return False
    codes = [t for t in tokens if _CODE_TOKEN.fullmatch(t)]
    return bool(codes) and all(t in codes or _PREFIX_TOKEN.fullmatch(t) for t in tokens)


def over_code_line(paras: Sequence[_Para], i: int) -> bool:
    """Whether line ``i``, a line of three words or more that is no code and no label (no
    closing colon), stands right over a code line: a document's title over its number."""
    text = paras[i].text.strip()
    below = paras[i + 1].text.strip() if i + 1 < len(paras) else ""
    words = len(re.findall(r"[^\W\d_]{2,}", text))
    return words >= 3 and not text.endswith(":") and not code_line(text) and code_line(below)


def reference_line(text: str) -> bool:
    """Whether ``text`` is only a document's reference: a label of
    ``document_reference_labels`` and its code ("AI Index: ASA 41/2514/2015", "Ref:
    PO/118/19"; ``dateline_labels.reference_dropped``), a statement's index on its own line
    between its date and its headline (held-out 123), never a headline.

    >>> reference_line("AI Index: ASA 41/2514/2015"), reference_line("Index: the ports")
    (True, False)
    """
    return bool(text.strip()) and not reference_dropped(f" {text} ").strip()


def code_features(paras: Sequence[_Para], i: int) -> list[str]:
    """``document_code`` for a code line or a reference line (``reference_line``),
    ``over_document_code`` for the line right over a code line (see ``over_code_line``),
    else []."""
    if code_line(paras[i].text) or reference_line(paras[i].text):
        return ["document_code"]
    return ["over_document_code"] if over_code_line(paras, i) else []
