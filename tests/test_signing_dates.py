"""A signed text's closing formula dates a page with no date of its own
(ingest/signing_dates.py, through header_refine.refine_date)."""

from __future__ import annotations

from analysis.ingest.header_refine import refine_date
from analysis.ingest.layout import read_article

TITLE = "Joint Statement on the Enhanced Partnership between Viet Nam and Chile"
PARAS = (
    "1. At the invitation of the President of Viet Nam, the President of Chile paid a State "
    "visit to Viet Nam from 11 to 13 September 2022.",
    "2. The two sides agreed to hold political consultations between their foreign "
    "ministries every year.",
)


def _page(closing: str) -> str:
    return "\n\n".join((TITLE, *PARAS, closing, "FOR THE REPUBLIC OF CHILE")) + "\n"


def test_the_closing_formula_dates_a_page_without_a_date() -> None:
    """held-out 69: a joint statement in full on the foreign ministry's site."""
    article = read_article(
        _page(
            "Done in Ha Noi on 12 September 2022, in the Vietnamese, Spanish and English "
            "languages, all texts being equally authentic."
        )
    )
    refine_date(article)
    assert str(article.footer_date.date_start)[:10] == "2022-09-12"
    assert "a signed text's date" in article.date_reason


def test_a_sentence_without_the_formula_dates_nothing() -> None:
    """Negative: a date in a closing sentence that does not open with the formula, or a
    formula whose date stands far into the sentence, dates nothing."""
    for closing in (
        "The statement was released in Ha Noi on 12 September 2022 by both ministries.",
        "Done in Ha Noi, in the Vietnamese, Spanish and English languages, all texts being "
        "equally authentic, and handed to the press on 12 September 2022.",
    ):
        article = read_article(_page(closing))
        refine_date(article)
        assert article.footer_date is None or "signed" not in article.date_reason, closing
