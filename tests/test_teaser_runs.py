"""A run of short teaser sentences opening a page is no headline (fix43a), on placeholder
pages."""

from __future__ import annotations

from dataclasses import replace

from analysis.ingest.layout import read_article
from analysis.ingest.layout.teaser_runs import standfirst_line_features, teaser_run

TEASERS = (
    "Laos and Chile are growing closer in farming.\n\n"
    "Laos and Chile are growing closer on seed trade.\n\n"
    "Closer ties may help Laos fill a gap in its harvests.\n\n"
    "Chile's links with inland Asian states have drawn little notice, yet its seed firms "
    "are finding new buyers along the Mekong, and two of them opened offices last year.\n\n"
    "Officials of both sides met twice in the spring to agree on the rules for testing.\n"
)


def test_a_page_opening_with_teaser_sentences_has_no_headline():
    article = read_article(TEASERS)
    assert article.title == ""
    fresh = [replace(p, kind="") for p in article.paragraphs]
    assert teaser_run(fresh, 0) == teaser_run(fresh, 2) == ["teaser_run"]
    assert teaser_run(fresh, 3) == []


def test_a_headline_with_a_full_stop_over_the_text_stays_a_headline():
    page = (
        "Two river towns will share one ferry timetable.\n\n"
        "Ferry operators in two delta towns agreed on Monday to publish a single timetable "
        "from May, the provincial transport offices said in a joint statement.\n\n"
        "The boats will leave every half hour in the morning and every hour after noon.\n"
    )
    article = read_article(page)
    assert article.title == "Two river towns will share one ferry timetable."
    assert standfirst_line_features(article.paragraphs, 0) == []
