"""Tests of ``analysis.ingest.layout.standfirst_credits``: a writer credited by posts and
name in the standfirst ("The following is an article by Minister of ... Name", held-out
76's Government portal page; placeholder pages)."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.standfirst_credits import credited_name
from analysis.ingest.page_rules import load_rules

RULES = load_rules()

TITLE = "Ferry crews to train in river rescue"
TEXT = (
    "When I travel along the delta's rivers, I often meet ferry crews who have never "
    "been taught how to pull a passenger out of fast water, and who ask for that training."
)
MORE = "The provinces will open twelve training stations on the main crossings by next year."


def test_a_standfirst_credit_names_the_writer_after_the_posts() -> None:
    lead = "VGP – The following is an article by Minister of Transport Duong Van Minh on ferries."
    assert read_article(f"{TITLE}\n\n{lead}\n\n{TEXT}\n\n{MORE}\n").author == "Duong Van Minh"
    assert credited_name("Minister of Natural Resources and Environment Ha Thi Thu", RULES) == (
        "Ha Thi Thu"
    )


def test_a_credit_without_a_vietnamese_name_or_a_citation_names_no_writer() -> None:
    assert credited_name("Minister of Transport", RULES) == ""
    cited = "The plan follows an article by the ministry's research institute last year."
    assert read_article(f"{TITLE}\n\n{TEXT}\n\n{cited}\n").author == ""
