"""Tests of ``analysis.ingest.layout.stamped_headlines``: a headline run together with a
relative time stamp and the text on one line (held-out 92), on a page of our own (seed for
farm cooperatives)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.stamped_headlines import stamped_headline_at

PAGE = (
    "River towns send rice seed to island farm cooperatives Hace 4 horas Redacción Digital"
    " Radio Norte The farmers' association of the river towns delivered ten tons of rice seed"
    " on Wednesday, as promised at the start of the year. The seed will be sown in the rainy"
    " season. Fuente: PL/abc\n"
)


def test_the_words_before_the_stamp_are_the_title() -> None:
    article = read_article(PAGE)
    assert article.title == "River towns send rice seed to island farm cooperatives"


def test_a_stamp_in_english_or_german_ends_the_headline_too() -> None:
    text = (
        "Ferry line opens on the lower river 3 hours ago Newsroom The first boat left the pier"
        " at dawn with forty riders and their bicycles, and the second at noon."
    )
    assert text[: stamped_headline_at(text)] == "Ferry line opens on the lower river"
    text = (
        "Ferry runs again on the lower river vor 5 Stunden Redaktion The first boat left the"
        " pier at dawn with forty riders and their bicycles, and the second at noon."
    )
    assert text[: stamped_headline_at(text)] == "Ferry runs again on the lower river"


def test_a_stamp_inside_a_sentence_or_after_a_long_run_splits_nothing() -> None:
    assert stamped_headline_at("The boat left 3 hours ago, the operator said at the pier.") is None
    long_run = " ".join(["word"] * 20) + " 3 hours ago the text goes on and on here."
    assert stamped_headline_at("A " + long_run) is None


@given(st.text(alphabet=st.characters(blacklist_categories=("Nd",)), max_size=120))
def test_a_line_without_digits_has_no_stamp(text: str) -> None:
    assert stamped_headline_at(text) is None
