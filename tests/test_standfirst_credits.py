"""Tests of ``analysis.ingest.layout.standfirst_credits``: a writer credited by posts and
name in the standfirst ("The following is an article by Minister of ... Name", held-out
76's Government portal page; placeholder pages)."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.standfirst_credits import credited_name, posts_and_name
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


#: (held-out 116) A paper's introduction of a leader's article, saved from its first line:
#: the article's title in quotation marks, then the posts set apart by commas, then the name.
INTRODUCED = (
    'Delta Daily respectfully introduces the article "Ferry Crews and the Delta: Crossing '
    'Together" by Politburo Member, Minister of Transport Duong Van Minh:'
)


def test_an_introduced_article_names_the_writer_after_posts_set_apart_by_commas() -> None:
    assert read_article(f"{INTRODUCED}\n{TEXT}\n{MORE}\n").author == "Duong Van Minh"
    titled = f"{TITLE}\n\n{INTRODUCED}\n\n{TEXT}\n\n{MORE}\n"
    assert read_article(titled).author == "Duong Van Minh"
    assert posts_and_name("Politburo Member, Minister of Transport Duong Van Minh", RULES) == (
        "Duong Van Minh"
    )
    # a clause after the name is left out, as a comma ended the credit before
    assert posts_and_name("Minister Duong Van Minh, who visited the crossings", RULES) == (
        "Duong Van Minh"
    )


def test_an_introduced_article_without_a_name_after_its_posts_names_no_writer() -> None:
    """Negatives: the posts alone, or an institution, credited."""
    for credit in ("Politburo Member, Minister of Transport", "the ministry's research institute"):
        lead = INTRODUCED.replace("Politburo Member, Minister of Transport Duong Van Minh", credit)
        assert read_article(f"{lead}\n{TEXT}\n{MORE}\n").author == ""
    assert posts_and_name("Politburo Member, Minister of Transport", RULES) == ""
