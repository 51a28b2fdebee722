"""Tests of ``analysis.ingest.layout.glued_chrome``: a row of buttons copied without spaces
is chrome (misses27: held-out pages of a news channel and a wire mirror, their lines)."""

from __future__ import annotations

from pathlib import Path

from analysis.ingest.layout import read_article
from analysis.ingest.layout.glued_chrome import glued_chrome
from analysis.ingest.page_rules import load_rules, scoring_of

CHROME = scoring_of(load_rules()).chrome
LAYOUTS = Path(__file__).parent / "data" / "layouts"
CHANNEL = (
    "euronews_title_twice_copyright_photo_credit_by_outlet_with_agency_share_chrome"
    "_advertisement_lede_repeated_related_view_date_in_address.txt"
)


def test_buttons_run_together_are_chrome() -> None:
    for row in (
        "Share this articleComments",
        "Share this articleClose Button",
        "Video PlayerClose",
        "Copy/paste the article video embed link below:Copy to clipboardCopied",
    ):
        assert glued_chrome(row, CHROME), row


def test_a_label_glued_to_words_of_the_text_or_a_date_is_no_chrome_row() -> None:
    for row in (
        "Share this articleFerries return to the delta",  # a headline after the button
        "Clip: 3/21/2024 | 14m 22sVideo has Closed Captions",  # a video's date stays read
        "Comments",  # one label: the whole-line chrome pattern's business
        "McDonald Opens Three Shops in Hanoi",
    ):
        assert not glued_chrome(row, CHROME), row


def test_the_channels_button_rows_are_boilerplate_and_the_text_is_kept() -> None:
    article = read_article((LAYOUTS / CHANNEL).read_text(encoding="utf-8"))
    kinds = {p.text: p.kind for p in article.paragraphs}
    assert kinds["Share this articleClose Button"] == "boilerplate"
    row = next(t for t in kinds if t.startswith("Copy/paste"))
    assert kinds[row] == "boilerplate"
    assert article.title.startswith("Brussels inspectors return")
    assert sum(kind in ("lede", "body") for kind in kinds.values()) >= 3
