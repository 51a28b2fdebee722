"""A letter's head printed under a page's headline: the letter's date, the addressee's block
(their name or post, office, street, city and post code) and the salutation.

An open letter posted on a page ("Open letter on ..." / "March 4, 2011" / "The Honorable
Name," / "Secretary of State" / "2201 C Street NW" / "Washington, D.C. 20520" / "Dear Madame
Secretary,") prints the head of the letter under the page's own headline: none of its
lines is the page's headline (the addressee's post "Chairman of the Committee ..." or the
city line "Washington, D.C. 20520" read as one: held-out 123), and the letter's date is
the day it was written, not the day the page printed it, when the page prints its own date
above (the post's date header). Salutations are ``letter_salutations`` of
``data/header_scoring.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.core.text import count_words, normalize_text
from analysis.ingest.metadata import Para
from analysis.ingest.page_rules import alternation

#: The most lines an addressee's block holds between the letter's date and the salutation.
BLOCK_MAX_LINES = 8

#: The most words of one line of an addressee's block, or of a salutation.
LINE_MAX_WORDS = 12

#: A line of a postal address: a street number opening it ("2201 C Street NW", "37 Hung
#: Vuong St."), a post code closing it ("Washington, D.C. 20520", "London SW1A 2AH") or a
#: post box.
_ADDRESS_LINE = re.compile(
    r"^\d{1,5}[A-Za-z]?\s+[^\W\d_]"
    r"|\b\d{5}(?:-\d{4})?$"
    r"|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}$"
    r"|^P\.?\s?O\.?\s+Box\b",
)


@cache
def _salutation() -> re.Pattern[str]:
    words = load_data_file("header_scoring.yaml").get("letter_salutations") or []
    return re.compile(rf"^(?:{alternation(words)})\b.*[,:]$", re.IGNORECASE)


def salutation(text: str) -> bool:
    """Whether ``text`` is a letter's salutation alone on its line: one of
    ``letter_salutations`` opening it, a comma or colon closing it, ``LINE_MAX_WORDS`` words
    at most ("Dear Madame Secretary,", "To Their Excellencies the Ambassadors ...,")."""
    line = normalize_text(text).strip()
    return count_words(line) <= LINE_MAX_WORDS and bool(_salutation().match(line))


def _addressee_block(paras: Sequence[Para], start: int, end: int) -> bool:
    """Whether lines ``start`` to ``end`` (excluded) are an addressee's block: at most
    ``BLOCK_MAX_LINES`` short lines, no date line among them, one a line of a postal
    address (``_ADDRESS_LINE``)."""
    block = paras[start:end]
    short = all(count_words(p.text) <= LINE_MAX_WORDS and p.kind != "dateline" for p in block)
    address = any(_ADDRESS_LINE.search(normalize_text(p.text).strip()) for p in block)
    return 0 < len(block) <= BLOCK_MAX_LINES and short and address


def letter_head_lines(paras: Sequence[Para], limit: int) -> set[int]:
    """The indices, among the first ``limit`` lines, of each addressee's block standing
    between a letter's date line and its salutation, with the salutation: never the
    page's headline. A headline over the letter's date stays a candidate; so does every
    line over a salutation with no date line or no address line above it ("Dear friends,"
    under a speech's title)."""
    found: set[int] = set()
    for s in range(min(limit, len(paras))):
        if not salutation(paras[s].text):
            continue
        date = next(
            (
                j
                for j in range(s - 1, max(-1, s - BLOCK_MAX_LINES - 2), -1)
                if paras[j].kind == "dateline"
            ),
            -1,
        )
        if date >= 0 and _addressee_block(paras, date + 1, s):
            found.update(range(date + 1, s + 1))
    return found


def letter_date(paras: Sequence[Para], index: int) -> bool:
    """Whether date line ``index`` is a letter's date: the salutation right under it, or
    an addressee's block and then the salutation, on a page printing another date line
    above it (the page's own date: a post's date header)."""
    if paras[index].kind != "dateline" or not any(p.kind == "dateline" for p in paras[:index]):
        return False
    reach = paras[index + 1 : index + BLOCK_MAX_LINES + 2]
    s = next((k for k, p in enumerate(reach) if salutation(p.text)), -1)
    if s < 0:
        return False
    return s == 0 or _addressee_block(paras, index + 1, index + 1 + s)


def letter_marks(paras: Sequence[Para], index: int) -> list[str]:
    """The date feature ``letter_date`` when date line ``index`` is a letter's date
    (``letter_date``), else none."""
    return ["letter_date"] if letter_date(paras, index) else []
