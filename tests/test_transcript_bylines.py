"""Tests of ``analysis.ingest.layout.transcript_bylines``: a broadcast transcript's
"NAME, BYLINE:" label names the writer; the host's label does not (held-out 90)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.transcript_bylines import transcript_writer
from analysis.ingest.page_rules import load_rules

# A station's page of a network transcript (held-out 90's layout, placeholder text).
TRANSCRIPT = (
    "Harbour towns vote on a new ferry plan\n\n"
    "ANNA LEE, HOST:\n\n"
    "Voters in three harbour towns choose a ferry plan this week. Our correspondent Minh "
    "Tran reports.\n\n"
    "MINH TRAN, BYLINE: The plan would double the number of crossings and build two new "
    "landing stages on the north shore.\n\n"
    "BAO NGUYEN: We have waited ten years for a second boat.\n\n"
    "TRAN: That's Bao Nguyen, a fisherman on the north shore.\n"
)


def test_the_correspondent_labelled_byline_is_the_writer() -> None:
    article = read_article(TRANSCRIPT)
    assert article.title == "Harbour towns vote on a new ferry plan"
    assert article.author == "Minh Tran"


def test_a_transcript_without_a_byline_label_has_no_writer() -> None:
    # negative: the host's label and a guest's bare name are no writers
    article = read_article(TRANSCRIPT.replace("MINH TRAN, BYLINE: ", ""))
    assert article.author == ""


@given(st.sampled_from(["HOST", "GUEST", "ANCHOR", "BYLINE"]))
def test_only_the_byline_role_names_a_writer(role: str) -> None:
    name = transcript_writer(f"LAN PHAM, {role}: The boats left at dawn.", load_rules())
    assert name == ("Lan Pham" if role == "BYLINE" else "")
