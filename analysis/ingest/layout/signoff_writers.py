"""The name under a letter's closing line as the writer (fix36e): a newsletter's or an
open letter's "Warm regards," / "Dr Name", "See you Thursday," / "Name".

A closing line (one of ``closing_salutations`` of ``data/page_layout.yaml``, alone on its
line and closed by a comma) stands right over the writer's signature; when the line under
it reads as a person's name (``bylines.looks_like_name``: no outlet, no desk, no word that
names no one), that person wrote the page. Read only when no byline or other form gave a
writer, and only at the first closing line (a quoted letter's later closings are text).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.ingest.bylines import byline_names, looks_like_name
from analysis.ingest.layout.lines import Article, Paragraph
from analysis.ingest.page_rules import Rules


@cache
def _closing() -> re.Pattern[str]:
    """A whole closing line of ``closing_salutations``, closed by a comma."""
    words = load_data_file("page_layout.yaml").get("closing_salutations") or ["(?!)"]
    alternatives = "|".join(f"(?:{w})" for w in words)
    return re.compile(rf"(?:{alternatives})\s*,", re.I)


def is_closing(text: str) -> bool:
    """Whether ``text`` is a letter's closing line alone ("Warm regards,", "See you Thursday,").

    >>> is_closing("Warm regards,"), is_closing("See you Thursday,"), is_closing("Regards to all")
    (True, True, False)
    """
    return bool(_closing().fullmatch(text.strip()))


def signoff_names(paras: list[Paragraph], rules: Rules) -> tuple[list[str], int]:
    """The person's name on the line under the page's first closing line, and that line's
    number; ``([], 0)`` when there is none."""
    for k, p in enumerate(paras[:-1]):
        if is_closing(p.text):
            signature = paras[k + 1]
            if not looks_like_name(signature.text.strip(), rules):
                return [], 0
            return byline_names(signature.text.strip(), rules), signature.line
    return [], 0


#: Where a signature stands: paragraphs to its writers' names and line number.
Signature = Callable[[list[Paragraph], Rules], tuple[list[str], int]]


def signed_writer(article: Article, rules: Rules, signature: Signature, how: str) -> None:
    """With no writer read, the names ``signature`` finds in the article's paragraphs, as
    its writers; ``author_source`` gives their line and ``how`` they were found."""
    if article.author:
        return
    names, line = signature(article.paragraphs, rules)
    if names:
        article.author = "; ".join(names)
        article.author_source = f"line {line}: {how}"


def signoff_writer(article: Article, rules: Rules) -> None:
    """With no writer read, the name signed under the first closing line (``signoff_names``)."""
    signed_writer(article, rules, signoff_names, "the name under a letter's closing line")
