"""Tests of ``analysis.ingest.layout.word_lines``: a PDF's text one word a line is the
article's text (held-out 102)."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.layout.word_lines import label_word_runs

WORDS = (
    "Forecasters in Hanoi have traded storm data with their neighbours for decades, and the "
    "typhoon season of every year has made the exchange a matter of lives and harvests"
).split()


def test_a_run_of_one_word_lines_that_reads_as_prose_is_body_text() -> None:
    page = (
        "Storm data across borders\n\nAuthorMai Lan\nDOI10.1177/002070208704200309\n"
        "Published date01 September 1987\n" + "\n".join(WORDS) + "\n"
    )
    article = read_article(page)
    kinds = [p.kind for p in article.paragraphs if p.text in WORDS]
    assert kinds and all(k in ("lede", "heading", "body") for k in kinds)
    assert article.title == "Storm data across borders"


def test_a_menu_one_word_a_line_stays_furniture() -> None:
    menu = "Home\nNews\nWorld\nBusiness\nSport\nCulture\nTravel\nVideo\nPhoto\nOpinion\nScience\nHealth\nLogin\nSearch\n"
    paras = split_lines(menu)
    for p in paras:
        p.kind = "boilerplate"
    label_word_runs(paras)
    assert all(p.kind == "boilerplate" for p in paras)


def test_short_runs_and_common_lines_are_left_alone() -> None:
    lines = "Hanoi\n(VNA)\n-\nBy\nMai\nLan\nUpdated:\nMay\n5,\n2024\n"
    paras = split_lines(lines)
    for p in paras:
        p.kind = "dateline"
    label_word_runs(paras)
    assert all(p.kind == "dateline" for p in paras)
