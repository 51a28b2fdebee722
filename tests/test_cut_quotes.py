"""Tests of ``analysis.ingest.layout.cut_quotes``: a last paragraph cut after its opening
quotation is text (held-out 79), on a page of our own (a lighthouse roster)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.cut_quotes import cut_quote

PAGE = "\n".join(
    [
        "Lighthouse keepers on the northern coast win a new roster of three shifts",
        "The keepers of the northern lights asked the harbour office in the spring for a "
        "roster of three shifts, since the winter nights are long and the stairs are steep.",
        "The office agreed on Monday after a survey of the towers, and said the keepers of "
        "the southern towers would be asked whether they want the same roster next year.",
        "During the meeting, the keepers also asked for a radio in every tower, which the "
        "office said it would study with the coast guard before the end of the year.",
        "“The roster is",
        "Coastal Weekly",
    ]
)


def test_a_quotation_cut_after_the_text_is_its_last_paragraph() -> None:
    kinds = {p.text: p.kind for p in read_article(PAGE).paragraphs}
    assert kinds["“The roster is"] == "body"
    assert kinds["Coastal Weekly"] != "body"


def test_a_closed_quotation_or_a_sentence_is_no_cut_line() -> None:
    assert cut_quote('"The roster is')
    assert not cut_quote("“The roster is fine.”")
    assert not cut_quote('"Read more"')
    assert not cut_quote("The roster is")  # no opening mark
    assert not cut_quote("“Keepers:")


@given(st.text(max_size=80))
def test_a_cut_line_always_opens_with_a_quotation_mark(text: str) -> None:
    if cut_quote(text):
        assert text.lstrip()[:1] in '"“‘'
