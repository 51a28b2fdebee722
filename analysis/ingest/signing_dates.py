"""The date of a signed document in its closing formula, for a page that has no date of its
own: a joint statement, treaty or agreement published in full ends with where and when it
was signed ("Done in Ha Noi on 12 September 2022, in the Vietnamese, Spanish and English
languages, ...", held-out 69); the words that open the formula are ``signing_formulas`` of
``data/page_layout.yaml``. The formula is a sentence of the text and stays text."""

from __future__ import annotations

import re
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.dates import find_dates
from analysis.ingest.line_evidence import PageArticle
from analysis.ingest.page_rules import alternation

#: How many of the page's last text paragraphs may hold the closing formula.
_LAST_PARAGRAPHS = 4

#: How far into the formula (characters) its date may stand: after the place, not in a
#: clause about the texts further on.
_DATE_REACH = 80


@cache
def _formula() -> re.Pattern[str]:
    """The formula's opening words at the start of a paragraph ("Done in", "Signed at")."""
    words = load_data_file("page_layout.yaml").get("signing_formulas") or []
    return re.compile(rf"^\s*(?:{alternation(words)})\s", re.I)


def signing_date(article: PageArticle) -> bool:
    """Date ``article`` by the signing date its closing formula gives (its footer date,
    with the reason), when one of its last text paragraphs opens with the formula and a
    day's date follows within ``_DATE_REACH`` characters; whether it did."""
    text = [p for p in article.paragraphs if p.kind in ("lede", "body", "")]
    for p in reversed(text[-_LAST_PARAGRAPHS:]):
        if not _formula().match(p.text):
            continue
        found = [d for d in find_dates(p.text[:_DATE_REACH]) if d.precision == "day"]
        if found:
            article.footer_date, article.footer_evidence = found[0], p.text
            article.date_reason = f"line {p.line}: {found[0].text!r}, a signed text's date"
            return True
    return False
