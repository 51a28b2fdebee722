"""A spam site's bracketed keyword run is no part of the date
(``analysis.ingest.layout.spam_phrases``, used by ``layout.dates.date_sources``)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.spam_phrases import page_spam_runs, without_spam_runs

RUN = "kết quả bóng đá hôm nay"
HEADLINE = "FAO official sees room for Việt Nam's rice to move up in value"
LEDE = (
    "Rice that fetches a higher price abroad is now a larger share of what Việt Nam sells, "
    "an economist of the Food and Agriculture Organization said on a visit to Cần Thơ."
)


def _page(date_line: str, top: str = f"【{RUN}】{HEADLINE}") -> str:
    """The head of held-out 55's spam copy (marimbapop): the bracketed run glued before
    the headline, the headline again, the date glued to the lede."""
    return f"{top}\n{HEADLINE}\n{date_line}{LEDE}\n{LEDE}\n"


class _P:
    def __init__(self, text: str) -> None:
        self.text = text


def test_page_spam_runs() -> None:
    assert page_spam_runs([_P(f"【{RUN}】{HEADLINE}"), _P(HEADLINE)]) == (RUN,)
    # one word in the brackets (a label such as "【Exclusive】"), or below the top: none
    assert page_spam_runs([_P(f"【Exclusive】{HEADLINE}")]) == ()
    assert page_spam_runs([_P("a"), _P("b"), _P("c"), _P(f"【{RUN}】x")]) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"March 12,{RUN} 2020 - 09:25", "March 12, 2020 - 09:25"),
        (f"【{RUN}】{HEADLINE}", f"【{RUN}】{HEADLINE}"),  # the bracketed run itself stays
        ("March 12, 2020", "March 12, 2020"),
    ],
)
def test_without_spam_runs(text: str, expected: str) -> None:
    assert without_spam_runs(text, (RUN,)) == expected


def test_a_date_split_by_the_pages_spam_run_is_read() -> None:
    article = read_article(_page(f"March 12,{RUN} 2020 - 09:25"))
    assert article.header_date is not None
    assert article.header_date.date_start == pd.Timestamp("2020-03-12")
    assert article.title == HEADLINE
    # negative: without the bracketed run over the page, the same words split no date
    article = read_article(_page(f"March 12,{RUN} 2020 - 09:25", top=HEADLINE))
    assert article.header_date is None
